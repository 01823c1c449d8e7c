#include "StoreTestSupport.h"

#include "core/store/AuditRepository.h"
#include "core/store/CostLineRepository.h"
#include "core/store/CoverageRepository.h"
#include "core/store/RevisionRepository.h"
#include "core/store/StoreSchema.h"
#include "core/store/TableChecksum.h"
#include "core/store/WindowStore.h"

#include <QTest>
#include <QTimeZone>

using namespace tieout;

namespace {

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc());

QMap<QString, QByteArray> windowChecksums(const QSqlDatabase &db, const QString &bu, const DateRange &range)
{
    QMap<QString, QByteArray> sums;
    for (const QString &table : StoreSchema::factTables() + QStringList{QStringLiteral("fetch_coverage")}) {
        auto sum = tableChecksum(db, table, ChecksumScope{bu, range});
        sums.insert(table, sum.ok() ? *sum : QByteArray("error: ") + sum.error().message().toUtf8());
    }
    return sums;
}

QMap<QString, QByteArray> allChecksums(const QSqlDatabase &db)
{
    QMap<QString, QByteArray> sums;
    for (const StoreSchema::Table &table : StoreSchema::tables()) {
        auto sum = tableChecksum(db, table.name);
        sums.insert(table.name, sum.ok() ? *sum : QByteArray("error: ") + sum.error().message().toUtf8());
    }
    return sums;
}

Money billed(const WindowData &data)
{
    Money total;
    for (const CostLine &line : data.costLines)
        total += line.amount;
    return total;
}

} // namespace

// The backfill's unit of work: one transaction per (BU, window), idempotent, isolated from
// every other window, and all-or-nothing.
class TestWindowStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init();

    void replaceReportsCountsAndDollars();
    void replaceIsIdempotent();
    void otherWindowsAndBusAreUntouched_data();
    void otherWindowsAndBusAreUntouched();
    void failureRollsBackTheWholeWindow_data();
    void failureRollsBackTheWholeWindow();
    void rowsOutsideTheWindowAreRefused();
    void emptyFetchIsRecordedAsCovered();
    void onlyFetchedEndpointsAreReplaced();
    void loadReturnsWhatWasWritten();
    void dayTotalsAndRevisions();
};

void TestWindowStore::init()
{
    if (test::postgresRowWithoutServer())
        QSKIP(test::postgresSkipMessage());
}

void TestWindowStore::replaceReportsCountsAndDollars()
{
    OPEN_FIXTURE(fixture);
    FixedClock clock(kNow);
    WindowStore store(fixture.db(), clock);
    const WindowData first = test::sampleWindow(QStringLiteral("DevFactory"), test::month(2025, 1), 1, 4);
    auto outcome = store.replaceWindow(first, QStringLiteral("alice"));
    VERIFY_OK(outcome);
    const qint64 rows = first.costLines.size() + first.usageLines.size() + first.productivity.size();
    QCOMPARE(outcome->fetched, rows);
    QCOMPARE(outcome->deleted, qint64(0));
    QCOMPARE(outcome->inserted, rows);
    QCOMPARE(outcome->costLines.inserted, qint64(first.costLines.size()));
    QCOMPARE(outcome->usageLines.inserted, qint64(first.usageLines.size()));
    QCOMPARE(outcome->productivity.inserted, qint64(first.productivity.size()));
    QCOMPARE(outcome->apiKeys.inserted, qint64(first.apiKeys.size()));
    QCOMPARE(outcome->workspaces.inserted, qint64(first.workspaces.size()));
    QCOMPARE(outcome->coverage.inserted, qint64(31 * 3));
    QCOMPARE(outcome->billedBefore, Money());
    QCOMPARE(outcome->billedAfter, billed(first));
    QCOMPARE(outcome->logLine(), QStringLiteral("fetched=%1 deleted=0 inserted=%1").arg(rows));

    const WindowData second = test::sampleWindow(QStringLiteral("DevFactory"), test::month(2025, 1), 2, 2);
    outcome = store.replaceWindow(second, QStringLiteral("bob"));
    VERIFY_OK(outcome);
    QCOMPARE(outcome->deleted, rows);
    QCOMPARE(outcome->inserted,
             qint64(second.costLines.size() + second.usageLines.size() + second.productivity.size()));
    QCOMPARE(outcome->billedBefore, billed(first));
    QCOMPARE(outcome->billedAfter, billed(second));
    QCOMPARE(outcome->coverage.deleted, qint64(31 * 3));

    auto audit = AuditRepository(fixture.db()).recent(10);
    VERIFY_OK(audit);
    QCOMPARE(audit->size(), 2);
    const AuditRecord &last = audit->first();
    QCOMPARE(last.actor, QStringLiteral("bob"));
    QCOMPARE(last.action, QStringLiteral("replace_window"));
    QCOMPARE(last.businessUnit, QStringLiteral("DevFactory"));
    QCOMPARE(last.windowFrom, QDate(2025, 1, 1));
    QCOMPARE(last.windowTo, QDate(2025, 2, 1));
    QCOMPARE(last.at, kNow);
    QCOMPARE(last.deleted, rows);
    QCOMPARE(last.inserted, outcome->inserted);
    QCOMPARE(last.billedBefore, billed(first));
    QCOMPARE(last.billedAfter, billed(second));
    QVERIFY2(last.detail.contains(QLatin1String("cost_lines fetched=")), qPrintable(last.detail));
}

