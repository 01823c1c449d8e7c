#include "BackfillPhase.h"

#include "BenchScenario.h"
#include "SandboxClients.h"

#include "core/backfill/BackfillRunner.h"
#include "core/store/Database.h"
#include "core/store/SqlSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlQuery>

namespace tieout::bench {

namespace {

struct Run
{
    backfill::RunSummary summary;
    double seconds = 0;
    qint64 fetched = 0;
    qint64 deleted = 0;
    qint64 inserted = 0;
};

Run execute(SandboxClients &clients, const std::shared_ptr<Database> &database, const BenchScenario &scenario)
{
    backfill::BackfillRunner runner(clients.pool(), database, scenario.clock());
    runner.setActor(QStringLiteral("tieout-bench"));
    Run run;
    QEventLoop loop;
    QObject::connect(&runner, &backfill::BackfillRunner::finished, &loop,
                     [&run, &loop](const backfill::RunSummary &summary) {
                         run.summary = summary;
                         loop.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    runner.start(scenario.windows(), backfill::BackfillRunner::Mode::Execute);
    if (runner.isRunning())
        loop.exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const backfill::WindowReport &report : std::as_const(run.summary.windows)) {
        run.fetched += report.fetched;
        run.deleted += report.deleted;
        run.inserted += report.inserted;
    }
    return run;
}

QString engineVersion(Database &database)
{
    auto db = database.connection();
    if (!db)
        return QString();
    const bool sqlite = database.engine() == DatabaseEngine::Sqlite;
    auto query = sql::prepare(*db, sqlite ? QStringLiteral("SELECT sqlite_version()")
                                          : QStringLiteral("SELECT current_setting('server_version')"));
    if (!query || !sql::exec(*query, QStringLiteral("version")) || !query->next())
        return QString();
    return (sqlite ? QStringLiteral("SQLite ") : QStringLiteral("PostgreSQL ")) + query->value(0).toString();
}

} // namespace

StepResult BackfillPhase::run(const BenchScenario &scenario, const QString &engine,
                              const QString &databaseUrl)
{
    StepResult result(QStringLiteral("backfill"), engine);
    auto url = DatabaseUrl::parse(databaseUrl);
    if (!url) {
        result.setError(url.error().message());
        return result;
    }
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(*url, BenchScenario::databaseOptions());
    if (!opened) {
        result.setError(opened.error().message());
        return result;
    }
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    std::shared_ptr<Database> database(std::move(*opened));
    result.setInfo(QStringLiteral("engine_version"), engineVersion(*database));

    SandboxClients clients(scenario);
    if (auto started = clients.start(); !started) {
        result.setError(started.error().message());
        return result;
    }
    const Run first = execute(clients, database, scenario);
    if (const auto error = first.summary.firstError()) {
        result.setError(error->message());
        return result;
    }
    const Run again = execute(clients, database, scenario);
    if (const auto error = again.summary.firstError()) {
        result.setError(error->message());
        return result;
    }
    result.add(QStringLiteral("open_ms"), QStringLiteral("Database::open (connect + migrate)"), openMs,
               QStringLiteral("ms"), 1);
    result.add(QStringLiteral("execute_s"), QStringLiteral("backfill --execute: wall"), first.seconds,
               QStringLiteral("s"), 2);
    result.add(QStringLiteral("windows"), QStringLiteral("backfill: windows done"),
               double(first.summary.windowsDone()), QString());
    result.add(QStringLiteral("rows_inserted"), QStringLiteral("backfill: rows inserted"),
               double(first.inserted), QString());
    result.add(QStringLiteral("rows_per_s"), QStringLiteral("backfill: rows inserted/s (fetch + write)"),
               double(first.inserted) / first.seconds, QStringLiteral("rows/s"));
    result.add(QStringLiteral("rerun_s"), QStringLiteral("idempotent re-run: wall"), again.seconds,
               QStringLiteral("s"), 2);
    result.add(QStringLiteral("rerun_deleted"), QStringLiteral("re-run: rows deleted"), double(again.deleted),
               QString());
    result.add(QStringLiteral("rerun_inserted"), QStringLiteral("re-run: rows inserted"),
               double(again.inserted), QString());
    if (url->engine() == DatabaseEngine::Sqlite) {
        const qint64 bytes =
            QFileInfo(url->path()).size() + QFileInfo(url->path() + QStringLiteral("-wal")).size();
        result.add(QStringLiteral("file_mb"), QStringLiteral("SQLite file + WAL"), double(bytes) / 1e6,
                   QStringLiteral("MB"), 1);
    }
    return result;
}

} // namespace tieout::bench
