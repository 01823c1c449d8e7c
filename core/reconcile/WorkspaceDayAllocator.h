#pragma once

#include "core/reconcile/AllocationColumns.h"
#include "core/reconcile/InputPricer.h"
#include "core/reconcile/LargestRemainder.h"
#include "core/reconcile/ReconcileInput.h"
#include "core/reconcile/RowPricing.h"

namespace tieout {

// Solves the cells of workspace-days (SPEC §5): sorts a bucket's rows by (model, tier, context,
// key, geo) ranks, sums its lines into cells, and splits each cell by primary weight, then tier 1,
// tier 2, or leaves it unattributed (tier 3), with largest-remainder rounding so every cell ties to
// the nano-dollar. Each instance has its own scratch and partial results (parts, fallback cells,
// per-BU-month sums), so two instances can solve disjoint bucket ranges on two threads; the
// per-row columns they write (allocated, coverage) are disjoint because a usage row belongs to
// exactly one workspace-day. `pricer` must have resolved every cost model's family beforehand
// (Allocator does), so that it is only read here.
class WorkspaceDayAllocator final
{
public:
    WorkspaceDayAllocator(const ReconcileInput &input, const RowPricing &pricing, InputPricer &pricer,
                          AllocationColumns &shared);

    void allocate(int bu, int day, StrId workspace, const quint32 *usageRows, size_t usageCount,
                  const quint32 *costLines, size_t costCount);
    // This instance's share of the results: parts, fallback and untied cells, per-BU-month sums,
    // unpriced models, cell count.
    AllocationColumns &partial() { return m_out; }

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

    void allocateCell(const Cell &cell, int bu, int day, StrId workspace);
    // Splits over m_rows[first, last) with the weights already in m_weights[first, last).
    bool trySplit(const Cell &cell, size_t first, size_t last, int tier, bool unpriced, qint64 &placed);

    const ReconcileInput &m_input;
    const RowPricing &m_pricing;
    InputPricer &m_pricer;
    AllocationColumns &m_shared; // allocated and coverage, by usage row
    AllocationColumns m_out;     // everything else, merged by Allocator
    LargestRemainder m_splitter;
    // Scratch reused across workspace-days.
    std::vector<RowRef> m_rows;
    std::vector<Cell> m_cells;
    std::vector<qint64> m_weights;
    std::vector<qint64> m_shares;
};

} // namespace tieout