void TestWindowStore::replaceIsIdempotent()
{
    OPEN_FIXTURE(fixture);
    FixedClock clock(kNow);
    WindowStore store(fixture.db(), clock);
    const WindowData data = test::sampleWindow(QStringLiteral("DevFactory"), test::month(2025, 7), 3);
    VERIFY_OK(store.replaceWindow(data, QStringLiteral("cron")));
    auto once = allChecksums(fixture.db());
    auto outcome = store.replaceWindow(data, QStringLiteral("cron"));
    VERIFY_OK(outcome);
    auto twice = allChecksums(fixture.db());
    QCOMPARE(outcome->deleted, outcome->inserted);
    QCOMPARE(outcome->billedBefore, outcome->billedAfter);
    // Everything but the audit log (which records both runs) is byte-identical.
    QVERIFY(once.take(QStringLiteral("audit_log")) != twice.take(QStringLiteral("audit_log")));
    QCOMPARE(twice, once);
}

void TestWindowStore::otherWindowsAndBusAreUntouched_data()
{
    QTest::addColumn<QDate>("first"); // first day of the month replaced
    QTest::newRow("December into January") << QDate(2024, 12, 1);
    QTest::newRow("January after December") << QDate(2025, 1, 1);
    QTest::newRow("leap February") << QDate(2024, 2, 1);
    QTest::newRow("plain February") << QDate(2025, 2, 1);
    QTest::newRow("31-day March") << QDate(2025, 3, 1);
    QTest::newRow("30-day April") << QDate(2025, 4, 1);
    QTest::newRow("31-day August after July") << QDate(2025, 8, 1);
}

void TestWindowStore::otherWindowsAndBusAreUntouched()
{
    OPEN_FIXTURE(fixture);
    QFETCH(QDate, first);
    FixedClock clock(kNow);
    WindowStore store(fixture.db(), clock);
    const DateRange target{first, first.addMonths(1)};
    const DateRange before{first.addMonths(-1), first};
    const DateRange after{first.addMonths(1), first.addMonths(2)};
    const QString bu = QStringLiteral("DevFactory");
    const QString other = QStringLiteral("Education");

    // Neighbours on both sides, the same month in another BU, and the target itself.
    int seed = 10;
    for (const auto &[unit, range] :
         {std::pair{bu, before}, std::pair{bu, target}, std::pair{bu, after}, std::pair{other, target}})
        VERIFY_OK(store.replaceWindow(test::sampleWindow(unit, range, seed++, 3), QStringLiteral("setup")));

    const auto neighbours = [&] {
        return QList<QMap<QString, QByteArray>>{windowChecksums(fixture.db(), bu, before),
                                                windowChecksums(fixture.db(), bu, after),
                                                windowChecksums(fixture.db(), other, target)};
    };
    const auto untouched = neighbours();

    const WindowData replacement = test::sampleWindow(bu, target, 99, 5);
    auto outcome = store.replaceWindow(replacement, QStringLiteral("operator"));
    VERIFY_OK(outcome);
    QCOMPARE(neighbours(), untouched);

    // The target now holds exactly the replacement, with coverage for each of its days.
    auto loaded = store.load(bu, target);
    VERIFY_OK(loaded);
    QCOMPARE(test::sortedCostLines(loaded->costLines), test::sortedCostLines(replacement.costLines));
    QCOMPARE(test::sortedUsageLines(loaded->usageLines), test::sortedUsageLines(replacement.usageLines));
    auto coverage = CoverageRepository(fixture.db()).load(target, bu);
    VERIFY_OK(coverage);
    QCOMPARE(coverage->size(), first.daysInMonth() * 3);
    QCOMPARE(coverage->first().date, first);
    QCOMPARE(coverage->last().date, target.toExclusive.addDays(-1));
}

void TestWindowStore::failureRollsBackTheWholeWindow_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("closeConnection");
    QTest::newRow("after the deletes") << "deleted" << false;
    QTest::newRow("after the inserts") << "inserted" << false;
    QTest::newRow("just before commit") << "before-commit" << false;
    QTest::newRow("connection lost mid-write") << "inserted" << true;
}

