// Fuzz target: the money parser (Money::parseCents / parseDollars over parseScaledDecimal).
// Properties, for any text:
//  - a plain ASCII decimal ("-12.5", ".5", "1e-3") gives exactly the value a schoolbook
//    reference computes digit by digit, rounded half-even, with the same "rounded" flag, and is
//    refused only when it does not fit in 64 bits or its exponent is out of range;
//  - anything else is refused, apart from surrounding whitespace;
//  - every parsed value survives the export format: toDecimalString(9) parses back to itself,
//    and toDecimalString(d) parses back to the value rounded half-even to d decimals.
#include "FuzzTargets.h"
#include "MoneyReference.h"

#include "core/money/Money.h"

namespace tieout::fuzz {

namespace {

void checkFormatting(qint64 nanos)
{
    const Money amount = Money::fromNanos(nanos);
    for (int decimals = 0; decimals <= 9; ++decimals) {
        const QString text = amount.toDecimalString(decimals);
        const auto back = Money::parseDollars(text);
        const auto expected = roundHalfEvenReference(nanos, decimals);
        if (!expected) {
            // Rounded beyond 64 bits: the text must still be the right number, so it cannot parse.
            if (back)
                violated("money", QStringLiteral("%1 to %2 decimals printed %3, which parses").arg(nanos).arg(decimals).arg(text));
            continue;
        }
        if (!back || back->nanos != *expected || back->rounded)
            violated("money", QStringLiteral("%1 to %2 decimals printed %3, which does not parse back to %4")
                                  .arg(nanos)
                                  .arg(decimals)
                                  .arg(text)
                                  .arg(*expected));
    }
}

void checkScale(const QString &text, const QByteArray &ascii, int scale)
{
    const auto parsed = scale == 7 ? Money::parseCents(text) : Money::parseDollars(text);
    if (!isPlainDecimal(ascii)) {
        if (parsed)
            violated("money", QStringLiteral("accepted \"%1\", which is not a plain decimal").arg(text));
        return;
    }
    const ReferenceValue reference = referenceParse(ascii, scale);
    if (!reference.ok) {
        if (parsed)
            violated("money", QStringLiteral("accepted \"%1\" (scale %2) as %3; it does not fit").arg(text).arg(scale).arg(parsed->nanos));
        return;
    }
    if (!parsed)
        violated("money", QStringLiteral("refused \"%1\" (scale %2): %3").arg(text).arg(scale).arg(parsed.error().message()));
    if (parsed->nanos != reference.value || parsed->rounded != reference.rounded)
        violated("money", QStringLiteral("\"%1\" (scale %2) parsed as %3 rounded=%4, exact is %5 rounded=%6")
                              .arg(text)
                              .arg(scale)
                              .arg(parsed->nanos)
                              .arg(parsed->rounded ? 1 : 0)
                              .arg(reference.value)
                              .arg(reference.rounded ? 1 : 0));
    checkFormatting(parsed->nanos);
}

} // namespace

int money(const uint8_t *data, size_t size)
{
    if (size > 4096) // longer texts add nothing but time
        return 0;
    const QString text = QString::fromUtf8(bytes(data, size));
    // The parser trims Unicode whitespace; the reference judges what is left, in ASCII.
    const QString trimmed = text.trimmed();
    const QByteArray ascii = trimmed.toLatin1();
    const bool latin1 = QString::fromLatin1(ascii) == trimmed;
    if (!latin1) {
        // Non-Latin-1 text is never a number.
        if (Money::parseCents(text) || Money::parseDollars(text))
            violated("money", QStringLiteral("accepted non-ASCII text \"%1\"").arg(text));
        return 0;
    }
    checkScale(text, ascii, 7);
    checkScale(text, ascii, 9);
    // Formatting of any 64-bit amount, wherever it came from (sums, negative credits).
    if (size >= 8) {
        quint64 raw = 0;
        for (int i = 0; i < 8; ++i)
            raw = (raw << 8) | data[i];
        checkFormatting(static_cast<qint64>(raw));
    }
    return 0;
}

} // namespace tieout::fuzz
