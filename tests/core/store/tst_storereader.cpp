#include "StoreTestSupport.h"

#include "core/store/CostLineRepository.h"
#include "core/store/OverrideRepository.h"
#include "core/store/StoreReader.h"
#include "core/store/WindowStore.h"

#include <QTest>
#include <QTimeZone>

using namespace tieout;
using tieout::test::StoreFixture;

// The reconciler's scans return every row of the range exactly once, with NULLs, empty strings,
// credits and non-ASCII text intact, on both engines and (on SQLite) on both read paths.
class TestStoreReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init();

    void scansReturnExactlyTheRange_data();
    void scansReturnExactlyTheRange();
    void reconcileColumnsLeaveDetailNull();
    void namesOverridesAndUnits();

private:
    FixedClock m_clock{QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc())};
};

void TestStoreReader::init()
{
    if (test::postgresRowWithoutServer())
        QSKIP(test::postgresSkipMessage());
}

void TestStoreReader::scansReturnExactlyTheRange_data()
{
    QTest::addColumn<bool>("native");
    QTest::newRow("native SQLite path where available") << true;
    QTest::newRow("QSqlQuery path") << false;
}

void TestStoreReader::scansReturnExactlyTheRange()
{
    QFETCH_GLOBAL(QString, engine);
    QFETCH(bool, native);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    WindowStore store(fixture.db(), m_clock);
    const QStringList units = {QStringLiteral("DevFactory"), QStringLiteral("Education")};
    QMap<QString, WindowData> expected;
    int seed = 0;
    for (const QString &bu : units) {
        for (int month : {1, 2, 3}) {
            const WindowData data = test::sampleWindow(bu, test::month(2024, month), ++seed, 5);
            VERIFY_OK(store.replaceWindow(data, QStringLiteral("x")));
            if (month == 2) // the range scanned: the leap February only
                expected.insert(bu, data);
        }
    }
    // An odd one: empty strings, a credit, a NULL BU-less everything.
    CostLine odd;
    odd.date = QDate(2024, 2, 29);
    odd.workspaceId = QStringLiteral("");
    odd.description = QStringLiteral("=SUM(A1) «quoted» 🙂");
    odd.amount = Money::fromNanos(-1);
    VERIFY_OK(CostLineRepository(fixture.db()).insert(QStringLiteral("DevFactory"), {odd}));
    expected[QStringLiteral("DevFactory")].costLines.append(odd);

    StoreReader reader(fixture.db());
    reader.setNativeSqliteScans(native);
    if (!fixture.isPostgres())
        qInfo("SQLite path: %s", reader.usesNativeSqliteScans() ? "sqlite3 C API" : "QSqlQuery");
    QMap<QString, CostLines> costs;
    QMap<QString, UsageLines> usage;
    VERIFY_OK(reader.scanCostLines(
        test::month(2024, 2), [&](const QString &bu, const CostLine &line) { costs[bu].append(line); },
        StoreReader::Columns::All));
    VERIFY_OK(reader.scanUsageLines(
        test::month(2024, 2), [&](const QString &bu, const UsageLine &line) { usage[bu].append(line); },
        StoreReader::Columns::All));
    QCOMPARE(costs.keys(), units);
    QCOMPARE(usage.keys(), units);
    for (const QString &bu : units) {
        const CostLines want = test::sortedCostLines(expected.value(bu).costLines);
        const CostLines got = test::sortedCostLines(costs.value(bu));
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            QCOMPARE(got.at(i).workspaceId.isNull(), want.at(i).workspaceId.isNull());
            QCOMPARE(got.at(i).tokenType.isNull(), want.at(i).tokenType.isNull());
            QCOMPARE(got.at(i), want.at(i));
        }
        const UsageLines wantUsage = test::sortedUsageLines(expected.value(bu).usageLines);
        const UsageLines gotUsage = test::sortedUsageLines(usage.value(bu));
        QCOMPARE(gotUsage.size(), wantUsage.size());
        for (qsizetype i = 0; i < wantUsage.size(); ++i) {
            QCOMPARE(gotUsage.at(i).apiKeyId.isNull(), wantUsage.at(i).apiKeyId.isNull());
            QCOMPARE(gotUsage.at(i).inferenceGeo.isNull(), wantUsage.at(i).inferenceGeo.isNull());
            QCOMPARE(gotUsage.at(i), wantUsage.at(i));
        }
    }
}

void TestStoreReader::reconcileColumnsLeaveDetailNull()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    WindowStore store(fixture.db(), m_clock);
    const WindowData data = test::sampleWindow(QStringLiteral("A"), test::month(2025, 1), 1, 3);
    VERIFY_OK(store.replaceWindow(data, QStringLiteral("x")));
    Money total;
    qint64 rows = 0;
    VERIFY_OK(StoreReader(fixture.db())
                  .scanCostLines(test::month(2025, 1), [&](const QString &, const CostLine &line) {
                      ++rows;
                      total += line.amount;
                      QVERIFY(line.description.isNull());
                      QVERIFY(line.currency.isNull());
                  }));
    QCOMPARE(rows, qint64(data.costLines.size()));
    Money expected;
    for (const CostLine &line : data.costLines)
        expected += line.amount;
    QCOMPARE(total, expected);
}

void TestStoreReader::namesOverridesAndUnits()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    WindowStore store(fixture.db(), m_clock);
    VERIFY_OK(store.replaceWindow(test::sampleWindow(QStringLiteral("B"), test::month(2025, 1), 1, 1),
                                  QStringLiteral("x")));
    WindowData empty;
    empty.businessUnit = QStringLiteral("C");
    empty.range = test::month(2025, 1);
    VERIFY_OK(store.replaceWindow(empty, QStringLiteral("x"))); // fetched, no rows: still a BU of the range
    VERIFY_OK(
        OverrideRepository(fixture.db()).replaceAll({{QStringLiteral("apikey_1"), QStringLiteral("A")}}));

    StoreReader reader(fixture.db());
    auto units = reader.businessUnits(test::month(2025, 1));
    VERIFY_OK(units);
    QCOMPARE(*units, (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    QVERIFY(reader.businessUnits(test::month(2025, 2))->isEmpty());
    auto overrides = reader.overrides();
    VERIFY_OK(overrides);
    QCOMPARE(overrides->value(QStringLiteral("apikey_1")), QStringLiteral("A"));
    auto keys = reader.apiKeyNames();
    VERIFY_OK(keys);
    QCOMPARE(keys->value(QStringLiteral("apikey_3")), QStringLiteral("Key 3 of B"));
    auto workspaces = reader.workspaceNames();
    VERIFY_OK(workspaces);
    QCOMPARE(workspaces->value(QStringLiteral("wrkspc_02B")), QStringLiteral("Prod – EU"));
    auto coverage = reader.coverage(test::month(2025, 1));
    VERIFY_OK(coverage);
    QCOMPARE(coverage->size(), 2 * 31 * 3);
}

QTEST_GUILESS_MAIN(TestStoreReader)
#include "tst_storereader.moc"
