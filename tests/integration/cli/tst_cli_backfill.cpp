#include "core/store/StoreTestSupport.h"
#include "core/store/TableChecksum.h"

#include "core/money/YearMonth.h"
#include "support/DemoConfig.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QSqlQuery>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace tieout;
using namespace tieout::test;

// The operator's backfill, end to end: the real CLI, the real sandbox over HTTP, on SQLite and
// PostgreSQL. Preview writes nothing, execute is idempotent and leaves other windows alone, a
// kill -9 mid-run loses nothing, and faults during execute change nothing in the result.
class TestCliBackfill final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase();
    void init();
    void previewWritesNothing();
    void executeTwiceIsIdenticalAndOtherWindowsUntouched();
    void monthBoundaries_data();
    void monthBoundaries();
    void killedMidRunLosesNothingAndRerunConverges();
    void faultsDuringExecuteChangeNothing();
    void syncRefetchesLookbackWindow();
    void syncRecordsRestatedDays();

private:
    using Checksums = QMap<QString, QByteArray>;
    Checksums checksums(StoreFixture &store, const std::optional<ChecksumScope> &scope = std::nullopt);
    CliRun runOn(StoreFixture &store, const QStringList &arguments, const QString &config = {});

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_config;
};

static const QStringList ReportTables = {QStringLiteral("cost_lines"), QStringLiteral("usage_lines"),
                                         QStringLiteral("productivity"), QStringLiteral("api_keys"),
                                         QStringLiteral("workspaces")};

void TestCliBackfill::initTestCase()
{
    // A fixed last day keeps the data independent of the date the suite runs on.
    QVERIFY2(m_sandbox.start({QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--first-day"),
                              QStringLiteral("2024-01-01"), QStringLiteral("--last-day"), QStringLiteral("2026-06-30")}),
             qPrintable(m_sandbox.error()));
    m_config = writeDemoConfig(m_dir, m_sandbox.baseUrl());
}

void TestCliBackfill::init()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine == QLatin1String("postgres") && postgresTestUrl().isEmpty())
        QSKIP(postgresSkipMessage());
}

TestCliBackfill::Checksums TestCliBackfill::checksums(StoreFixture &store, const std::optional<ChecksumScope> &scope)
{
    Checksums sums;
    for (const QString &table : ReportTables) {
        const bool dated = table != QLatin1String("api_keys") && table != QLatin1String("workspaces");
        auto sum = tableChecksum(store.db(), table, dated ? scope : std::nullopt);
        if (!sum)
            qFatal("checksum of %s failed: %s", qPrintable(table), qPrintable(sum.error().message()));
        sums.insert(table, *sum);
    }
    return sums;
}

CliRun TestCliBackfill::runOn(StoreFixture &store, const QStringList &arguments, const QString &config)
{
    CliRunner runner = demoRunner(config.isEmpty() ? m_config : config);
    runner.setDatabaseUrl(store.url().toString());
    return runner.run(arguments);
}

void TestCliBackfill::previewWritesNothing()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture store(engine, /*migrate=*/false);
    QVERIFY2(store.isValid(), qPrintable(store.error()));

    // Against a database that does not exist yet (a new SQLite path, an empty PostgreSQL schema):
    // nothing is created.
    const QStringList previewJuly{QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-07"),
                                  QStringLiteral("--to"), QStringLiteral("2025-07")};
    CliRunner fresh = demoRunner(m_config);
    const QString neverCreated = m_dir.filePath(QStringLiteral("never-created-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
    fresh.setDatabaseUrl(store.isPostgres() ? store.url().toString() : QStringLiteral("sqlite:") + neverCreated);
    const CliRun first = fresh.run(previewJuly);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QLatin1String("Nothing was written")), qPrintable(first.out));
    if (!store.isPostgres())
        QVERIFY(!QFile::exists(neverCreated));
    else
        QCOMPARE(*store.database().schemaVersion(), 0);

    // Against a populated database: every table and (SQLite) the file itself are unchanged.
    QCOMPARE(runOn(store, {QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-07"),
                           QStringLiteral("--to"), QStringLiteral("2025-07"), QStringLiteral("--execute")})
                 .exitCode,
             0);
    const Checksums before = checksums(store);
    QByteArray fileBefore;
    if (!store.isPostgres()) {
        store.database().closeThreadConnection(); // checkpoint the WAL so the file is complete
        QFile file(store.url().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        fileBefore = file.readAll();
    }
    const CliRun preview = runOn(store, {QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-06"),
                                         QStringLiteral("--to"), QStringLiteral("2025-08")});
    QCOMPARE(preview.exitCode, 0);
    // The stored month previews as unchanged; the others as pure inserts.
    QVERIFY2(preview.out.contains(QRegularExpression(QStringLiteral("DevFactory\\s+2025-07\\s+(\\d+)\\s+\\1\\s+\\1\\s+\\1\\s+0\\s+0\\s"))),
             qPrintable(preview.out));
    if (!store.isPostgres()) {
        QFile file(store.url().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll() == fileBefore, "the preview changed the SQLite file");
    }
    QCOMPARE(checksums(store), before);
}

