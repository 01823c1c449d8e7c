#include "core/money/Money.h"

#include <QTest>

using tieout::Money;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void parseCents_data();
    void parseCents();
    void parseDollars_data();
    void parseDollars();
    void format_data();
    void format();
    void arithmeticIsExact();
};

void TestMoney::parseCents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<bool>("rounded");

    QTest::newRow("fraction of a cent") << "946.6" << true << qint64(9'466'000'000) << false;
    QTest::newRow("tenth of a cent") << "0.1" << true << qint64(1'000'000) << false;
    QTest::newRow("documented example") << "123.78912" << true << qint64(1'237'891'200) << false;
    QTest::newRow("whole cents") << "1500" << true << qint64(15'000'000'000) << false;
    QTest::newRow("negative credit") << "-250.5" << true << qint64(-2'505'000'000) << false;
    QTest::newRow("plus sign") << "+1" << true << qint64(10'000'000) << false;
    QTest::newRow("zero") << "0" << true << qint64(0) << false;
    QTest::newRow("leading point") << ".5" << true << qint64(5'000'000) << false;
    QTest::newRow("trailing point") << "5." << true << qint64(50'000'000) << false;
    QTest::newRow("max precision") << "0.0000001" << true << qint64(1) << false;
    QTest::newRow("beyond precision rounds half-even down") << "0.00000005" << true << qint64(0) << true;
    QTest::newRow("beyond precision rounds half-even up") << "0.00000015" << true << qint64(2) << true;
    QTest::newRow("beyond precision above half") << "0.000000051" << true << qint64(1) << true;
    QTest::newRow("negative beyond precision") << "-0.00000015" << true << qint64(-2) << true;
    QTest::newRow("trailing zeros beyond precision are exact") << "1.000000000000" << true << qint64(10'000'000) << false;
    QTest::newRow("exponent") << "1.5e2" << true << qint64(1'500'000'000) << false;
    QTest::newRow("negative exponent") << "15E-1" << true << qint64(15'000'000) << false;
    QTest::newRow("empty") << "" << false << qint64(0) << false;
    QTest::newRow("blank") << "   " << false << qint64(0) << false;
    QTest::newRow("garbage") << "12abc" << false << qint64(0) << false;
    QTest::newRow("two points") << "1.2.3" << false << qint64(0) << false;
    QTest::newRow("sign only") << "-" << false << qint64(0) << false;
    QTest::newRow("nan") << "NaN" << false << qint64(0) << false;
    QTest::newRow("inf") << "inf" << false << qint64(0) << false;
    QTest::newRow("dangling exponent") << "1e" << false << qint64(0) << false;
    QTest::newRow("thousands separator") << "1,000" << false << qint64(0) << false;
    QTest::newRow("too large") << "999999999999999999999" << false << qint64(0) << false;
    QTest::newRow("huge exponent") << "1e400" << false << qint64(0) << false;
}

void TestMoney::parseCents()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, nanos);
    QFETCH(bool, rounded);

    const auto parsed = Money::parseCents(text);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QVERIFY2(parsed.error().message().contains(QLatin1String("not a decimal")), qPrintable(parsed.error().message()));
        return;
    }
    QCOMPARE(parsed->nanos, nanos);
    QCOMPARE(parsed->rounded, rounded);
}

void TestMoney::parseDollars_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("cents") << "1.23" << qint64(1'230'000'000);
    QTest::newRow("nano") << "0.000000001" << qint64(1);
    QTest::newRow("negative") << "-0.5" << qint64(-500'000'000);
    QTest::newRow("large") << "9000000000" << qint64(9'000'000'000'000'000'000);
}

void TestMoney::parseDollars()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanos);
    const auto parsed = Money::parseDollars(text);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->nanos, nanos);
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::newRow("two decimals") << qint64(1'237'891'200) << 2 << "1.24";
    QTest::newRow("half-even down") << qint64(1'225'000'000) << 2 << "1.22";
    QTest::newRow("half-even up") << qint64(1'235'000'000) << 2 << "1.24";
    QTest::newRow("negative half-even") << qint64(-1'225'000'000) << 2 << "-1.22";
    QTest::newRow("negative rounds to zero") << qint64(-4'000'000) << 2 << "0.00";
    QTest::newRow("six decimals") << qint64(1'237'891'200) << 6 << "1.237891";
    QTest::newRow("no decimals") << qint64(2'500'000'000) << 0 << "2";
    QTest::newRow("nine decimals") << qint64(-1) << 9 << "-0.000000001";
}

void TestMoney::format()
{
    QFETCH(qint64, nanos);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(Money::fromNanos(nanos).toDecimalString(decimals), text);
}

void TestMoney::arithmeticIsExact()
{
    Money total;
    for (int i = 0; i < 10; ++i)
        total += Money::fromNanos(Money::parseCents(u"10")->nanos);
    QCOMPARE(total.toDecimalString(2), QStringLiteral("1.00")); // ten dimes are a dollar, exactly
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
