#include "BenchOrchestrator.h"

#include "ProcessStats.h"
#include "ResultTable.h"

#include "core/store/Database.h"
#include "core/store/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QUrlQuery>

namespace tieout::bench {

namespace {

const QString Sqlite = QStringLiteral("sqlite");
const QString Postgres = QStringLiteral("postgres");

} // namespace

BenchOrchestrator::BenchOrchestrator(BenchOptions options) : m_options(std::move(options)) {}

BenchOrchestrator::~BenchOrchestrator() = default;

void BenchOrchestrator::progress(const QString &line) const
{
    QTextStream err(stderr);
    err << "tieout-bench [" << ResultTable::formatNumber(double(m_elapsed.elapsed()) / 1000.0, 1) << " s] "
        << line << '\n';
}

Status BenchOrchestrator::prepare()
{
    if (m_options.keepDir.isEmpty()) {
        m_tempDir =
            std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("tieout-bench-XXXXXX")));
        if (!m_tempDir->isValid())
            return Error(ErrorCode::Io, QStringLiteral("cannot create a temporary folder"));
        m_workDir = m_tempDir->path();
    } else {
        m_workDir = QDir(m_options.keepDir).absolutePath();
        if (!QDir().mkpath(m_workDir))
            return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(m_workDir));
    }
    m_options.workDir = m_workDir;
    const QString sqlitePath = QDir(m_workDir).filePath(QStringLiteral("tieout-bench.sqlite"));
    m_sqliteUrl = QStringLiteral("sqlite:") + sqlitePath;
    if (m_options.wants(QStringLiteral("backfill"))) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(sqlitePath + suffix);
    } else {
        m_reuseSqlite = QFile::exists(sqlitePath); // --keep DIR from an earlier run
    }

    if (!m_options.postgresUrl.isEmpty()) {
        auto base = DatabaseUrl::parse(m_options.postgresUrl);
        if (!base)
            return base.error();
        if (base->engine() != DatabaseEngine::Postgres)
            return Error(ErrorCode::Usage, QStringLiteral("--pg: expected a postgresql:// URL"));
        m_postgresSchema = QStringLiteral("tieout_bench_%1").arg(QCoreApplication::applicationPid());
        QUrl url(base->toString());
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("schema"));
        query.addQueryItem(QStringLiteral("schema"), m_postgresSchema);
        url.setQuery(query);
        m_postgresUrl = url.toString(QUrl::FullyEncoded);
    }
    return okStatus();
}

QList<BenchOrchestrator::Step> BenchOrchestrator::plan() const
{
    QStringList engines{Sqlite};
    if (!m_postgresUrl.isEmpty())
        engines.append(Postgres);
    const auto urlOf = [this](const QString &engine) {
        return engine == Sqlite ? m_sqliteUrl : m_postgresUrl;
    };
    QList<Step> steps;
    if (m_options.wants(QStringLiteral("fetch")))
        steps.append({QStringLiteral("fetch"), QString(), QString(), false});
    const bool readers =
        m_options.wants(QStringLiteral("reconcile")) || m_options.wants(QStringLiteral("baseline"));
    for (const QString &engine : engines) {
        if (m_options.wants(QStringLiteral("backfill")))
            steps.append({QStringLiteral("backfill"), engine, urlOf(engine), false});
        else if (readers && !(engine == Sqlite && m_reuseSqlite))
            steps.append({QStringLiteral("backfill"), engine, urlOf(engine), true});
    }
    for (const QString &phase : {QStringLiteral("reconcile"), QStringLiteral("baseline")}) {
        if (!m_options.wants(phase))
            continue;
        for (const QString &engine : engines)
            steps.append({phase, engine, urlOf(engine), false});
    }
    return steps;
}

StepResult BenchOrchestrator::runStep(const Step &step)
{
    progress(QStringLiteral("%1%2%3...")
                 .arg(step.setup ? QStringLiteral("setup: ") : QString(), step.phase,
                      step.engine.isEmpty() ? QString() : QStringLiteral(" on ") + step.engine));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                m_options.workerArguments(step.phase, step.engine, step.databaseUrl));
    const QString engine = step.engine.isEmpty() ? QStringLiteral("-") : step.engine;
    StepResult failed(step.phase, engine);
    if (!child.waitForStarted()) {
        failed.setError(QStringLiteral("cannot start the worker: ") + child.errorString());
        return failed;
    }
    child.waitForFinished(-1);
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    const QJsonDocument json = QJsonDocument::fromJson(lines.last());
    if (!json.isObject()) {
        failed.setError(
            QStringLiteral("the worker exited with %1 and printed no result").arg(child.exitCode()));
        return failed;
    }
    StepResult result = StepResult::fromJson(json.object());
    if (result.ok() && (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0))
        result.setError(QStringLiteral("the worker exited with %1").arg(child.exitCode()));
    if (!result.ok())
        progress(QStringLiteral("%1 on %2 failed: %3").arg(step.phase, engine, result.error()));
    return result;
}

