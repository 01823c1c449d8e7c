#include "StoreTestSupport.h"

#include "core/store/CostLineRepository.h"
#include "core/store/ProductivityRepository.h"
#include "core/store/SqlSupport.h"
#include "core/store/StoreChecks.h"
#include "core/store/StoreSchema.h"
#include "core/store/TableChecksum.h"
#include "core/store/UsageLineRepository.h"
#include "core/store/WindowStore.h"

#include <QTest>
#include <QTimeZone>

using namespace tieout;
using tieout::test::StoreFixture;

// The read-only checks of `verify` find what they claim to find, and the checksum used by the
// tests is order-independent, scope-aware and engine-independent.
class TestStoreChecks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init();

    void cleanStorePassesEverything();
    void findsInjectedDuplicates_data();
    void findsInjectedDuplicates();
    void duplicateExamplesAreCapped();
    void findsMissingDays();
    void findsCentsLookingAmounts_data();
    void findsCentsLookingAmounts();
    void findsMoneyColumnInProductivity();
    void checksumIsOrderIndependentAndScoped();
    void checksumIsTheSameOnBothEngines();

private:
    FixedClock m_clock{QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc())};
};

void TestStoreChecks::init()
{
    if (test::postgresRowWithoutServer())
        QSKIP(test::postgresSkipMessage());
}

void TestStoreChecks::cleanStorePassesEverything()
{
    OPEN_FIXTURE(fixture);
    WindowStore store(fixture.db(), m_clock);
    for (const QString &bu : {QStringLiteral("A"), QStringLiteral("B")})
        VERIFY_OK(store.replaceWindow(
            test::sampleWindow(bu, test::month(2025, 1), bu == QLatin1String("A") ? 1 : 2),
            QStringLiteral("x")));
    auto results =
        StoreChecks(fixture.db()).runAll(test::month(2025, 1), {QStringLiteral("A"), QStringLiteral("B")});
    VERIFY_OK(results);
    QCOMPARE(results->size(), StoreSchema::tables().size() + 3);
    for (const StoreCheckResult &result : std::as_const(*results)) {
        QVERIFY2(result.passed, qPrintable(result.name + QStringLiteral(": ") + result.summary));
        QCOMPARE(result.offendingCount, qint64(0));
        QVERIFY(result.examples.isEmpty());
    }
}

void TestStoreChecks::findsInjectedDuplicates_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("nullWorkspace"); // the duplicated key has a NULL in it
    QTest::newRow("cost line, default workspace") << "cost_lines" << true;
    QTest::newRow("cost line, named workspace") << "cost_lines" << false;
    QTest::newRow("usage line, Console key") << "usage_lines" << true;
    QTest::newRow("productivity") << "productivity" << false;
}

