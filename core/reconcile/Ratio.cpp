#include "core/reconcile/Ratio.h"

#include "core/money/Int128.h"
#include "core/pricing/ExactDivision.h"

namespace tieout {

namespace {
Int128 powerOfTen(int exponent)
{
    Int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}
} // namespace

QString Ratio::toDecimalString(int decimals) const
{
    if (!isDefined())
        return QString();
    Int128 numerator = m_numerator;
    Int128 denominator = m_denominator;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 scaled = divideRoundHalfEven(numerator * powerOfTen(decimals), denominator);
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
