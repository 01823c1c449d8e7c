#include "core/money/YearMonth.h"

#include <QTimeZone>

namespace tieout {

Result<YearMonth> YearMonth::parse(QStringView text)
{
    const auto bad = [&] {
        return Error(ErrorCode::Usage,
                     QStringLiteral("\"%1\" is not a month: expected YYYY-MM").arg(text.toString()));
    };
    if (text.size() != 7 || text[4] != u'-')
        return bad();
    for (qsizetype i : {0, 1, 2, 3, 5, 6}) {
        if (!text[i].isDigit() || text[i].unicode() > 127)
            return bad();
    }
    const YearMonth month(text.left(4).toInt(), text.mid(5, 2).toInt());
    if (!month.isValid())
        return bad();
    return month;
}

QDateTime YearMonth::windowStart() const
{
    return QDateTime(firstDay(), QTime(0, 0), QTimeZone::utc());
}

QDateTime YearMonth::windowEnd() const
{
    return next().windowStart();
}

YearMonth YearMonth::next() const
{
    return m_month == 12 ? YearMonth(m_year + 1, 1) : YearMonth(m_year, m_month + 1);
}

YearMonth YearMonth::previous() const
{
    return m_month == 1 ? YearMonth(m_year - 1, 12) : YearMonth(m_year, m_month - 1);
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

QList<YearMonth> YearMonth::range(YearMonth from, YearMonth to)
{
    QList<YearMonth> months;
    for (YearMonth m = from; m <= to; m = m.next())
        months.append(m);
    return months;
}

} // namespace tieout
