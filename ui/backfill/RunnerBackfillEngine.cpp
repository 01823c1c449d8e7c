#include "ui/backfill/RunnerBackfillEngine.h"

#include "core/backfill/BackfillRunner.h"
#include "core/backfill/ClientPool.h"
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/StoreChecks.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tieout::ui {

RunnerBackfillEngine::RunnerBackfillEngine(backfill::ClientPool *clients, const Clock &clock, QObject *parent)
    : BackfillEngine(parent)
    , m_clients(clients)
    , m_clock(clock)
    , m_actor(QStringLiteral("tieout"))
{
    m_checksThread.setMaxThreadCount(1);
}

RunnerBackfillEngine::~RunnerBackfillEngine()
{
    m_checksThread.waitForDone();
}

void RunnerBackfillEngine::setDatabase(DatabaseHandle database, const QString &description)
{
    if (isRunning()) {
        m_hasPendingDatabase = true;
        m_pendingDatabase = std::move(database);
        m_pendingDescription = description;
        return;
    }
    applyDatabase(std::move(database), description);
}

void RunnerBackfillEngine::applyDatabase(DatabaseHandle database, const QString &description)
{
    if (m_runner) {
        // Idle here, but possibly inside its finished() emission: delete it from the event loop.
        m_runner->disconnect(this);
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    m_database = std::move(database);
    m_description = description;
    if (m_database) {
        m_runner = new backfill::BackfillRunner(m_clients, m_database, m_clock, this);
        m_runner->setActor(m_actor);
        connect(m_runner, &backfill::BackfillRunner::windowStarted, this, &BackfillEngine::windowStarted);
        connect(m_runner, &backfill::BackfillRunner::windowFinished, this, &BackfillEngine::windowFinished);
        connect(m_runner, &backfill::BackfillRunner::finished, this, &RunnerBackfillEngine::onRunFinished);
    }
    emit databaseChanged();
}

void RunnerBackfillEngine::setActor(const QString &actor)
{
    m_actor = actor;
    if (m_runner)
        m_runner->setActor(actor);
}

QFuture<Status> RunnerBackfillEngine::prepare(const QList<BusinessUnitConfig> &units)
{
    return m_clients->prepare(units);
}

void RunnerBackfillEngine::start(const QList<backfill::PlannedWindow> &windows, RunMode mode)
{
    Q_ASSERT(m_runner && !m_runner->isRunning());
    m_runner->start(windows, mode == RunMode::Execute ? backfill::BackfillRunner::Mode::Execute
                                                      : backfill::BackfillRunner::Mode::Preview);
}

void RunnerBackfillEngine::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

bool RunnerBackfillEngine::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

QFuture<Result<StoreCheckResults>> RunnerBackfillEngine::verify(const DateRange &range,
                                                                 const QStringList &businessUnits,
                                                                 Money largestLineThreshold)
{
    DatabaseHandle database = m_database;
    if (!database)
        return QtFuture::makeReadyFuture(
            Result<StoreCheckResults>(Error(ErrorCode::Database, QStringLiteral("no database is open"))));
    return QtConcurrent::run(&m_checksThread, [database, range, businessUnits, largestLineThreshold]() {
        const auto check = [&]() -> Result<StoreCheckResults> {
            auto connection = database->connection();
            if (!connection)
                return connection.error();
            return StoreChecks(*connection).runAll(range, businessUnits, largestLineThreshold);
        };
        auto results = check();
        // Every handle to the connection is gone now, so it can be closed cleanly.
        database->closeThreadConnection();
        return results;
    });
}

void RunnerBackfillEngine::onRunFinished(const backfill::RunSummary &summary)
{
    emit finished(summary);
    if (m_hasPendingDatabase) {
        m_hasPendingDatabase = false;
        applyDatabase(std::exchange(m_pendingDatabase, nullptr), m_pendingDescription);
    }
}

} // namespace tieout::ui
