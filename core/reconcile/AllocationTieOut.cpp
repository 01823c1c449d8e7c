#include "core/reconcile/AllocationTieOut.h"

namespace tieout {

Money AllocationTieOut::allocatedMinusBilled(const ReconcileResult &result, const ReportFilter &filter)
{
    const AllocationColumns &allocation = result.allocation;
    const qsizetype buCount = result.businessUnits.size();
    if (buCount == 0)
        return {};
    qint64 gap = 0;
    for (qsizetype month = 0; month < result.months.size(); ++month) {
        if (!filter.months.isEmpty() && !filter.months.contains(result.months.at(month)))
            continue;
        for (qsizetype bu = 0; bu < buCount; ++bu) {
            if (!filter.businessUnits.isEmpty() && !filter.businessUnits.contains(result.businessUnits.at(bu)))
                continue;
            const size_t at = size_t(month * buCount + bu);
            if (at < allocation.allocatedByFetchBuMonth.size() && at < allocation.billedByFetchBuMonth.size())
                gap += allocation.allocatedByFetchBuMonth[at] - allocation.billedByFetchBuMonth[at];
        }
    }
    return Money::fromNanos(gap);
}

} // namespace tieout
