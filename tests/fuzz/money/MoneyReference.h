#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace tieout::fuzz {

// A deliberately naive second implementation of decimal parsing, to compare the real one against:
// it works on the digit string, never on an accumulated integer until the very end.
struct ReferenceValue
{
    bool ok = false; // false: too large for 64 bits, or the exponent is out of the parser's range
    qint64 value = 0;
    bool rounded = false;
};

// [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?  — ASCII only, nothing around it.
bool isPlainDecimal(const QByteArray &text);
// `text` must be a plain decimal. The value × 10^scale, rounded half-even to an integer.
ReferenceValue referenceParse(const QByteArray &text, int scale);
// nanos rounded half-even to a multiple of 10^(9-decimals), or nullopt beyond 64 bits.
std::optional<qint64> roundHalfEvenReference(qint64 nanos, int decimals);

} // namespace tieout::fuzz
