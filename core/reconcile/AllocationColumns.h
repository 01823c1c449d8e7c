#pragma once

#include "core/reconcile/CostCategory.h"
#include "core/reconcile/StringPool.h"

#include <array>
#include <vector>

namespace tieout {

// Flags on an AllocationPart: why the part is worth remembering beyond the dense totals.
enum AllocationPartKind : quint8 {
    PartCredit = 1 << 0,   // from a cell with a negative amount
    PartUnpriced = 1 << 1, // from a cell whose model is unpriced on that day
    PartTier1 = 1 << 2,    // placed by fallback tier 1
    PartTier2 = 1 << 3,    // placed by fallback tier 2
};

// One share of a cost cell that landed on a usage row and is a credit, unpriced or placed by
// a fallback tier. Rare enough to keep sparsely; ordinary shares only feed the dense totals.
struct AllocationPart
{
    quint32 row = 0;
    CostCategory category = CostCategory::OtherCharge;
    quint8 kinds = 0;
    StrId cellModel = StringPool::Null; // the model of the cell it came from
    qint64 nanos = 0;
};

// A cost cell (lines summed per BU, day, workspace, category, model, tier, context), recorded
// when it needed a fallback tier or failed to tie. Tier 3 cells are the unattributed dollars:
// they stay with the fetching BU.
struct CellRecord
{
    qint32 day = 0;
    quint16 bu = 0; // fetching BU
    CostCategory category = CostCategory::OtherCharge;
    quint8 tier = 0; // 0 primary, 1..3 fallback tier
    bool unpriced = false;
    StrId workspace = StringPool::Null;
    StrId model = StringPool::Null;
    StrId serviceTier = StringPool::Null;
    StrId contextWindow = StringPool::Null;
    qint64 amount = 0;    // billed
    qint64 allocated = 0; // sum of the shares written (== amount when it ties)
};

// The allocator's output, aligned with UsageColumns: allocated billed dollars per usage row
// and category, plus the sparse records above.
struct AllocationColumns
{
    // Bits 0..4: the row's token type has a cost cell at its own grain (same BU, day,
    // workspace, model, tier, context); bit 5: its workspace-day has a web_search cell.
    static constexpr quint8 WebSearchCovered = 1 << 5;

    std::vector<std::array<qint64, CostCategoryCount>> allocated;
    std::vector<quint8> coverage;
    std::vector<AllocationPart> parts;      // sorted by row
    std::vector<CellRecord> fallbackCells;  // tier 1..3
    std::vector<CellRecord> untiedCells;    // must stay empty
    // Per (month, fetching BU), index month * buCount + bu: cell amounts, and what the
    // allocation placed from them (shares plus unattributed). Equal when everything ties.
    std::vector<qint64> billedByFetchBuMonth;
    std::vector<qint64> allocatedByFetchBuMonth;
    // By string id: non-zero when a cell naming that model was unpriced on its day.
    std::vector<quint8> unpricedCellModel;
    qint64 cellCount = 0;
    qint64 costLineCount = 0;
};

} // namespace tieout
