#include "ui/common/DisplayFormat.h"

namespace tieout::ui {

QString DisplayFormat::decimal(const QString &plainDecimal, const QLocale &locale)
{
    QStringView text(plainDecimal);
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.mid(1);
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);

    bool ok = false;
    const qulonglong wholeValue = whole.toULongLong(&ok);
    if (!ok)
        return plainDecimal; // not a plain decimal: show it as it came
    // Group the integer digits the locale's way; the fraction digits are copied untouched so
    // nothing is rounded twice.
    QLocale grouping(locale);
    grouping.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    QString result = grouping.toString(wholeValue);
    if (!fraction.isEmpty())
        result += locale.decimalPoint() + fraction.toString();
    if (negative)
        result.prepend(locale.negativeSign());
    return result;
}

QString DisplayFormat::money(Money amount, int decimals, const QLocale &locale)
{
    return decimal(amount.toDecimalString(decimals), locale);
}

QString DisplayFormat::signedMoney(Money amount, int decimals, const QLocale &locale)
{
    const QString plain = amount.toDecimalString(decimals);
    QString text = decimal(plain, locale);
    // Zero after rounding shows no sign: "+0.00" would suggest a change that is not there.
    // (Money never prints a negative zero.)
    if (!amount.isNegative() && plain != Money().toDecimalString(decimals))
        text.prepend(locale.positiveSign());
    return text;
}

QString DisplayFormat::usd(Money amount, int decimals, const QLocale &locale)
{
    return tr("%1 USD").arg(money(amount, decimals, locale));
}

QString DisplayFormat::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

} // namespace tieout::ui
