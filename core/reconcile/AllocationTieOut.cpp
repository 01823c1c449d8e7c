#include "core/reconcile/AllocationTieOut.h"

#include "core/reconcile/ReportScope.h"

namespace tieout {

Money AllocationTieOut::allocatedMinusBilled(const ReconcileResult &result, const ReportFilter &filter)
{
    const AllocationColumns &allocation = result.allocation;
    const qsizetype buCount = result.businessUnits.size();
    if (buCount == 0)
        return {};
    const ReportScope scope = ReportScope::of(result, filter);
    qint64 gap = 0;
    for (qsizetype month = 0; month < result.months.size(); ++month) {
        for (qsizetype bu = 0; bu < buCount; ++bu) {
            if (!scope.allows(int(month), int(bu)))
                continue;
            const size_t at = size_t(month * buCount + bu);
            if (at < allocation.allocatedByFetchBuMonth.size() && at < allocation.billedByFetchBuMonth.size())
                gap += allocation.allocatedByFetchBuMonth[at] - allocation.billedByFetchBuMonth[at];
        }
    }
    return Money::fromNanos(gap);
}

} // namespace tieout
