#include "core/money/DateRange.h"

#include <QTimeZone>

namespace tieout {

QList<QDate> DateRange::days() const
{
    QList<QDate> result;
    result.reserve(qMax<qint64>(dayCount(), 0));
    for (QDate d = from; d < toExclusive; d = d.addDays(1))
        result.append(d);
    return result;
}

QList<DateRange> DateRange::chunks(int maxDays) const
{
    QList<DateRange> result;
    Q_ASSERT(maxDays > 0);
    for (QDate start = from; start < toExclusive;) {
        QDate end = start.addDays(maxDays);
        if (end > toExclusive)
            end = toExclusive;
        result.append({start, end});
        start = end;
    }
    return result;
}

QString toRfc3339(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString toRfc3339(QDate day)
{
    return toRfc3339(QDateTime(day, QTime(0, 0), QTimeZone::utc()));
}

Result<QDate> parseIsoDay(QStringView text)
{
    const QDate day = text.size() == 10 ? QDate::fromString(text.toString(), Qt::ISODate) : QDate();
    if (!day.isValid())
        return Error(ErrorCode::Decode, QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(text.toString()));
    return day;
}

Result<QDateTime> parseRfc3339(QStringView text)
{
    const QDateTime dt = text.size() >= 20 ? QDateTime::fromString(text.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!dt.isValid() || !text.contains(u'T'))
        return Error(ErrorCode::Decode,
                     QStringLiteral("\"%1\" is not an RFC 3339 timestamp").arg(text.left(40).toString()));
    return dt.toUTC();
}

Result<QDate> parseApiDate(QStringView text)
{
    if (text.size() == 10)
        return parseIsoDay(text);
    auto dt = parseRfc3339(text);
    if (!dt)
        return Error(ErrorCode::Decode,
                     QStringLiteral("\"%1\" is neither YYYY-MM-DD nor RFC 3339").arg(text.left(40).toString()));
    return dt->date();
}

} // namespace tieout
