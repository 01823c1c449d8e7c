#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace tieout {

// An exact ratio of two nano-dollar amounts (list price ÷ (billed − unpriced billed)). Kept as
// a fraction so that the band check and the 4-decimal export are exact; a double exists only
// for charts (ratioForDisplay).
class Ratio final
{
public:
    constexpr Ratio() = default;
    constexpr Ratio(qint64 numerator, qint64 denominator) : m_numerator(numerator), m_denominator(denominator) {}

    constexpr qint64 numerator() const { return m_numerator; }
    constexpr qint64 denominator() const { return m_denominator; }
    constexpr bool isDefined() const { return m_denominator != 0; }

    // Rounded half-even to `decimals` digits, '.' decimal point; empty when undefined.
    QString toDecimalString(int decimals = 4) const;
    // The same rounding as an integer: ratio × 10^decimals; none when undefined or beyond qint64.
    std::optional<qint64> scaled(int decimals) const;
    // Compares with bound / 10^scale exactly: -1, 0 or 1. Undefined ratios compare as 1.
    int compareScaled(qint64 bound, int scale) const;
    // True when defined and low <= ratio <= high (bounds scaled by 10^scale).
    bool withinScaled(qint64 low, qint64 high, int scale) const;
    // For chart axes only; never feed this back into money.
    double ratioForDisplay() const;

private:
    qint64 m_numerator = 0;
    qint64 m_denominator = 0;
};

} // namespace tieout
