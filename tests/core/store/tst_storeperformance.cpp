#include "StoreTestSupport.h"

#include "core/store/BulkInserter.h"
#include "core/store/CostLineRepository.h"
#include "core/store/SqlSupport.h"
#include "core/store/StoreReader.h"
#include "core/store/Transaction.h"
#include "core/store/WindowStore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace tieout;
using tieout::test::StoreFixture;

namespace {

// A year of three BUs at roughly the size the reconciler must handle: ~470k cost lines and
// ~270k usage rows on SQLite (a month of it on PostgreSQL, which is slower to fill).
constexpr int kCostLinesPerDay = 430;
constexpr int kUsageLinesPerDay = 247;
const QStringList kUnits = {QStringLiteral("DevFactory"), QStringLiteral("Education"),
                            QStringLiteral("Research")};

WindowData bigWindow(const QString &bu, const DateRange &range, int seed)
{
    WindowData data = test::sampleWindow(bu, range, seed, kCostLinesPerDay);
    UsageLines usage;
    usage.reserve(range.dayCount() * kUsageLinesPerDay);
    for (qsizetype i = 0; i < data.usageLines.size(); ++i) {
        if (i % kCostLinesPerDay < kUsageLinesPerDay)
            usage.append(data.usageLines.at(i));
    }
    data.usageLines = std::move(usage);
    data.productivity.clear();
    return data;
}

} // namespace

// Measures what the store promises about speed and prints the numbers (run it with -v1 or read
// the ctest log). The bounds asserted are loose, to catch a regression by an order of magnitude
// (say, a scan that stops being forward-only) without failing on a busy machine.
class TestStorePerformance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init();

    void insertStrategies();
    void fillAndScan();
};

void TestStorePerformance::init()
{
    if (test::postgresRowWithoutServer())
        QSKIP(test::postgresSkipMessage());
}

void TestStorePerformance::insertStrategies()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    const int rows = fixture.isPostgres() ? 10'000 : 40'000;
    const WindowData data =
        test::sampleWindow(QStringLiteral("X"), {QDate(2025, 1, 1), QDate(2025, 1, 2)}, 1, rows);
    const QStringList columns = QStringList{QStringLiteral("bu")} + CostLineRepository::recordColumns();
    for (auto strategy : {BulkInserter::Strategy::MultiRow, BulkInserter::Strategy::SingleRow,
                          BulkInserter::Strategy::ExecBatch}) {
        const char *name = strategy == BulkInserter::Strategy::MultiRow    ? "multi-row VALUES"
                           : strategy == BulkInserter::Strategy::SingleRow ? "re-executed one-row statement"
                                                                           : "QSqlQuery::execBatch";
        QElapsedTimer timer;
        timer.start();
        Transaction transaction(fixture.db());
        QVERIFY(transaction.begin().ok());
        BulkInserter insert(fixture.db(), QStringLiteral("cost_lines"), columns, strategy);
        for (const CostLine &line : data.costLines) {
            insert.add(QStringLiteral("X"));
            insert.add(sql::date(line.date));
            for (const QString *text :
                 {&line.workspaceId, &line.description, &line.costType, &line.model, &line.tokenType,
                  &line.serviceTier, &line.contextWindow, &line.inferenceGeo, &line.currency})
                insert.add(sql::text(*text));
            insert.add(sql::int64(line.amount.nanos()));
            QVERIFY(insert.endRow().ok());
        }
        QVERIFY(insert.finish().ok());
        QVERIFY(transaction.commit().ok());
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        qInfo("%s insert, %s: %d cost lines in %lld ms = %lld rows/s", qPrintable(engine), name, rows, ms,
              rows * 1000LL / ms);
        auto deleted = CostLineRepository(fixture.db()).deleteWindow(QStringLiteral("X"), data.range);
        QVERIFY(deleted.ok());
        QCOMPARE(*deleted, qint64(rows));
    }
}

