#include "core/reconcile/ReportScope.h"

namespace tieout {

ReportScope ReportScope::of(const ReconcileResult &result, const ReportFilter &filter)
{
    ReportScope scope;
    scope.months.assign(size_t(result.months.size()), filter.months.isEmpty() ? 1 : 0);
    scope.bus.assign(size_t(result.businessUnits.size()), filter.businessUnits.isEmpty() ? 1 : 0);
    for (const YearMonth &month : filter.months) {
        const int index = result.monthIndex(month);
        if (index >= 0)
            scope.months[size_t(index)] = 1;
    }
    for (const QString &bu : filter.businessUnits) {
        const int index = result.buIndex(bu);
        if (index >= 0)
            scope.bus[size_t(index)] = 1;
    }
    return scope;
}

} // namespace tieout