void TestWindowStore::failureRollsBackTheWholeWindow()
{
    OPEN_FIXTURE(fixture);
    QFETCH(QString, stage);
    QFETCH(bool, closeConnection);
    FixedClock clock(kNow);
    const DateRange range = test::month(2025, 5);
    const QString bu = QStringLiteral("DevFactory");
    {
        WindowStore store(fixture.db(), clock);
        VERIFY_OK(store.replaceWindow(test::sampleWindow(bu, range, 1, 3), QStringLiteral("setup")));
    }
    const auto before = allChecksums(fixture.db());
    {
        WindowStore store(fixture.db(), clock);
        store.setFaultInjector([&](QSqlDatabase &db, const QString &at) -> Status {
            if (at != stage)
                return okStatus();
            if (closeConnection) {
                db.close(); // the next statement fails as if the server went away
                return okStatus();
            }
            return Error(ErrorCode::Database, QStringLiteral("injected failure at %1").arg(at));
        });
        WindowData changed = test::sampleWindow(bu, range, 2, 4);
        changed.apiKeys.append({QStringLiteral("apikey_new"), QStringLiteral("New"), {}, {}});
        auto outcome = store.replaceWindow(changed, QStringLiteral("operator"));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code(), ErrorCode::Database);
        QVERIFY2(outcome.error().message().contains(QLatin1String("BU DevFactory, window 2025-05")),
                 qPrintable(outcome.error().message()));
        QVERIFY2(outcome.error().message().contains(QLatin1String("rolled back")),
                 qPrintable(outcome.error().message()));
    }
    // A fresh connection (the old one may be gone) sees exactly what was there before.
    QCOMPARE(allChecksums(fixture.db()), before);
}

void TestWindowStore::rowsOutsideTheWindowAreRefused()
{
    OPEN_FIXTURE(fixture);
    FixedClock clock(kNow);
    WindowStore store(fixture.db(), clock);
    const auto before = allChecksums(fixture.db());
    WindowData data = test::sampleWindow(QStringLiteral("A"), test::month(2025, 1), 1, 2);
    data.usageLines[3].date = QDate(2025, 2, 1); // the exclusive end is outside
    auto outcome = store.replaceWindow(data, QStringLiteral("x"));
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message().contains(QLatin1String("2025-02-01")),
             qPrintable(outcome.error().message()));
    QVERIFY(outcome.error().message().contains(QLatin1String("BU A, window 2025-01")));
    QCOMPARE(allChecksums(fixture.db()), before);
}

void TestWindowStore::emptyFetchIsRecordedAsCovered()
{
    OPEN_FIXTURE(fixture);
    FixedClock clock(kNow);
    WindowStore store(fixture.db(), clock);
    const DateRange range = test::month(2024, 2);
    VERIFY_OK(store.replaceWindow(test::sampleWindow(QStringLiteral("A"), range, 1, 2), QStringLiteral("x")));
    WindowData empty;
    empty.businessUnit = QStringLiteral("A");
    empty.range = range;
    auto outcome = store.replaceWindow(empty, QStringLiteral("x"));
    VERIFY_OK(outcome);
    QCOMPARE(outcome->inserted, qint64(0));
    QVERIFY(outcome->deleted > 0);
    QCOMPARE(outcome->billedAfter, Money());
    auto coverage = CoverageRepository(fixture.db()).load(range, QStringLiteral("A"));
    VERIFY_OK(coverage);
    QCOMPARE(coverage->size(), 29 * 3);
    QVERIFY(std::all_of(coverage->cbegin(), coverage->cend(),
                        [](const CoverageRecord &r) { return r.rowCount == 0; }));
    auto totals = store.dayTotals(QStringLiteral("A"), range);
    VERIFY_OK(totals);
    QCOMPARE(totals->size(), 29);
    QVERIFY(totals->value(QDate(2024, 2, 29)).covered);
    QCOMPARE(totals->value(QDate(2024, 2, 29)).costRows, qint64(0));
}

