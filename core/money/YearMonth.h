#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <compare>

namespace tieout {

// A calendar month in UTC. Its window is [first-of-month 00:00Z, first-of-next-month 00:00Z),
// end exclusive; December rolls to January of the next year (SPEC §3).
class YearMonth
{
public:
    constexpr YearMonth() = default;
    constexpr YearMonth(int year, int month) : m_year(year), m_month(month) {}
    static YearMonth of(QDate date) { return YearMonth(date.year(), date.month()); }

    // Strict "YYYY-MM" (month 01..12).
    static Result<YearMonth> parse(QStringView text);

    constexpr int year() const { return m_year; }
    constexpr int month() const { return m_month; }
    bool isValid() const { return m_month >= 1 && m_month <= 12 && m_year >= 1970 && m_year <= 9999; }

    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const { return next().firstDay().addDays(-1); }
    int dayCount() const { return firstDay().daysInMonth(); }
    QDateTime windowStart() const;
    QDateTime windowEnd() const; // exclusive
    YearMonth next() const;
    YearMonth previous() const;
    QString toString() const; // "YYYY-MM"

    constexpr auto operator<=>(const YearMonth &) const = default;

    // Every month from `from` to `to`, both inclusive; empty when from > to.
    static QList<YearMonth> range(YearMonth from, YearMonth to);

private:
    int m_year = 0;
    int m_month = 0;
};

} // namespace tieout
