#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/money/YearMonth.h"

#include <QList>
#include <QStringList>

namespace tieout::backfill {

// One unit of backfill work: one BU, one month, replaced in one transaction.
struct PlannedWindow
{
    QString businessUnit;
    YearMonth month;
    DateRange range; // the month window, clipped to end after today for the current month
    bool partial = false; // the month is not over yet

    friend bool operator==(const PlannedWindow &, const PlannedWindow &) = default;
};

// The dry-run plan (SPEC §6): per BU, the month windows from `from` to `to`. No network, no
// writes. Months entirely in the future are refused; the current month is clipped to today.
class BackfillPlan final
{
public:
    static Result<QList<PlannedWindow>> make(const QStringList &businessUnits, YearMonth from, YearMonth to,
                                             QDate todayUtc);
};

} // namespace tieout::backfill
