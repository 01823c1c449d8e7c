#include "core/money/Money.h"

#include "core/money/DecimalParser.h"
#include "core/money/Int128.h"

#include <limits>

namespace tieout {

Result<Money::Parsed> Money::parseCents(QStringView text)
{
    auto scaled = parseScaledDecimal(text, 7); // cents carry 10^7 nano-dollars
    if (!scaled)
        return scaled.error();
    return Parsed{scaled->value, scaled->rounded};
}

Result<Money::Parsed> Money::parseDollars(QStringView text)
{
    auto scaled = parseScaledDecimal(text, 9);
    if (!scaled)
        return scaled.error();
    return Parsed{scaled->value, scaled->rounded};
}

namespace {

// nanos / 10^(9-decimals), rounded half-even, in 128 bits: near the ends of qint64 the rounded
// value can be one unit beyond what 64 bits hold (INT64_MAX to 0 decimals is 9223372037 dollars).
Int128 roundedUnits(qint64 nanos, int decimals)
{
    Int128 unit = 1;
    for (int i = decimals; i < 9; ++i)
        unit *= 10;
    Int128 quotient = nanos / unit;
    const Int128 remainder = nanos % unit; // same sign as nanos
    const Int128 twice = 2 * (remainder < 0 ? -remainder : remainder);
    if (twice > unit || (twice == unit && (quotient % 2) != 0))
        quotient += nanos < 0 ? -1 : 1;
    return quotient;
}

} // namespace

qint64 Money::roundNanosHalfEven(qint64 nanos, int decimals)
{
    Q_ASSERT(decimals >= 0 && decimals <= 9);
    qint64 unit = 1;
    for (int i = decimals; i < 9; ++i)
        unit *= 10;
    Int128 rounded = roundedUnits(nanos, decimals) * unit;
    // Within half a unit of the qint64 limits the rounded value does not fit: take the nearest
    // multiple of the unit that does (towards zero) instead of overflowing.
    if (rounded > std::numeric_limits<qint64>::max())
        rounded -= unit;
    else if (rounded < std::numeric_limits<qint64>::min())
        rounded += unit;
    return static_cast<qint64>(rounded);
}

QString Money::toDecimalString(int decimals) const
{
    Q_ASSERT(decimals >= 0 && decimals <= 9);
    const Int128 rounded = roundedUnits(m_nanos, decimals); // exact for every qint64
    const bool negative = rounded < 0;
    const UInt128 magnitude = static_cast<UInt128>(negative ? -rounded : rounded);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const quint64 whole = static_cast<quint64>(magnitude / scale);
    const quint64 fraction = static_cast<quint64>(magnitude % scale);
    QString text = QString::number(whole);
    if (negative)
        text.prepend(u'-');
    if (decimals > 0)
        text += u'.' + QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
    return text;
}

} // namespace tieout