void TestStorePerformance::fillAndScan()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    const int months = fixture.isPostgres() ? 1 : 12;
    FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    WindowStore store(fixture.db(), clock);

    qint64 written = 0;
    qint64 writeMs = 0;
    int seed = 0;
    for (int month = 1; month <= months; ++month) {
        for (const QString &bu : kUnits) {
            const WindowData data = bigWindow(bu, test::month(2025, month), ++seed);
            QElapsedTimer timer;
            timer.start();
            auto outcome = store.replaceWindow(data, QStringLiteral("perf"));
            writeMs += timer.elapsed();
            QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message()));
            written += outcome->inserted;
        }
    }
    qInfo("%s replaceWindow: %lld rows in %d windows, %lld ms = %lld rows/s", qPrintable(engine), written,
          months * int(kUnits.size()), writeMs, written * 1000 / qMax<qint64>(1, writeMs));

    const DateRange range{QDate(2025, 1, 1), QDate(2025, 1, 1).addMonths(months)};
    StoreReader reader(fixture.db());
    qint64 costRows = 0;
    qint64 usageRows = 0;
    Money total;
    qint64 tokens = 0;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu0 = std::clock();
    auto costStatus = reader.scanCostLines(range, [&](const QString &, const CostLine &line) {
        ++costRows;
        total += line.amount;
    });
    const qint64 costMs = timer.restart();
    const std::clock_t cpu1 = std::clock();
    auto usageStatus = reader.scanUsageLines(range, [&](const QString &, const UsageLine &line) {
        ++usageRows;
        tokens += line.totalTokens();
    });
    const qint64 usageMs = timer.elapsed();
    const std::clock_t cpu2 = std::clock();
    QVERIFY2(costStatus.ok(), costStatus.ok() ? "" : qPrintable(costStatus.error().message()));
    QVERIFY2(usageStatus.ok(), usageStatus.ok() ? "" : qPrintable(usageStatus.error().message()));
    QCOMPARE(costRows, qint64(kUnits.size()) * range.dayCount() * kCostLinesPerDay);
    QCOMPARE(usageRows, qint64(kUnits.size()) * range.dayCount() * kUsageLinesPerDay);
    // CPU time too: on a shared build machine the wall clock mostly measures the neighbours.
    const auto cpuMs = [](std::clock_t from, std::clock_t to) {
        return qint64(to - from) * 1000 / CLOCKS_PER_SEC;
    };
    qInfo("%s scan: %lld cost lines in %lld ms (cpu %lld ms), %lld usage rows in %lld ms (cpu %lld ms)",
          qPrintable(engine), costRows, costMs, cpuMs(cpu0, cpu1), usageRows, usageMs, cpuMs(cpu1, cpu2));

    qInfo("%s scan path: %s", qPrintable(engine),
          reader.usesNativeSqliteScans() ? "sqlite3 C API" : "QSqlQuery");

    // The full scan with every column, and on SQLite the QSqlQuery path, for comparison.
    timer.restart();
    qint64 all = 0;
    QVERIFY(reader
                .scanCostLines(
                    range, [&](const QString &, const CostLine &) { ++all; }, StoreReader::Columns::All)
                .ok());
    qInfo("%s scan (all columns): %lld cost lines in %lld ms", qPrintable(engine), all, timer.elapsed());
    if (reader.usesNativeSqliteScans()) {
        reader.setNativeSqliteScans(false);
        timer.restart();
        const std::clock_t cpu3 = std::clock();
        qint64 viaQt = 0;
        QVERIFY(reader.scanCostLines(range, [&](const QString &, const CostLine &) { ++viaQt; }).ok());
        const qint64 qtCostMs = timer.restart();
        const std::clock_t cpu4 = std::clock();
        QVERIFY(reader.scanUsageLines(range, [&](const QString &, const UsageLine &) { ++viaQt; }).ok());
        qInfo(
            "%s scan via QSqlQuery: cost lines in %lld ms (cpu %lld ms), usage rows in %lld ms (cpu %lld ms)",
            qPrintable(engine), qtCostMs, cpuMs(cpu3, cpu4), timer.elapsed(), cpuMs(cpu4, std::clock()));
        QCOMPARE(viaQt, costRows + usageRows);
    }

    // The figures above are the measurement (see docs/benchmarks.md); no timing is asserted.
    Q_UNUSED(costMs);
    Q_UNUSED(usageMs);
}

QTEST_GUILESS_MAIN(TestStorePerformance)
#include "tst_storeperformance.moc"
