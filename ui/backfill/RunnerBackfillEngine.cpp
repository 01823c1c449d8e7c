#include "ui/backfill/RunnerBackfillEngine.h"

#include "core/backfill/BackfillRunner.h"
#include "core/backfill/ClientPool.h"
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/DatabaseWorker.h"

namespace tieout::ui {

RunnerBackfillEngine::RunnerBackfillEngine(backfill::ClientPool *clients, const Clock &clock, QObject *parent)
    : BackfillEngine(parent), m_clients(clients), m_clock(clock), m_actor(QStringLiteral("tieout"))
{
}

RunnerBackfillEngine::~RunnerBackfillEngine() = default;

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
    m_checks.reset(); // joins an idle thread: database changes wait for verify to finish
    if (m_database) {
        m_checks = std::make_unique<DatabaseWorker>(m_database);
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
    return (m_runner && m_runner->isRunning()) || m_verifying > 0;
}

void RunnerBackfillEngine::applyPendingDatabase()
{
    if (!m_hasPendingDatabase || isRunning())
        return;
    m_hasPendingDatabase = false;
    applyDatabase(std::exchange(m_pendingDatabase, nullptr), m_pendingDescription);
}

QFuture<Result<VerifyReport>> RunnerBackfillEngine::verify(const ReconcileRequest &request,
                                                           const QStringList &fetchingBusinessUnits)
{
    if (!m_checks)
        return QtFuture::makeReadyFuture(
            Result<VerifyReport>(Error(ErrorCode::Database, QStringLiteral("no database is open"))));
    ++m_verifying;
    return m_checks
        ->run([request, fetchingBusinessUnits](Database *database) {
            return VerifyService::run(database, request, fetchingBusinessUnits);
        })
        .then(this, [this](Result<VerifyReport> report) {
            --m_verifying;
            applyPendingDatabase();
            return report;
        });
}

void RunnerBackfillEngine::onRunFinished(const backfill::RunSummary &summary)
{
    emit finished(summary);
    applyPendingDatabase();
}

} // namespace tieout::ui
