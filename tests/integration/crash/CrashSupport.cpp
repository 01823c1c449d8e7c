#include "CrashSupport.h"

#include "core/store/TableChecksum.h"

#include <QThread>
#include <QSqlQuery>
#include <QSqlError>
#include <QDeadlineTimer>

namespace tieout::test {

namespace {

const QStringList DatedTables{QStringLiteral("cost_lines"), QStringLiteral("usage_lines"), QStringLiteral("productivity")};
const QStringList UndatedTables{QStringLiteral("api_keys"), QStringLiteral("workspaces")};

QByteArray checksum(StoreFixture &store, const QString &table, const std::optional<ChecksumScope> &scope)
{
    const auto sum = tableChecksum(store.db(), table, scope);
    if (!sum)
        qFatal("checksum of %s failed: %s", qPrintable(table), qPrintable(sum.error().message()));
    return *sum;
}

QString windowKey(const QString &bu, YearMonth month)
{
    return bu + u' ' + month.toString();
}

QList<YearMonth> monthsOf(YearMonth from, YearMonth to)
{
    QList<YearMonth> months;
    for (YearMonth month = from; !(to < month); month = month.next())
        months.append(month);
    return months;
}

bool windowEquals(const Sums &a, const Sums &b, const QString &window)
{
    for (const QString &table : DatedTables) {
        const QString key = window + u' ' + table;
        if (a.value(key) != b.value(key))
            return false;
    }
    return true;
}

} // namespace

CliRunner crashRunner(const QString &configPath, const StoreFixture &store)
{
    CliRunner runner = demoRunner(configPath);
    runner.setDatabaseUrl(store.url().toString());
    return runner;
}

QStringList backfillArguments(YearMonth from, YearMonth to)
{
    return {QStringLiteral("backfill"), QStringLiteral("--from"), from.toString(), QStringLiteral("--to"), to.toString(),
            QStringLiteral("--execute")};
}

Sums wholeSums(StoreFixture &store)
{
    Sums sums;
    for (const QString &table : DatedTables + UndatedTables)
        sums.insert(table, checksum(store, table, std::nullopt));
    return sums;
}

void waitForOrphanedSessions(StoreFixture &store, qint64 killedPid)
{
    if (!store.isPostgres())
        return; // SQLite: a killed writer's transaction is rolled back by the next opener
    // A killed client's server session may still be finishing the transaction it had sent
    // (PostgreSQL commits a COMMIT that arrived before the kill, or rolls back once it notices
    // the client is gone). Read only after the server is done with it.
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        // Each tieout process names its sessions tieout/<pid>: wait for the killed one's only, so
        // tests running alongside on the same server do not hold this up.
        QSqlQuery query(store.db());
        if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")))
            qFatal("cannot prepare: %s", qPrintable(query.lastError().text()));
        query.addBindValue(QStringLiteral("tieout/%1").arg(killedPid));
        if (!query.exec())
            qFatal("cannot read pg_stat_activity: %s", qPrintable(query.lastError().text()));
        if (query.next() && query.value(0).toLongLong() == 0)
            return;
        QThread::msleep(50);
    }
    qFatal("a killed client's PostgreSQL session did not end within 20 s");
}

Sums windowSums(StoreFixture &store, YearMonth from, YearMonth to)
{
    // One snapshot for every table, so a commit landing mid-read cannot look like a torn window.
    QSqlDatabase db = store.db();
    if (!db.transaction())
        qFatal("cannot start a read transaction: %s", qPrintable(db.lastError().text()));
    if (store.isPostgres()) {
        QSqlQuery isolation(db);
        if (!isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))
            qFatal("cannot set the isolation level: %s", qPrintable(isolation.lastError().text()));
    }
    Sums sums;
    for (const QString &bu : DemoBusinessUnits) {
        for (const YearMonth month : monthsOf(from, to)) {
            const ChecksumScope scope{bu, DateRange{month.firstDay(), month.next().firstDay()}};
            for (const QString &table : DatedTables)
                sums.insert(windowKey(bu, month) + u' ' + table, checksum(store, table, scope));
        }
    }
    db.commit();
    return sums;
}

int windowsEqual(const Sums &got, const Sums &state, YearMonth from, YearMonth to)
{
    int equal = 0;
    for (const QString &bu : DemoBusinessUnits) {
        for (const YearMonth month : monthsOf(from, to))
            equal += windowEquals(got, state, windowKey(bu, month)) ? 1 : 0;
    }
    return equal;
}

QStringList tornWindows(const Sums &got, const Sums &before, const Sums &after, YearMonth from, YearMonth to)
{
    QStringList torn;
    for (const QString &bu : DemoBusinessUnits) {
        for (const YearMonth month : monthsOf(from, to)) {
            const QString window = windowKey(bu, month);
            if (!windowEquals(got, before, window) && !windowEquals(got, after, window))
                torn.append(window);
        }
    }
    return torn;
}

void startCli(QProcess &process, CliRunner runner, const QStringList &arguments)
{
    process.setProcessEnvironment(runner.environment());
    process.start(CliRunner::program(), runner.argumentsFor(arguments));
    if (!process.waitForStarted(10'000))
        qFatal("tieout-cli did not start: %s", qPrintable(process.errorString()));
}

} // namespace tieout::test