void TestCliBackfill::executeTwiceIsIdenticalAndOtherWindowsUntouched()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture store(engine, false);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    const QStringList range{QStringLiteral("--from"), QStringLiteral("2025-06"), QStringLiteral("--to"),
                            QStringLiteral("2025-08")};
    const CliRun first = runOn(store, QStringList{QStringLiteral("backfill")} + range + QStringList{QStringLiteral("--execute")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out.count(QRegularExpression(QStringLiteral("^MONTH \\d{4}-\\d{2} BU \\w+ done: fetched=\\d+ deleted=0 inserted=\\d+"),
                                                QRegularExpression::MultilineOption)),
             qsizetype(9));
    const Checksums afterFirst = checksums(store);
    const ChecksumScope june{QStringLiteral("Education"), DateRange{QDate(2025, 6, 1), QDate(2025, 7, 1)}};
    const ChecksumScope august{QStringLiteral("Research"), DateRange{QDate(2025, 8, 1), QDate(2025, 9, 1)}};
    const Checksums juneBefore = checksums(store, june);
    const Checksums augustBefore = checksums(store, august);

    const CliRun second = runOn(store, QStringList{QStringLiteral("backfill")} + range + QStringList{QStringLiteral("--execute")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("changed=-0/+0")), qPrintable(second.out));
    QVERIFY(!second.out.contains(QRegularExpression(QStringLiteral("changed=-[1-9]"))));
    QCOMPARE(checksums(store), afterFirst);

    // Re-executing only July for one BU leaves June and August byte-identical.
    const CliRun july = runOn(store, {QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-07"),
                                      QStringLiteral("--to"), QStringLiteral("2025-07"), QStringLiteral("--bu"),
                                      QStringLiteral("Education"), QStringLiteral("--execute")});
    QCOMPARE(july.exitCode, 0);
    QCOMPARE(checksums(store, june), juneBefore);
    QCOMPARE(checksums(store, august), augustBefore);
}

void TestCliBackfill::monthBoundaries_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDate>("lastDay");
    QTest::newRow("december rolls into january") << "2025-12" << "2026-01" << QDate(2026, 1, 31);
    QTest::newRow("31-day month") << "2025-03" << "2025-03" << QDate(2025, 3, 31);
    QTest::newRow("february") << "2026-02" << "2026-02" << QDate(2026, 2, 28);
    QTest::newRow("leap february") << "2024-02" << "2024-02" << QDate(2024, 2, 29);
}

void TestCliBackfill::monthBoundaries()
{
    QFETCH_GLOBAL(QString, engine);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QDate, lastDay);
    StoreFixture store(engine, false);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    const CliRun run = runOn(store, {QStringLiteral("backfill"), QStringLiteral("--from"), from, QStringLiteral("--to"),
                                     to, QStringLiteral("--bu"), QStringLiteral("DevFactory"), QStringLiteral("--execute")});
    QCOMPARE(run.exitCode, 0);
    const QDate first = YearMonth::parse(from)->firstDay();
    const auto day = [](const QVariant &value) { return QDate::fromString(value.toString().left(10), Qt::ISODate); };
    // Coverage: every day of the range recorded as fetched (days without usage too), none outside.
    QSqlQuery query(store.db());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(DISTINCT date), MIN(date), MAX(date) FROM fetch_coverage")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), first.daysTo(lastDay) + 1);
    QCOMPARE(day(query.value(1)), first);
    QCOMPARE(day(query.value(2)), lastDay);
    // Data stays inside the window: the first and last day of the range are included, nothing beyond.
    QVERIFY(query.exec(QStringLiteral("SELECT MIN(date), MAX(date), COUNT(*) FROM usage_lines")));
    QVERIFY(query.next());
    QVERIFY(day(query.value(0)) >= first && day(query.value(0)) <= first.addDays(3));
    QVERIFY(day(query.value(1)) <= lastDay && day(query.value(1)) >= lastDay.addDays(-3));
    QVERIFY(query.value(2).toLongLong() > 0);
}

