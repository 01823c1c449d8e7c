#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>

namespace tieout {

// An exact amount of US dollars as an integer count of nano-dollars (1 USD = 10^9).
// No floating point touches money anywhere in Tieout (SPEC §3); formatting and parsing are
// done digit by digit here.
class Money
{
public:
    static constexpr qint64 NanosPerDollar = 1'000'000'000;
    static constexpr qint64 NanosPerCent = 10'000'000;

    constexpr Money() = default;
    static constexpr Money fromNanos(qint64 nanos) { return Money(nanos); }
    static constexpr Money fromDollars(qint64 dollars) { return Money(dollars * NanosPerDollar); }

    // The result of parsing a decimal string: the exact value and whether digits beyond
    // nano-dollar precision had to be rounded (half-even) away, which callers count.
    struct Parsed
    {
        qint64 nanos = 0;
        bool rounded = false;
    };

    // "123.78912" (cents, as the cost report sends them) -> $1.2378912.
    static Result<Parsed> parseCents(QStringView text);
    // "1.2378912" (dollars) -> $1.2378912.
    static Result<Parsed> parseDollars(QStringView text);

    constexpr qint64 nanos() const { return m_nanos; }
    constexpr bool isZero() const { return m_nanos == 0; }
    constexpr bool isNegative() const { return m_nanos < 0; }

    // Fixed-point text in dollars with exactly `decimals` digits (0..9), rounded half-even;
    // '.' as decimal point, no thousands separator: the export format.
    QString toDecimalString(int decimals = 2) const;
    // Nano-dollars rounded half-even to a multiple of 10^(9-decimals).
    static qint64 roundNanosHalfEven(qint64 nanos, int decimals);

    constexpr Money operator+(Money other) const { return Money(m_nanos + other.m_nanos); }
    constexpr Money operator-(Money other) const { return Money(m_nanos - other.m_nanos); }
    constexpr Money operator-() const { return Money(-m_nanos); }
    constexpr Money &operator+=(Money other)
    {
        m_nanos += other.m_nanos;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_nanos -= other.m_nanos;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 nanos) : m_nanos(nanos) {}
    qint64 m_nanos = 0;
};

} // namespace tieout
