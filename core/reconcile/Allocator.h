#pragma once

#include "core/reconcile/AllocationColumns.h"
#include "core/reconcile/InputPricer.h"
#include "core/reconcile/LargestRemainder.h"
#include "core/reconcile/ReconcileInput.h"
#include "core/reconcile/RowPricing.h"

namespace tieout {

// Redistributes every billed cost cell to usage rows (SPEC §5). All of a cell's candidates
// live in the fetching BU's workspace-day, so rows and lines are bucketed by that key once
// (hash on a packed integer, then a counting sort) and each small bucket is solved on its own:
// sort its rows by (model, tier, context, key, geo) ranks, sum its lines into cells, and split
// each cell by primary weight, then tier 1, tier 2, or leave it unattributed (tier 3), with
// largest-remainder rounding so every cell ties to the nano-dollar.
class Allocator final
{
public:
    Allocator(const ReconcileInput &input, const RowPricing &pricing, InputPricer &pricer);

    AllocationColumns run();

private:
    struct RowRef
    {
        quint32 model, tier, context, key, geo; // string ranks
        quint32 row;
    };
    struct Cell
    {
        CostCategory category;
        quint32 model, tier, context; // string ranks
        StrId modelId, tierId, contextId;
        qint64 amount;
    };

    void allocateWorkspaceDay(int bu, int day, StrId workspace, const quint32 *usageRows, size_t usageCount,
                              const quint32 *costLines, size_t costCount);
    void allocateCell(const Cell &cell, int bu, int day, StrId workspace);
    // Splits over m_rows[first, last) with the weights already in m_weights[first, last).
    bool trySplit(const Cell &cell, size_t first, size_t last, int tier, bool unpriced, qint64 &placed);

    const ReconcileInput &m_input;
    const RowPricing &m_pricing;
    InputPricer &m_pricer;
    AllocationColumns m_out;
    LargestRemainder m_splitter;
    // Scratch reused across workspace-days.
    std::vector<RowRef> m_rows;
    std::vector<Cell> m_cells;
    std::vector<qint64> m_weights;
    std::vector<qint64> m_shares;
};

} // namespace tieout