void TestCliBackfill::killedMidRunLosesNothingAndRerunConverges()
{
    QFETCH_GLOBAL(QString, engine);
    const QStringList args{QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-01"),
                           QStringLiteral("--to"), QStringLiteral("2025-12"), QStringLiteral("--execute")};
    StoreFixture clean(engine, false);
    QVERIFY2(clean.isValid(), qPrintable(clean.error()));
    QCOMPARE(runOn(clean, args).exitCode, 0);
    const Checksums expected = checksums(clean);

    StoreFixture killed(engine, false);
    QVERIFY2(killed.isValid(), qPrintable(killed.error()));
    CliRunner runner = demoRunner(m_config);
    runner.setDatabaseUrl(killed.url().toString());
    QProcess process;
    process.setProcessEnvironment(runner.environment());
    process.start(CliRunner::program(), runner.argumentsFor(args));
    QVERIFY(process.waitForStarted());
    QByteArray output;
    // Kill as soon as the second window is done, while others are being fetched and written.
    while (output.count("done:") < 2 && process.waitForReadyRead(60'000))
        output += process.readAllStandardOutput();
    process.kill(); // SIGKILL
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    // Every window is either exactly the clean result or exactly as before (empty): never half.
    for (const QString &bu : DemoBusinessUnits) {
        for (int month = 1; month <= 12; ++month) {
            const ChecksumScope scope{bu, DateRange{QDate(2025, month, 1), QDate(2025, month, 1).addMonths(1)}};
            const Checksums got = checksums(killed, scope);
            QSqlQuery count(killed.db());
            QVERIFY(count.prepare(QStringLiteral("SELECT COUNT(*) FROM cost_lines WHERE bu = ? AND date >= ? AND date < ?")));
            count.addBindValue(bu);
            count.addBindValue(scope.range->from.toString(Qt::ISODate));
            count.addBindValue(scope.range->toExclusive.toString(Qt::ISODate));
            QVERIFY(count.exec() && count.next());
            if (count.value(0).toLongLong() == 0)
                continue; // untouched window
            QCOMPARE(got.value(QStringLiteral("cost_lines")), checksums(clean, scope).value(QStringLiteral("cost_lines")));
            QCOMPARE(got.value(QStringLiteral("usage_lines")), checksums(clean, scope).value(QStringLiteral("usage_lines")));
        }
    }
    QCOMPARE(runOn(killed, args).exitCode, 0);
    QCOMPARE(checksums(killed), expected);
}

void TestCliBackfill::faultsDuringExecuteChangeNothing()
{
    QFETCH_GLOBAL(QString, engine);
    SandboxProcess faulty;
    QVERIFY2(faulty.start({QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--last-day"),
                           QStringLiteral("2026-06-30"), QStringLiteral("--faults"), QStringLiteral("all"),
                           QStringLiteral("--fault-rate"), QStringLiteral("0.3"), QStringLiteral("--slow-ms"),
                           QStringLiteral("300")}),
             qPrintable(faulty.error()));
    const QString faultyConfig = writeDemoConfig(m_dir, faulty.baseUrl(), QStringLiteral("faulty.json"));
    const QStringList args{QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-05"),
                           QStringLiteral("--to"), QStringLiteral("2025-05"), QStringLiteral("--execute")};

    StoreFixture clean(engine, false);
    StoreFixture withFaults(engine, false);
    QVERIFY2(clean.isValid() && withFaults.isValid(), qPrintable(clean.error() + withFaults.error()));
    QCOMPARE(runOn(clean, args).exitCode, 0);
    const CliRun run = runOn(withFaults, args, faultyConfig);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(checksums(withFaults), checksums(clean));
}

void TestCliBackfill::syncRefetchesLookbackWindow()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture store(engine, false);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    const CliRun first = runOn(store, {QStringLiteral("sync"), QStringLiteral("--lookback-days"), QStringLiteral("2")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(first.out.count(QStringLiteral("SYNC BU ")), qsizetype(3));
    const Checksums before = checksums(store);
    const CliRun second = runOn(store, {QStringLiteral("sync"), QStringLiteral("--lookback-days"), QStringLiteral("2")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("revisions=0")), qPrintable(second.out));
    QCOMPARE(checksums(store), before);
}

void TestCliBackfill::syncRecordsRestatedDays()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture store(engine, false);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--lookback-days"), QStringLiteral("3")};
    CliRunner runner = demoRunner(m_config);
    runner.setDatabaseUrl(store.url().toString());
    runner.environment().insert(QStringLiteral("TIEOUT_TODAY"), QStringLiteral("2026-06-20"));
    const CliRun first = runner.run(sync);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("SYNC BU DevFactory 2026-06-17..2026-06-20 done")), qPrintable(first.out));

    // The API restates 2026-06-19 onwards: the next sync records those days, and only those.
    SandboxProcess restated;
    QVERIFY2(restated.start({QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--last-day"),
                             QStringLiteral("2026-06-30"), QStringLiteral("--restate-from"), QStringLiteral("2026-06-19")}),
             qPrintable(restated.error()));
    runner.setConfigPath(writeDemoConfig(m_dir, restated.baseUrl(), QStringLiteral("restated.json")));
    const CliRun second = runner.run(sync);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(QLatin1String("REVISION DevFactory 2026-06-19")), qPrintable(second.out));
    QVERIFY(!second.out.contains(QLatin1String("2026-06-18 billed_usd")));

    QSqlQuery query(store.db());
    QVERIFY(query.exec(QStringLiteral("SELECT MIN(date), COUNT(*) FROM revisions")));
    QVERIFY(query.next());
    QCOMPARE(QDate::fromString(query.value(0).toString().left(10), Qt::ISODate), QDate(2026, 6, 19));
    QVERIFY(query.value(1).toLongLong() >= 3); // at least one restated day per BU

    // Nothing changed since: a third sync records nothing new.
    const CliRun third = runner.run(sync);
    QCOMPARE(third.exitCode, 0);
    QVERIFY2(!third.out.contains(QLatin1String("REVISION")), qPrintable(third.out));
}

QTEST_GUILESS_MAIN(TestCliBackfill)
#include "tst_cli_backfill.moc"

