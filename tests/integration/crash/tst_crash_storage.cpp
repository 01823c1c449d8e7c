#include "CrashSupport.h"

#include "core/store/SqlSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace tieout;
using namespace tieout::test;

// Crash safety (SPEC §6, §8): the database refuses writes or runs out of space. The CLI exits 4
// with a message that names the database, the windows finished before the failure are intact,
// the window being written is as it was, and a re-run once the fault is gone converges.
//  - disk full mid-run (SQLite): the CLI runs under RLIMIT_FSIZE, so SQLite's writes fail EFBIG;
//  - read-only from the start: a SQLite file the CLI may not write (chmod 0444, as a user other
//    than the owner) and a PostgreSQL session with default_transaction_read_only;
//  - writes refused mid-run (PostgreSQL): after two windows a trigger starts refusing every
//    write with SQLSTATE 25006, as a server switched to read-only would.
class TestCrashStorage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase();
    void init();
    void diskFullMidRunKeepsFinishedWindows();
    void readOnlyDatabaseIsRefused();
    void writesRefusedMidRunKeepFinishedWindows();

private:
    std::unique_ptr<StoreFixture> cleanStore(const QString &engine);
    void checkFailedRun(StoreFixture &store, StoreFixture &clean, const QProcess &process, const QByteArray &out,
                        const QByteArray &err, const Sums &before);

    SandboxProcess m_sandbox;
    SandboxProcess m_restated;
    QTemporaryDir m_dir;
    QString m_config;
    QString m_restatedConfig;
};

namespace {
const YearMonth From = *YearMonth::parse(QStringLiteral("2025-01"));
const YearMonth To = *YearMonth::parse(QStringLiteral("2025-04"));

// Runs the CLI to its end; stdout and stderr are kept in the process's buffers.
void runToEnd(QProcess &process, const CliRunner &runner, const QStringList &arguments)
{
    startCli(process, runner, arguments);
    if (!process.waitForFinished(300'000))
        qFatal("tieout-cli did not finish");
}

// Whether a user other than the owner may run `program`: every folder on its path searchable.
bool othersCanRun(const QString &program)
{
    QFileInfo info(program);
    if (!info.permission(QFileDevice::ExeOther))
        return false;
    for (QDir dir = info.absoluteDir(); !dir.isRoot(); dir.cdUp()) {
        if (!QFileInfo(dir.absolutePath()).permission(QFileDevice::ExeOther))
            return false;
    }
    return true;
}

// "MONTH 2025-02 BU Research done: …" lines → "Research 2025-02".
QStringList finishedWindows(const QByteArray &out)
{
    static const QRegularExpression done(QStringLiteral("^MONTH (\\d{4}-\\d{2}) BU (\\S+) done:"),
                                         QRegularExpression::MultilineOption);
    QStringList windows;
    for (auto it = done.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
        const auto match = it.next();
        windows.append(match.captured(2) + u' ' + match.captured(1));
    }
    return windows;
}
} // namespace

void TestCrashStorage::initTestCase()
{
    const QStringList common{QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--last-day"),
                             QStringLiteral("2026-06-30")};
    QVERIFY2(m_sandbox.start(common), qPrintable(m_sandbox.error()));
    QVERIFY2(m_restated.start(common + QStringList{QStringLiteral("--restate-from"), QStringLiteral("2024-12-01")}),
             qPrintable(m_restated.error()));
    m_config = writeDemoConfig(m_dir, m_sandbox.baseUrl(), QStringLiteral("tieout.json"));
    m_restatedConfig = writeDemoConfig(m_dir, m_restated.baseUrl(), QStringLiteral("restated.json"));
}

void TestCrashStorage::init()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine == QLatin1String("postgres") && postgresTestUrl().isEmpty())
        QSKIP(postgresSkipMessage());
}

std::unique_ptr<StoreFixture> TestCrashStorage::cleanStore(const QString &engine)
{
    auto clean = std::make_unique<StoreFixture>(engine);
    if (!clean->isValid() || crashRunner(m_config, *clean).run(backfillArguments(From, To)).exitCode != 0)
        qFatal("the clean run failed: %s", qPrintable(clean->error()));
    return clean;
}

void TestCrashStorage::checkFailedRun(StoreFixture &store, StoreFixture &clean, const QProcess &process,
                                      const QByteArray &out, const QByteArray &err, const Sums &before)
{
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 4, qPrintable(QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(QString::fromUtf8(err))));
    // The error names the database: the SQLite file, or the PostgreSQL server and database.
    const QString name = store.isPostgres() ? store.url().databaseName() : QFileInfo(store.url().path()).fileName();
    const QString failure = QString::fromUtf8(err).section(QStringLiteral("failed:"), 1);
    QVERIFY2(failure.contains(name), qPrintable(QStringLiteral("the error does not name %1: %2").arg(name, QString::fromUtf8(err))));
    qInfo().noquote() << failure.trimmed().section(u'\n', 0, 0);

    // Finished windows are intact, every other window is exactly as before.
    const Sums done = windowSums(clean, From, To);
    const Sums got = windowSums(store, From, To);
    const QStringList finished = finishedWindows(out);
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        const QString window = it.key().section(u' ', 0, 1);
        const Sums &expected = finished.contains(window) ? done : before;
        QVERIFY2(it.value() == expected.value(it.key()),
                 qPrintable(it.key() + (finished.contains(window) ? QStringLiteral(" is not the finished window")
                                                                 : QStringLiteral(" is not as before"))));
    }
    qInfo("%s: exit 4 after %lld finished window(s); the rest as before",
          QTest::currentTestFunction(), qlonglong(finished.size()));

    // Once the fault is gone, a re-run converges.
    QCOMPARE(crashRunner(m_config, store).run(backfillArguments(From, To)).exitCode, 0);
    QCOMPARE(wholeSums(store), wholeSums(clean));
}

