#include "core/money/DateRange.h"
#include "core/money/YearMonth.h"

#include <QTest>

using tieout::DateRange;
using tieout::YearMonth;

class TestYearMonth final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void window_data();
    void window();
    void range();
    void chunks();
    void apiDates_data();
    void apiDates();
};

void TestYearMonth::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "2025-07" << true;
    QTest::newRow("december") << "2025-12" << true;
    QTest::newRow("month 13") << "2025-13" << false;
    QTest::newRow("month 00") << "2025-00" << false;
    QTest::newRow("single digit") << "2025-7" << false;
    QTest::newRow("day given") << "2025-07-01" << false;
    QTest::newRow("slash") << "2025/07" << false;
    QTest::newRow("empty") << "" << false;
}

void TestYearMonth::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto month = YearMonth::parse(text);
    QCOMPARE(month.ok(), ok);
    if (ok)
        QCOMPARE(month->toString(), text);
    else
        QVERIFY(month.error().message().contains(QLatin1String("YYYY-MM")));
}

void TestYearMonth::window_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("days");
    QTest::newRow("july") << "2025-07" << "2025-07-01T00:00:00Z" << "2025-08-01T00:00:00Z" << 31;
    QTest::newRow("december rolls over") << "2025-12" << "2025-12-01T00:00:00Z" << "2026-01-01T00:00:00Z" << 31;
    QTest::newRow("leap february") << "2024-02" << "2024-02-01T00:00:00Z" << "2024-03-01T00:00:00Z" << 29;
    QTest::newRow("plain february") << "2025-02" << "2025-02-01T00:00:00Z" << "2025-03-01T00:00:00Z" << 28;
    QTest::newRow("30 days") << "2025-04" << "2025-04-01T00:00:00Z" << "2025-05-01T00:00:00Z" << 30;
}

void TestYearMonth::window()
{
    QFETCH(QString, month);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, days);
    const YearMonth m = *YearMonth::parse(month);
    QCOMPARE(tieout::toRfc3339(m.windowStart()), start);
    QCOMPARE(tieout::toRfc3339(m.windowEnd()), end);
    QCOMPARE(m.dayCount(), days);
    QCOMPARE(m.firstDay().daysTo(m.next().firstDay()), qint64(days));
}

void TestYearMonth::range()
{
    const auto months = YearMonth::range(YearMonth(2024, 11), YearMonth(2025, 2));
    QCOMPARE(months.size(), 4);
    QCOMPARE(months.first().toString(), QStringLiteral("2024-11"));
    QCOMPARE(months.at(2).toString(), QStringLiteral("2025-01"));
    QVERIFY(YearMonth::range(YearMonth(2025, 2), YearMonth(2025, 1)).isEmpty());
}

void TestYearMonth::chunks()
{
    const DateRange july{QDate(2025, 7, 1), QDate(2025, 8, 1)};
    const auto parts = july.chunks(7);
    QCOMPARE(parts.size(), 5);
    QCOMPARE(parts.first(), (DateRange{QDate(2025, 7, 1), QDate(2025, 7, 8)}));
    QCOMPARE(parts.last(), (DateRange{QDate(2025, 7, 29), QDate(2025, 8, 1)}));
    qint64 days = 0;
    for (const auto &part : parts)
        days += part.dayCount();
    QCOMPARE(days, qint64(31));
}

void TestYearMonth::apiDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("day") << "2025-08-08" << QDate(2025, 8, 8);
    QTest::newRow("rfc3339 Z") << "2025-08-08T00:00:00Z" << QDate(2025, 8, 8);
    QTest::newRow("rfc3339 offset to UTC") << "2025-08-08T23:30:00-02:00" << QDate(2025, 8, 9);
    QTest::newRow("garbage") << "08/08/2025" << QDate();
    QTest::newRow("bad day") << "2025-02-30" << QDate();
}

void TestYearMonth::apiDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto parsed = tieout::parseApiDate(text);
    QCOMPARE(parsed.ok(), date.isValid());
    if (parsed)
        QCOMPARE(*parsed, date);
}

QTEST_APPLESS_MAIN(TestYearMonth)
#include "tst_yearmonth.moc"