void BenchOrchestrator::dropPostgresSchema()
{
    auto url = DatabaseUrl::parse(m_postgresUrl);
    if (!url)
        return;
    Database database(*url);
    auto db = database.connection();
    if (!db)
        return;
    if (auto dropped = sql::execStatement(
            *db, QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_postgresSchema),
            QStringLiteral("drop the bench schema"));
        !dropped)
        progress(dropped.error().message());
}

void BenchOrchestrator::printHeader(QTextStream &out) const
{
    QStringList versions;
    for (const StepResult &step : m_steps) {
        const QString version = step.info().value(QStringLiteral("engine_version")).toString();
        if (!version.isEmpty() && !versions.contains(version))
            versions.append(version);
    }
    out << "tieout-bench: profile " << m_options.profile << ", " << m_options.from().toString() << ".."
        << m_options.to().toString() << " (" << m_options.months << " months), databases: SQLite"
        << (m_postgresUrl.isEmpty() ? QString() : QStringLiteral(" + PostgreSQL")) << '\n';
    out << "machine: " << ProcessStats::cpuCount() << " CPUs (" << ProcessStats::cpuModel() << "), Qt "
        << qVersion()
        << (versions.isEmpty() ? QString() : QStringLiteral(", ") + versions.join(QStringLiteral(", ")))
        << "; load average at start " << m_loadAtStart << ", at end " << ProcessStats::loadAverage() << '\n';
    for (const StepResult &step : m_steps) {
        const QJsonObject info = step.info();
        if (info.contains(QStringLiteral("usage_rows")))
            out << "data (" << step.engine() << "): " << info.value(QStringLiteral("usage_rows")).toString()
                << " usage rows, " << info.value(QStringLiteral("cost_lines")).toString()
                << " cost lines, billed " << info.value(QStringLiteral("billed_usd")).toString()
                << " USD, list price " << info.value(QStringLiteral("list_price_usd")).toString() << " USD\n";
    }
    out << '\n';
}

Status BenchOrchestrator::writeJson(const QList<StepResult> &steps) const
{
    QJsonArray array;
    for (const StepResult &step : steps)
        array.append(step.toJson());
    const ResultTable table(steps, m_options.profile == QLatin1String("large") && m_options.months == 12);
    const QJsonObject root{
        {QStringLiteral("tool"), QStringLiteral("tieout-bench")},
        {QStringLiteral("finished_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("elapsed_s"), double(m_elapsed.elapsed()) / 1000.0},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("profile"), m_options.profile},
                     {QStringLiteral("months"), m_options.months},
                     {QStringLiteral("phases"), QJsonArray::fromStringList(m_options.phases)},
                     {QStringLiteral("postgres"), !m_postgresUrl.isEmpty()}}},
        {QStringLiteral("machine"),
         QJsonObject{{QStringLiteral("cpus"), ProcessStats::cpuCount()},
                     {QStringLiteral("cpu_model"), ProcessStats::cpuModel()},
                     {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                     {QStringLiteral("load_at_start"), m_loadAtStart},
                     {QStringLiteral("load_at_end"), ProcessStats::loadAverage()}}},
        {QStringLiteral("steps"), array},
        {QStringLiteral("targets"), table.targetsJson()},
    };
    QFile file(m_options.jsonPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0)
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot write %1: %2").arg(m_options.jsonPath, file.errorString()));
    return okStatus();
}

int BenchOrchestrator::run()
{
    m_elapsed.start();
    m_loadAtStart = ProcessStats::loadAverage();
    if (auto prepared = prepare(); !prepared) {
        progress(prepared.error().message());
        return 2;
    }
    bool failed = false;
    QStringList brokenEngines; // a failed backfill leaves nothing to read
    for (const Step &step : plan()) {
        if (brokenEngines.contains(step.engine))
            continue;
        StepResult result = runStep(step);
        failed = failed || !result.ok();
        if (step.phase == QLatin1String("backfill") && !result.ok())
            brokenEngines.append(step.engine);
        if (!step.setup || !result.ok())
            m_steps.append(result);
    }
    if (!m_postgresUrl.isEmpty())
        dropPostgresSchema(); // --keep keeps the SQLite file only
    if (!m_options.keepDir.isEmpty())
        progress(QStringLiteral("kept %1").arg(m_workDir));

    QTextStream out(stdout);
    printHeader(out);
    const bool targets = m_options.profile == QLatin1String("large") && m_options.months == 12;
    ResultTable(m_steps, targets).print(out);
    if (!targets)
        out << "\n(targets apply to --profile large --months 12 only)\n";
    out.flush();
    if (!m_options.jsonPath.isEmpty()) {
        if (auto written = writeJson(m_steps); !written) {
            progress(written.error().message());
            failed = true;
        }
    }
    return failed ? 1 : 0;
}

} // namespace tieout::bench
