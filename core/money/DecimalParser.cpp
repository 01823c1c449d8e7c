#include "core/money/DecimalParser.h"

#include "core/money/Int128.h"

#include <QString>

#include <limits>

namespace tieout {

namespace {

Error parseError(QStringView text, const QString &why)
{
    return Error(ErrorCode::Decode,
                 QStringLiteral("\"%1\" is not a decimal number (%2)").arg(text.left(40).toString(), why));
}

} // namespace

Result<ScaledDecimal> parseScaledDecimal(QStringView text, int scale)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return parseError(text, QStringLiteral("empty"));

    qsizetype pos = 0;
    bool negative = false;
    if (trimmed[0] == u'-' || trimmed[0] == u'+') {
        negative = trimmed[0] == u'-';
        ++pos;
    }

    // Collect the significant digits and the position of the decimal point.
    QString digits;
    qsizetype pointDigits = -1; // digits before the point
    for (; pos < trimmed.size(); ++pos) {
        const QChar c = trimmed[pos];
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c == u'.' && pointDigits < 0) {
            pointDigits = digits.size();
        } else {
            break;
        }
    }
    if (digits.isEmpty())
        return parseError(text, QStringLiteral("no digits"));
    if (pointDigits < 0)
        pointDigits = digits.size();

    qint64 exponent = 0;
    if (pos < trimmed.size() && (trimmed[pos] == u'e' || trimmed[pos] == u'E')) {
        ++pos;
        // Digit by digit: QStringView::toLongLong stops at a NUL and skips whitespace, so
        // "1e+0\0\05" or "1e\t5" would pass as numbers.
        bool negativeExponent = false;
        if (pos < trimmed.size() && (trimmed[pos] == u'+' || trimmed[pos] == u'-'))
            negativeExponent = trimmed[pos++] == u'-';
        const qsizetype exponentStart = pos;
        for (; pos < trimmed.size() && trimmed[pos] >= u'0' && trimmed[pos] <= u'9'; ++pos)
            exponent = qMin<qint64>(exponent * 10 + (trimmed[pos].unicode() - u'0'), 1'000'000);
        if (pos == exponentStart)
            return parseError(text, QStringLiteral("bad exponent"));
        if (negativeExponent)
            exponent = -exponent;
        if (exponent > 40 || exponent < -400)
            return parseError(text, QStringLiteral("exponent out of range"));
    }
    if (pos != trimmed.size())
        return parseError(text, QStringLiteral("unexpected character '%1'").arg(trimmed[pos]));

    // value = digits * 10^(exponent - (digits.size() - pointDigits)) scaled by 10^scale
    const qint64 shift = exponent - (digits.size() - pointDigits) + scale;
    // Strip leading zeros so the length check below is meaningful.
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits[firstNonZero] == u'0')
        ++firstNonZero;
    digits = digits.mid(firstNonZero);

    UInt128 magnitude = 0;
    const UInt128 limit = static_cast<UInt128>(std::numeric_limits<qint64>::max()) + 1;
    bool rounded = false;
    qsizetype keep = digits.size();
    if (shift < 0)
        keep = digits.size() + shift; // digits that survive; the rest are rounded away
    for (qsizetype i = 0; i < qMax<qsizetype>(keep, 0); ++i) {
        magnitude = magnitude * 10 + static_cast<unsigned>(digits[i].unicode() - u'0');
        if (magnitude > limit)
            return parseError(text, QStringLiteral("too large"));
    }
    if (shift > 0) {
        for (qint64 i = 0; i < shift; ++i) {
            magnitude *= 10;
            if (magnitude > limit)
                return parseError(text, QStringLiteral("too large"));
        }
    } else if (shift < 0) {
        // Round half-even on the dropped digits.
        const qsizetype firstDropped = qMax<qsizetype>(keep, 0);
        int firstDigit = 0;
        bool restNonZero = false;
        if (keep >= 0) {
            if (firstDropped < digits.size())
                firstDigit = digits[firstDropped].unicode() - u'0';
            for (qsizetype i = firstDropped + 1; i < digits.size(); ++i)
                restNonZero = restNonZero || digits[i] != u'0';
        } else {
            // Everything (and more) dropped: the value is below half a unit.
            for (qsizetype i = 0; i < digits.size(); ++i)
                restNonZero = restNonZero || digits[i] != u'0';
        }
        rounded = firstDigit != 0 || restNonZero;
        const bool roundUp = firstDigit > 5 || (firstDigit == 5 && (restNonZero || (magnitude % 2) == 1));
        if (roundUp)
            ++magnitude;
    }
    if (magnitude > limit || (!negative && magnitude == limit))
        return parseError(text, QStringLiteral("too large"));

    ScaledDecimal result;
    result.rounded = rounded;
    result.value = negative ? static_cast<qint64>(0 - magnitude) : static_cast<qint64>(magnitude);
    if (negative && magnitude == limit)
        result.value = std::numeric_limits<qint64>::min();
    return result;
}

} // namespace tieout