void TestStoreChecks::findsInjectedDuplicates()
{
    OPEN_FIXTURE(fixture);
    QFETCH(QString, table);
    QFETCH(bool, nullWorkspace);
    const DateRange range = test::month(2024, 2);
    WindowStore store(fixture.db(), m_clock);
    const WindowData data = test::sampleWindow(QStringLiteral("A"), range, 1, 3);
    VERIFY_OK(store.replaceWindow(data, QStringLiteral("x")));

    // NULL and '' are different keys: a near-twin differing only so is not a duplicate.
    CostLine twin = data.costLines.first();
    twin.workspaceId = twin.workspaceId.isNull() ? QStringLiteral("") : QString();
    VERIFY_OK(CostLineRepository(fixture.db()).insert(QStringLiteral("A"), {twin}));
    auto clean = StoreChecks(fixture.db()).duplicatesIn(table, range);
    VERIFY_OK(clean);
    QVERIFY2(clean->passed, qPrintable(clean->summary));

    Status injected = okStatus();
    if (table == QLatin1String("cost_lines")) {
        CostLine line = data.costLines.at(1);
        line.workspaceId = nullWorkspace ? QString() : QStringLiteral("wrkspc_dup");
        line.description = QStringLiteral("injected twice");
        line.date = QDate(2024, 2, 29);
        line.amount = Money::fromNanos(1); // duplicates differ in amount only: still the same grain
        CostLine again = line;
        again.amount = Money::fromNanos(2);
        injected = CostLineRepository(fixture.db()).insert(QStringLiteral("A"), {line, again});
    } else if (table == QLatin1String("usage_lines")) {
        UsageLine line = data.usageLines.at(1);
        line.apiKeyId = QString();
        line.model = QStringLiteral("injected-twice");
        line.workspaceId = nullWorkspace ? QString() : QStringLiteral("wrkspc_dup");
        line.date = QDate(2024, 2, 29);
        injected = UsageLineRepository(fixture.db()).insert(QStringLiteral("A"), {line, line});
    } else {
        ProductivityRecord record = data.productivity.first();
        record.actorId = QStringLiteral("dup@example.com");
        injected = ProductivityRepository(fixture.db()).insert(QStringLiteral("A"), {record, record});
    }
    VERIFY_OK(injected);

    auto result = StoreChecks(fixture.db()).duplicatesIn(table, range);
    VERIFY_OK(result);
    QVERIFY(!result->passed);
    QCOMPARE(result->name, QStringLiteral("duplicates.") + table);
    QCOMPARE(result->offendingCount, qint64(1));
    QCOMPARE(result->examples.size(), 1);
    QCOMPARE(result->examples.first().last(), QStringLiteral("2"));
    QCOMPARE(result->columns.size(), result->examples.first().size());
    if (table != QLatin1String("productivity")) {
        const int column = static_cast<int>(result->columns.indexOf(QStringLiteral("workspace_id")));
        QCOMPARE(result->examples.first().at(column),
                 nullWorkspace ? QStringLiteral("NULL") : QStringLiteral("wrkspc_dup"));
    }
    // Another month is not affected.
    QVERIFY(StoreChecks(fixture.db()).duplicatesIn(table, test::month(2024, 3))->passed);
}

void TestStoreChecks::duplicateExamplesAreCapped()
{
    OPEN_FIXTURE(fixture);
    CostLines lines;
    for (int i = 0; i < 25; ++i) {
        CostLine line;
        line.date = QDate(2025, 1, 1 + i);
        line.costType = QStringLiteral("tokens");
        line.amount = Money::fromNanos(i);
        lines << line << line << line;
    }
    VERIFY_OK(CostLineRepository(fixture.db()).insert(QStringLiteral("A"), lines));
    auto result = StoreChecks(fixture.db()).duplicatesIn(QStringLiteral("cost_lines"), test::month(2025, 1));
    VERIFY_OK(result);
    QCOMPARE(result->offendingCount, qint64(25));
    QCOMPARE(result->examples.size(), StoreChecks::DefaultMaxExamples);
    QVERIFY2(result->summary.contains(QLatin1String("50 surplus rows")), qPrintable(result->summary));
    QCOMPARE(StoreChecks(fixture.db(), 3)
                 .duplicatesIn(QStringLiteral("cost_lines"), test::month(2025, 1))
                 ->examples.size(),
             3);
    QVERIFY(
        !StoreChecks(fixture.db()).duplicatesIn(QStringLiteral("no_such_table"), test::month(2025, 1)).ok());
}

void TestStoreChecks::findsMissingDays()
{
    OPEN_FIXTURE(fixture);
    WindowStore store(fixture.db(), m_clock);
    const DateRange january = test::month(2025, 1);
    VERIFY_OK(
        store.replaceWindow(test::sampleWindow(QStringLiteral("A"), january, 1, 1), QStringLiteral("x")));
    // B: everything but the 15th.
    VERIFY_OK(store.replaceWindow(
        test::sampleWindow(QStringLiteral("B"), {QDate(2025, 1, 1), QDate(2025, 1, 15)}, 2, 1),
        QStringLiteral("x")));
    VERIFY_OK(store.replaceWindow(
        test::sampleWindow(QStringLiteral("B"), {QDate(2025, 1, 16), QDate(2025, 2, 1)}, 3, 1),
        QStringLiteral("x")));
    StoreChecks checks(fixture.db());

    auto result = checks.completeness(january, {QStringLiteral("A"), QStringLiteral("B")});
    VERIFY_OK(result);
    QVERIFY(!result->passed);
    QCOMPARE(result->offendingCount, qint64(3));
    QCOMPARE(result->columns,
             (QStringList{QStringLiteral("bu"), QStringLiteral("endpoint"), QStringLiteral("date")}));
    for (const QStringList &row : std::as_const(result->examples)) {
        QCOMPARE(row.at(0), QStringLiteral("B"));
        QCOMPARE(row.at(2), QStringLiteral("2025-01-15"));
    }
    QVERIFY(checks.completeness(january, {QStringLiteral("A")})->passed);
    // A BU that was never fetched at all is missing every day; a day fetched with no rows is not.
    auto never = checks.completeness(january, {QStringLiteral("A"), QStringLiteral("C")});
    QCOMPARE(never->offendingCount, qint64(31 * 3));
    QCOMPARE(never->examples.size(), StoreChecks::DefaultMaxExamples);
    QVERIFY(
        checks.completeness(january, {QStringLiteral("B")}, {CoverageEndpoint::CostReport})->offendingCount ==
        1);
    // The check looks at the range only: February is simply not fetched.
    QCOMPARE(checks.completeness(test::month(2025, 2), {QStringLiteral("A")})->offendingCount,
             qint64(28 * 3));
}