void TestWindowStore::onlyFetchedEndpointsAreReplaced()
{
    OPEN_FIXTURE(fixture);
    FixedClock clock(kNow);
    WindowStore store(fixture.db(), clock);
    const DateRange range = test::month(2025, 9);
    const QString bu = QStringLiteral("A");
    VERIFY_OK(store.replaceWindow(test::sampleWindow(bu, range, 1, 2), QStringLiteral("x")));
    const auto before = windowChecksums(fixture.db(), bu, range);

    WindowData costsOnly = test::sampleWindow(bu, range, 2, 3);
    costsOnly.usageLines.clear();
    costsOnly.productivity.clear();
    WindowStore::WriteOptions options;
    options.endpoints = {CoverageEndpoint::CostReport};
    VERIFY_OK(store.replaceWindow(costsOnly, QStringLiteral("x"), options));
    const auto after = windowChecksums(fixture.db(), bu, range);
    QVERIFY(after.value(QStringLiteral("cost_lines")) != before.value(QStringLiteral("cost_lines")));
    QCOMPARE(after.value(QStringLiteral("usage_lines")), before.value(QStringLiteral("usage_lines")));
    QCOMPARE(after.value(QStringLiteral("productivity")), before.value(QStringLiteral("productivity")));

    // Rows for an endpoint that was not fetched are a caller bug, refused before writing.
    WindowData mixed = test::sampleWindow(bu, range, 3, 1);
    auto refused = store.replaceWindow(mixed, QStringLiteral("x"), options);
    QVERIFY(!refused.ok());
    QCOMPARE(windowChecksums(fixture.db(), bu, range), after);
}

void TestWindowStore::loadReturnsWhatWasWritten()
{
    OPEN_FIXTURE(fixture);
    FixedClock clock(kNow);
    WindowStore store(fixture.db(), clock);
    const WindowData data = test::sampleWindow(QStringLiteral("Education"), test::month(2024, 12), 4, 3);
    VERIFY_OK(store.replaceWindow(data, QStringLiteral("x")));
    auto loaded = store.load(data.businessUnit, data.range);
    VERIFY_OK(loaded);
    QCOMPARE(loaded->businessUnit, data.businessUnit);
    QCOMPARE(loaded->range, data.range);
    QCOMPARE(test::sortedCostLines(loaded->costLines), test::sortedCostLines(data.costLines));
    QCOMPARE(test::sortedUsageLines(loaded->usageLines), test::sortedUsageLines(data.usageLines));
    QCOMPARE(test::sortedProductivity(loaded->productivity), test::sortedProductivity(data.productivity));
    QCOMPARE(loaded->apiKeys, data.apiKeys);
    QCOMPARE(loaded->workspaces, data.workspaces);
    // Loading (a preview) writes nothing.
    const auto sums = allChecksums(fixture.db());
    VERIFY_OK(store.load(data.businessUnit, data.range));
    VERIFY_OK(store.dayTotals(data.businessUnit, data.range));
    QCOMPARE(allChecksums(fixture.db()), sums);
}

void TestWindowStore::dayTotalsAndRevisions()
{
    OPEN_FIXTURE(fixture);
    FixedClock clock(kNow);
    WindowStore store(fixture.db(), clock);
    const QString bu = QStringLiteral("A");
    const DateRange range{QDate(2025, 12, 29), QDate(2026, 1, 3)}; // a sync lookback across the year end
    WindowData data = test::sampleWindow(bu, range, 1, 2);
    auto first = store.replaceWindow(data, QStringLiteral("sync"),
                                     {allCoverageEndpoints(), true, QStringLiteral("sync")});
    VERIFY_OK(first);
    QVERIFY2(first->revisions.isEmpty(), "days never fetched before are not revisions");

    auto totals = store.dayTotals(bu, range);
    VERIFY_OK(totals);
    QCOMPARE(totals->size(), 5);
    QCOMPARE(totals->firstKey(), QDate(2025, 12, 29));
    QCOMPARE(totals->lastKey(), QDate(2026, 1, 2));
    Money sum;
    for (const DayTotal &day : std::as_const(*totals)) {
        QVERIFY(day.covered);
        QCOMPARE(day.costRows, qint64(2));
        sum += day.billed;
    }
    QCOMPARE(sum, billed(data));

    // Anthropic restates 2026-01-01: one amount changes.
    for (CostLine &line : data.costLines) {
        if (line.date == QDate(2026, 1, 1)) {
            line.amount += Money::fromNanos(500'000'000);
            break;
        }
    }
    clock.set(kNow.addDays(1));
    auto second = store.replaceWindow(data, QStringLiteral("sync"),
                                      {allCoverageEndpoints(), true, QStringLiteral("sync")});
    VERIFY_OK(second);
    QCOMPARE(second->revisions.size(), 1);
    const RevisionRecord &revision = second->revisions.first();
    QCOMPARE(revision.date, QDate(2026, 1, 1));
    QCOMPARE(revision.billedAfter - revision.billedBefore, Money::fromNanos(500'000'000));
    QCOMPARE(revision.usageTokensAfter, revision.usageTokensBefore);
    QCOMPARE(revision.detectedAt, kNow.addDays(1));
    auto stored = RevisionRepository(fixture.db()).load(range, bu);
    VERIFY_OK(stored);
    QCOMPARE(*stored, second->revisions);
    QCOMPARE(AuditRepository(fixture.db()).recent(1)->first().action, QStringLiteral("sync"));
}

QTEST_GUILESS_MAIN(TestWindowStore)
#include "tst_windowstore.moc"
