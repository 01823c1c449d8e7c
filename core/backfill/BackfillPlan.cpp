#include "core/backfill/BackfillPlan.h"

namespace tieout::backfill {

Result<QList<PlannedWindow>> BackfillPlan::make(const QStringList &businessUnits, YearMonth from, YearMonth to,
                                                QDate todayUtc)
{
    if (businessUnits.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("no business unit to plan for: configure one or name it with --bu"));
    if (from > to)
        return Error(ErrorCode::Usage, QStringLiteral("--from %1 is after --to %2").arg(from.toString(), to.toString()));
    if (to.firstDay() > todayUtc)
        return Error(ErrorCode::Usage, QStringLiteral("month %1 has not started yet (today is %2 UTC)")
                                           .arg(to.toString(), todayUtc.toString(Qt::ISODate)));
    QList<PlannedWindow> windows;
    const QList<YearMonth> months = YearMonth::range(from, to);
    windows.reserve(businessUnits.size() * months.size());
    for (const QString &bu : businessUnits) {
        for (const YearMonth &month : months) {
            PlannedWindow window{bu, month, {month.firstDay(), month.next().firstDay()}, false};
            const QDate tomorrow = todayUtc.addDays(1);
            if (window.range.toExclusive > tomorrow) {
                window.range.toExclusive = tomorrow;
                window.partial = true;
            }
            windows.append(window);
        }
    }
    return windows;
}

} // namespace tieout::backfill
