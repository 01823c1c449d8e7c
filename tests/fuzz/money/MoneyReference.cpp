#include "MoneyReference.h"

#include "core/money/Int128.h"

#include <limits>

namespace tieout::fuzz {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits of a non-negative integer string (no leading zeros beyond one) as UInt128, or nullopt
// past 39 digits.
std::optional<UInt128> toUInt128(const QByteArray &digits)
{
    if (digits.size() > 38)
        return std::nullopt;
    UInt128 value = 0;
    for (const char c : digits)
        value = value * 10 + static_cast<unsigned>(c - '0');
    return value;
}

QByteArray stripLeadingZeros(QByteArray digits)
{
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == '0')
        ++first;
    return digits.mid(first);
}

} // namespace

bool isPlainDecimal(const QByteArray &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == '+' || text[i] == '-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(text[i])) {
        ++i;
        ++digits;
    }
    if (i < n && text[i] == '.') {
        ++i;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            ++i;
        qsizetype expDigits = 0;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return false;
    }
    return i == n;
}

ReferenceValue referenceParse(const QByteArray &text, int scale)
{
    ReferenceValue result;
    qsizetype i = 0;
    bool negative = false;
    if (text[i] == '+' || text[i] == '-')
        negative = text[i++] == '-';
    QByteArray mantissa;
    qint64 fractionDigits = 0;
    bool afterPoint = false;
    for (; i < text.size() && (isDigit(text[i]) || text[i] == '.'); ++i) {
        if (text[i] == '.') {
            afterPoint = true;
            continue;
        }
        mantissa += text[i];
        if (afterPoint)
            ++fractionDigits;
    }
    qint64 exponent = 0;
    if (i < text.size()) { // e/E
        ++i;
        bool negativeExponent = false;
        if (text[i] == '+' || text[i] == '-')
            negativeExponent = text[i++] == '-';
        const QByteArray expDigits = stripLeadingZeros(text.mid(i));
        if (expDigits.size() > 6)
            return result; // far outside the parser's range
        exponent = expDigits.toLongLong();
        if (negativeExponent)
            exponent = -exponent;
    }
    if (exponent > 40 || exponent < -400)
        return result; // the parser's documented range

    // value = mantissa × 10^shift
    const qint64 shift = exponent - fractionDigits + scale;
    mantissa = stripLeadingZeros(mantissa);
    QByteArray kept;
    QByteArray dropped;
    if (shift >= 0) {
        kept = mantissa;
        if (mantissa != "0")
            kept.append(static_cast<qsizetype>(qMin<qint64>(shift, 60)), '0');
    } else {
        const qsizetype drop = static_cast<qsizetype>(-shift);
        if (drop >= mantissa.size()) {
            kept = "0";
            dropped = QByteArray(drop - mantissa.size(), '0');
            dropped.append(mantissa);
        } else {
            kept = mantissa.left(mantissa.size() - drop);
            dropped = mantissa.mid(mantissa.size() - drop);
        }
    }
    kept = stripLeadingZeros(kept);
    const auto magnitude = toUInt128(kept);
    if (!magnitude)
        return result;
    UInt128 value = *magnitude;
    if (!dropped.isEmpty()) {
        const bool restNonZero = dropped.mid(1).count('0') != dropped.size() - 1;
        result.rounded = dropped[0] != '0' || restNonZero;
        const bool up = dropped[0] > '5' || (dropped[0] == '5' && (restNonZero || (value % 2) == 1));
        if (up)
            ++value;
    }
    const UInt128 limit = static_cast<UInt128>(std::numeric_limits<qint64>::max()) + 1;
    if (value > limit || (!negative && value == limit))
        return result;
    result.ok = true;
    result.value = negative ? static_cast<qint64>(0 - value) : static_cast<qint64>(value);
    return result;
}

std::optional<qint64> roundHalfEvenReference(qint64 nanos, int decimals)
{
    Int128 unit = 1;
    for (int i = decimals; i < 9; ++i)
        unit *= 10;
    const Int128 value = nanos;
    Int128 quotient = value / unit;
    const Int128 remainder = value % unit;
    const Int128 twice = 2 * (remainder < 0 ? -remainder : remainder);
    if (twice > unit || (twice == unit && quotient % 2 != 0))
        quotient += value < 0 ? -1 : 1;
    const Int128 rounded = quotient * unit;
    if (rounded > std::numeric_limits<qint64>::max() || rounded < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return static_cast<qint64>(rounded);
}

} // namespace tieout::fuzz