void TestStoreChecks::findsCentsLookingAmounts_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<qint64>("thresholdDollars");
    QTest::addColumn<bool>("passes");
    QTest::newRow("just under $10,000") << qint64(9'999'999'999'999) << qint64(10'000) << true;
    QTest::newRow("exactly $10,000") << qint64(10'000'000'000'000) << qint64(10'000) << false;
    QTest::newRow("cents read as dollars") << qint64(946'600'000'000'000) << qint64(10'000) << false;
    QTest::newRow("a huge credit") << qint64(-12'000'000'000'000) << qint64(10'000) << false;
    QTest::newRow("lower threshold") << qint64(150'000'000'000) << qint64(100) << false;
}

void TestStoreChecks::findsCentsLookingAmounts()
{
    OPEN_FIXTURE(fixture);
    QFETCH(qint64, nanos);
    QFETCH(qint64, thresholdDollars);
    QFETCH(bool, passes);
    WindowStore store(fixture.db(), m_clock);
    VERIFY_OK(store.replaceWindow(test::sampleWindow(QStringLiteral("A"), test::month(2025, 3), 1, 2),
                                  QStringLiteral("x")));
    CostLine line;
    line.date = QDate(2025, 3, 31);
    line.model = QStringLiteral("claude-opus-4-1");
    line.costType = QStringLiteral("tokens");
    line.amount = Money::fromNanos(nanos);
    VERIFY_OK(CostLineRepository(fixture.db()).insert(QStringLiteral("A"), {line}));
    auto result = StoreChecks(fixture.db())
                      .amountsLookLikeDollars(test::month(2025, 3), Money::fromDollars(thresholdDollars));
    VERIFY_OK(result);
    QCOMPARE(result->passed, passes);
    if (!passes) {
        QCOMPARE(result->offendingCount, qint64(1));
        QCOMPARE(result->examples.first().at(0), QStringLiteral("A"));
        QCOMPARE(result->examples.first().at(1), QStringLiteral("2025-03-31"));
        QCOMPARE(result->examples.first().last(), Money::fromNanos(nanos).toDecimalString(9));
    }
    // Outside the range the line does not count.
    QVERIFY(StoreChecks(fixture.db()).amountsLookLikeDollars(test::month(2025, 4))->passed);
}

void TestStoreChecks::findsMoneyColumnInProductivity()
{
    OPEN_FIXTURE(fixture);
    {
        auto clean = StoreChecks(fixture.db()).productivityHasNoMoney();
        VERIFY_OK(clean);
        QVERIFY2(clean->passed, qPrintable(clean->summary));
    }
    VERIFY_OK(sql::execStatement(
        fixture.db(), QStringLiteral("ALTER TABLE productivity ADD COLUMN estimated_cost_cents BIGINT"),
        QStringLiteral("test")));
    VERIFY_OK(sql::execStatement(fixture.db(),
                                 QStringLiteral("ALTER TABLE productivity ADD COLUMN input_tokens BIGINT"),
                                 QStringLiteral("test")));
    fixture.database().closeThreadConnection(); // a fresh connection sees the new schema
    auto dirty = StoreChecks(fixture.db()).productivityHasNoMoney();
    VERIFY_OK(dirty);
    QVERIFY(!dirty->passed);
    QCOMPARE(dirty->offendingCount, qint64(2));
    QCOMPARE(dirty->examples, (QList<QStringList>{{QStringLiteral("estimated_cost_cents")},
                                                  {QStringLiteral("input_tokens")}}));
}

void TestStoreChecks::checksumIsOrderIndependentAndScoped()
{
    OPEN_FIXTURE(fixture);
    const DateRange range = test::month(2025, 1);
    const WindowData data = test::sampleWindow(QStringLiteral("A"), range, 1, 3);
    CostLineRepository repository(fixture.db());
    const ChecksumScope scopeA{QStringLiteral("A"), range};
    auto empty = tableChecksum(fixture.db(), QStringLiteral("cost_lines"), scopeA);
    VERIFY_OK(empty);

    VERIFY_OK(repository.insert(QStringLiteral("A"), data.costLines));
    const QByteArray forward = *tableChecksum(fixture.db(), QStringLiteral("cost_lines"), scopeA);
    QVERIFY(forward != *empty);
    QCOMPARE(forward.size(), 64);

    VERIFY_OK(repository.deleteWindow(QStringLiteral("A"), range));
    CostLines reversed = data.costLines;
    std::reverse(reversed.begin(), reversed.end());
    VERIFY_OK(repository.insert(QStringLiteral("A"), reversed));
    QCOMPARE(*tableChecksum(fixture.db(), QStringLiteral("cost_lines"), scopeA), forward);

    // Other BUs and other months do not enter the scope.
    VERIFY_OK(repository.insert(QStringLiteral("B"), data.costLines));
    CostLine march = data.costLines.first();
    march.date = QDate(2025, 3, 1);
    VERIFY_OK(repository.insert(QStringLiteral("A"), {march}));
    QCOMPARE(*tableChecksum(fixture.db(), QStringLiteral("cost_lines"), scopeA), forward);
    QVERIFY(*tableChecksum(fixture.db(), QStringLiteral("cost_lines")) != forward);

    // One nano-dollar, or NULL turned into '', changes it.
    VERIFY_OK(repository.deleteWindow(QStringLiteral("A"), range));
    CostLines changed = data.costLines;
    changed[5].amount += Money::fromNanos(1);
    VERIFY_OK(repository.insert(QStringLiteral("A"), changed));
    QVERIFY(*tableChecksum(fixture.db(), QStringLiteral("cost_lines"), scopeA) != forward);
    VERIFY_OK(repository.deleteWindow(QStringLiteral("A"), range));
    changed = data.costLines;
    const auto defaultWorkspace = std::find_if(
        changed.begin(), changed.end(), [](const CostLine &line) { return line.workspaceId.isNull(); });
    QVERIFY(defaultWorkspace != changed.end());
    defaultWorkspace->workspaceId = QStringLiteral("");
    VERIFY_OK(repository.insert(QStringLiteral("A"), changed));
    QVERIFY(*tableChecksum(fixture.db(), QStringLiteral("cost_lines"), scopeA) != forward);

    QVERIFY(!tableChecksum(fixture.db(), QStringLiteral("sqlite_master")).ok());
}

void TestStoreChecks::checksumIsTheSameOnBothEngines()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine != QLatin1String("sqlite"))
        QSKIP("compares both engines once, from the sqlite row");
    if (test::postgresTestUrl().isEmpty())
        QSKIP(test::postgresSkipMessage());
    StoreFixture sqlite(QStringLiteral("sqlite"));
    StoreFixture postgres(QStringLiteral("postgres"));
    QVERIFY2(sqlite.isValid(), qPrintable(sqlite.error()));
    QVERIFY2(postgres.isValid(), qPrintable(postgres.error()));
    const WindowData data = test::sampleWindow(QStringLiteral("A"), test::month(2024, 2), 7, 4);
    for (StoreFixture *fixture : {&sqlite, &postgres}) {
        WindowStore store(fixture->db(), m_clock);
        VERIFY_OK(store.replaceWindow(data, QStringLiteral("x")));
    }
    for (const StoreSchema::Table &table : StoreSchema::tables()) {
        if (table.name == QLatin1String("audit_log"))
            continue; // ids come from each engine's sequence: equal here, but not a property to rely on
        auto a = tableChecksum(sqlite.db(), table.name);
        auto b = tableChecksum(postgres.db(), table.name);
        VERIFY_OK(a);
        VERIFY_OK(b);
        QVERIFY2(*a == *b, qPrintable(table.name));
    }
}

QTEST_GUILESS_MAIN(TestStoreChecks)
#include "tst_storechecks.moc"
