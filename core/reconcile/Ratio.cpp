#include "core/reconcile/Ratio.h"

#include "core/money/Int128.h"
#include "core/pricing/ExactDivision.h"

#include <limits>

namespace tieout {

namespace {
Int128 powerOfTen(int exponent)
{
    Int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// numerator / denominator × 10^decimals, rounded half-even; the denominator must not be 0.
Int128 scaledRatio(qint64 numerator, qint64 denominator, int decimals)
{
    Int128 top = numerator;
    Int128 bottom = denominator;
    if (bottom < 0) {
        top = -top;
        bottom = -bottom;
    }
    return divideRoundHalfEven(top * powerOfTen(decimals), bottom);
}
} // namespace

QString Ratio::toDecimalString(int decimals) const
{
    if (!isDefined())
        return QString();
    const Int128 scaled = scaledRatio(m_numerator, m_denominator, decimals);
    const bool negative = scaled < 0;
    const UInt128 magnitude = static_cast<UInt128>(negative ? -scaled : scaled);
    const UInt128 unit = static_cast<UInt128>(powerOfTen(decimals));
    QString text = QString::number(static_cast<quint64>(magnitude / unit));
    if (negative)
        text.prepend(u'-');
    if (decimals > 0) {
        const quint64 fraction = static_cast<quint64>(magnitude % unit);
        text += u'.' + QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
    }
    return text;
}

std::optional<qint64> Ratio::scaled(int decimals) const
{
    if (!isDefined())
        return std::nullopt;
    const Int128 value = scaledRatio(m_numerator, m_denominator, decimals);
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(value);
}

int Ratio::compareScaled(qint64 bound, int scale) const
{
    if (!isDefined())
        return 1;
    Int128 numerator = m_numerator;
    Int128 denominator = m_denominator;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 left = numerator * powerOfTen(scale);
    const Int128 right = static_cast<Int128>(bound) * denominator;
    return left < right ? -1 : (left > right ? 1 : 0);
}

bool Ratio::withinScaled(qint64 low, qint64 high, int scale) const
{
    return isDefined() && compareScaled(low, scale) >= 0 && compareScaled(high, scale) <= 0;
}

double Ratio::ratioForDisplay() const
{
    if (!isDefined())
        return 0.0;
    return static_cast<double>(m_numerator) / static_cast<double>(m_denominator);
}

} // namespace tieout
