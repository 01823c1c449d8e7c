#pragma once

#include "core/reconcile/AllocationColumns.h"
#include "core/reconcile/ReconFigures.h"
#include "core/reconcile/ReconcileInput.h"
#include "core/reconcile/RowPricing.h"

namespace tieout {

// The one place that turns allocated rows, sparse parts and unattributed cells into
// ReconFigures. The month × BU grid, every report and the exports fold through it, so a
// breakdown always adds up to the grid it breaks down.
class FigureFolder final
{
public:
    FigureFolder(const ReconcileInput &input, const RowPricing &pricing, const AllocationColumns &allocation)
        : m_input(input), m_pricing(pricing), m_allocation(allocation)
    {
    }

    // Everything about usage row `row` except its sparse parts.
    void addRow(ReconFigures &figures, size_t row) const;
    // The slice of usage row `row` that belongs to one category (token type or charge type).
    void addRowCategory(ReconFigures &figures, size_t row, CostCategory category) const;
    // A credit / unpriced / fallback share (already inside the row's billed).
    static void addPart(ReconFigures &figures, const AllocationPart &part);
    // A tier-3 cell: billed, unattributed, to the fetching BU.
    static void addUnattributed(ReconFigures &figures, const CellRecord &cell);

    bool rowHasUnpricedUsage(size_t row) const;

private:
    const ReconcileInput &m_input;
    const RowPricing &m_pricing;
    const AllocationColumns &m_allocation;
};

} // namespace tieout
