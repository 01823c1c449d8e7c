#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace tieout {

// A span of UTC days [from, to), end exclusive.
struct DateRange
{
    QDate from;
    QDate toExclusive;

    qint64 dayCount() const { return from.daysTo(toExclusive); }
    bool isEmpty() const { return dayCount() <= 0; }
    bool contains(QDate day) const { return day >= from && day < toExclusive; }
    QList<QDate> days() const;
    // Consecutive sub-ranges of at most `maxDays` days, covering this range exactly.
    QList<DateRange> chunks(int maxDays) const;

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

// RFC 3339 in UTC with a Z: "2025-08-01T00:00:00Z".
QString toRfc3339(const QDateTime &dateTime);
QString toRfc3339(QDate day);
// Accepts "YYYY-MM-DD" or RFC 3339 (any offset, converted to UTC); returns the UTC date.
Result<QDate> parseApiDate(QStringView text);
// Accepts RFC 3339 only.
Result<QDateTime> parseRfc3339(QStringView text);
// Strict "YYYY-MM-DD".
Result<QDate> parseIsoDay(QStringView text);

} // namespace tieout