void TestCrashStorage::diskFullMidRunKeepsFinishedWindows()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine != QLatin1String("sqlite"))
        QSKIP("a file-size limit only reaches an embedded database");
    const auto clean = cleanStore(engine);
    clean->database().closeThreadConnection(); // checkpoints the WAL into the file
    StoreFixture store(engine);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    const Sums before = windowSums(store, From, To);
    // No file may grow past a third of the finished database: the WAL fills up after a few of the
    // twelve windows, and every write after that fails with EFBIG.
    const rlim_t limit = rlim_t(QFileInfo(clean->url().path()).size() / 3);
    QProcess process;
    process.setChildProcessModifier([limit] {
        std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of being killed
        const struct rlimit size{limit, limit};
        setrlimit(RLIMIT_FSIZE, &size);
    });
    runToEnd(process, crashRunner(m_config, store), backfillArguments(From, To));
    const QByteArray out = process.readAllStandardOutput(), err = process.readAllStandardError();
    // SQLite reports EFBIG as "disk I/O error" (or "database or disk is full").
    QVERIFY2(err.contains("disk I/O error") || err.contains("disk is full"), err.constData());
    QVERIFY2(!finishedWindows(out).isEmpty(), "the limit left no room for a single window; nothing was tested");
    checkFailedRun(store, *clean, process, out, err, before);
}

void TestCrashStorage::readOnlyDatabaseIsRefused()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture store(engine);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    // Stored data from the other sandbox, so a write would change it.
    QCOMPARE(crashRunner(m_restatedConfig, store).run(backfillArguments(From, To)).exitCode, 0);
    const Sums before = windowSums(store, From, To);
    const Sums wholeBefore = wholeSums(store);
    CliRunner runner = crashRunner(m_config, store);
    QProcess process;
    if (store.isPostgres()) {
        runner.environment().insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c default_transaction_read_only=on"));
    } else {
        store.database().closeThreadConnection(); // checkpoints the WAL into the file
        QFile::setPermissions(store.url().path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QFile::setPermissions(QFileInfo(store.url().path()).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile::setPermissions(m_config, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ExeOther);
        if (geteuid() == 0) {
            // Root writes through any file mode: run the CLI as nobody, who may only read.
            if (!othersCanRun(CliRunner::program()))
                QSKIP("running as root, and the build folder is not open to other users");
            process.setChildProcessModifier([] {
                setgroups(0, nullptr);
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(120);
            });
        }
    }
    runToEnd(process, runner, backfillArguments(From, To));
    const QByteArray out = process.readAllStandardOutput(), err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 4, qPrintable(QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(QString::fromUtf8(err))));
    const QString name = store.isPostgres() ? store.url().databaseName() : QFileInfo(store.url().path()).fileName();
    const QString error = QString::fromUtf8(err).section(QStringLiteral("error:"), 1);
    QVERIFY2(error.contains(name), qPrintable(QStringLiteral("the error does not name %1: %2").arg(name, QString::fromUtf8(err))));
    QVERIFY2(error.contains(QRegularExpression(QStringLiteral("read-?only|readonly"))), err.constData());
    qInfo().noquote() << error.trimmed().section(u'\n', 0, 0);
    QVERIFY2(finishedWindows(out).isEmpty(), out.constData());
    QCOMPARE(windowSums(store, From, To), before);
    QCOMPARE(wholeSums(store), wholeBefore);
}

void TestCrashStorage::writesRefusedMidRunKeepFinishedWindows()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine != QLatin1String("postgres"))
        QSKIP("an open SQLite file cannot be made read-only under the process that holds it");
    StoreFixture store(engine);
    QVERIFY2(store.isValid(), qPrintable(store.error()));
    const Sums before = windowSums(store, From, To);
    QProcess process;
    startCli(process, crashRunner(m_config, store), backfillArguments(From, To));
    QByteArray out;
    while (out.count("done:") < 2 && process.waitForReadyRead(60'000))
        out += process.readAllStandardOutput();
    QSqlDatabase db = store.db();
    QVERIFY(sql::execStatement(db, QStringLiteral(
        "CREATE FUNCTION refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION 'cannot execute % in a read-only transaction', TG_OP USING ERRCODE = 'read_only_sql_transaction'; "
        "END $$"), QStringLiteral("create function")).ok());
    for (const char *table : {"cost_lines", "usage_lines", "productivity", "audit_log"})
        QVERIFY(sql::execStatement(db, QStringLiteral("CREATE TRIGGER refuse_writes BEFORE INSERT OR DELETE ON %1 "
                                                      "FOR EACH STATEMENT EXECUTE FUNCTION refuse_writes()").arg(QLatin1String(table)),
                                   QStringLiteral("create trigger")).ok());
    QVERIFY(process.waitForFinished(300'000));
    out += process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    for (const char *table : {"cost_lines", "usage_lines", "productivity", "audit_log"})
        QVERIFY(sql::execStatement(db, QStringLiteral("DROP TRIGGER refuse_writes ON %1").arg(QLatin1String(table)),
                                   QStringLiteral("drop trigger")).ok());
    QVERIFY2(QString::fromUtf8(err).contains(QLatin1String("read-only")), err.constData());
    checkFailedRun(store, *cleanStore(engine), process, out, err, before);
}

QTEST_GUILESS_MAIN(TestCrashStorage)
#include "tst_crash_storage.moc"
