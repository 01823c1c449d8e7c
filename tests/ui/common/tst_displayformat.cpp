// DisplayFormat: exact money and counts in the user's locale; exports are not its business.
#include "ui/common/DisplayFormat.h"

#include <QTest>

using tieout::Money;
using tieout::ui::DisplayFormat;

namespace {

const QLocale English(QLocale::English, QLocale::UnitedStates);
const QLocale German(QLocale::German, QLocale::Germany);

} // namespace

class TestDisplayFormat final : public QObject
{
    Q_OBJECT

private slots:
    void money_data()
    {
        QTest::addColumn<qint64>("nanos");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en thousands")
            << qint64(1'234'567'890'000) << 2 << English << QStringLiteral("1,234.57");
        QTest::newRow("de thousands")
            << qint64(1'234'567'890'000) << 2 << German << QStringLiteral("1.234,57");
        QTest::newRow("half-even down") << qint64(2'125'000'000) << 2 << English << QStringLiteral("2.12");
        QTest::newRow("half-even up") << qint64(2'135'000'000) << 2 << English << QStringLiteral("2.14");
        QTest::newRow("zero") << qint64(0) << 2 << German << QStringLiteral("0,00");
        QTest::newRow("negative cents") << qint64(-500'000'000) << 2 << English << QStringLiteral("-0.50");
        QTest::newRow("negative de") << qint64(-1'234'000'000'000) << 2 << German
                                     << QStringLiteral("-1.234,00");
        QTest::newRow("six decimals") << qint64(1'234'567) << 6 << English << QStringLiteral("0.001235");
        QTest::newRow("no decimals") << qint64(1'500'000'000'000) << 0 << English << QStringLiteral("1,500");
        QTest::newRow("largest") << std::numeric_limits<qint64>::max() << 9 << English
                                 << QStringLiteral("9,223,372,036.854775807");
    }

    void money()
    {
        QFETCH(qint64, nanos);
        QFETCH(int, decimals);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::money(Money::fromNanos(nanos), decimals, locale), expected);
    }

    void signedMoney_data()
    {
        QTest::addColumn<qint64>("nanos");
        QTest::addColumn<QString>("expected");
        QTest::newRow("increase") << qint64(1'000'000'000) << QStringLiteral("+1.00");
        QTest::newRow("decrease") << qint64(-1'000'000'000) << QStringLiteral("-1.00");
        QTest::newRow("zero has no sign") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("rounds to zero") << qint64(4'000'000) << QStringLiteral("0.00");
        QTest::newRow("negative rounds to zero") << qint64(-4'000'000) << QStringLiteral("0.00");
    }

    void signedMoney()
    {
        QFETCH(qint64, nanos);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::signedMoney(Money::fromNanos(nanos), 2, English), expected);
    }

    void decimalKeepsEveryDigit()
    {
        QCOMPARE(DisplayFormat::decimal(QStringLiteral("3.75"), German), QStringLiteral("3,75"));
        QCOMPARE(DisplayFormat::decimal(QStringLiteral("0.000001"), English), QStringLiteral("0.000001"));
        QCOMPARE(DisplayFormat::decimal(QStringLiteral("1000000"), English), QStringLiteral("1,000,000"));
        QCOMPARE(DisplayFormat::decimal(QStringLiteral("n/a"), English), QStringLiteral("n/a"));
    }

    void counts()
    {
        QCOMPARE(DisplayFormat::count(1'234'567, English), QStringLiteral("1,234,567"));
        QCOMPARE(DisplayFormat::count(1'234'567, German), QStringLiteral("1.234.567"));
    }

    void usdNamesTheCurrency()
    {
        QLocale::setDefault(English);
        QCOMPARE(DisplayFormat::usd(Money::fromDollars(12)), QStringLiteral("12.00 USD"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
