#include "core/money/Money.h"

#include "core/money/DecimalParser.h"

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

qint64 Money::roundNanosHalfEven(qint64 nanos, int decimals)
{
    Q_ASSERT(decimals >= 0 && decimals <= 9);
    qint64 unit = 1;
    for (int i = decimals; i < 9; ++i)
        unit *= 10;
    if (unit == 1)
        return nanos;
    qint64 quotient = nanos / unit;
    qint64 remainder = nanos % unit; // same sign as nanos
    const qint64 twice = 2 * (remainder < 0 ? -remainder : remainder);
    const int sign = nanos < 0 ? -1 : 1;
    if (twice > unit || (twice == unit && (quotient % 2) != 0))
        quotient += sign;
    return quotient * unit;
}

QString Money::toDecimalString(int decimals) const
{
    Q_ASSERT(decimals >= 0 && decimals <= 9);
    const qint64 rounded = roundNanosHalfEven(m_nanos, decimals);
    const bool negative = rounded < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(rounded) : static_cast<quint64>(rounded);
    const quint64 whole = magnitude / static_cast<quint64>(NanosPerDollar);
    const quint64 fraction = magnitude % static_cast<quint64>(NanosPerDollar);
    QString text = QString::number(whole);
    if (negative)
        text.prepend(u'-');
    if (decimals > 0) {
        const QString fractionDigits = QStringLiteral("%1").arg(fraction, 9, 10, QLatin1Char('0'));
        text += u'.' + fractionDigits.left(decimals);
    }
    return text;
}

} // namespace tieout
