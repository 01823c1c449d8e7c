#include "ui/tieout/TieoutController.h"

#include "core/common/Clock.h"
#include "ui/common/StoreJobs.h"

namespace tieout::ui {

TieoutController::TieoutController(const Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_jobs(new StoreJobs(this))
{
    const YearMonth thisMonth = YearMonth::of(m_clock->todayUtc());
    m_from = thisMonth.previous().previous();
    m_to = thisMonth;
}

TieoutController::~TieoutController() = default;

void TieoutController::setDatabase(DatabaseHandle database)
{
    m_jobs->setDatabase(std::move(database));
    ++m_generation;
    markStale();
}

bool TieoutController::hasDatabase() const
{
    return m_jobs->hasDatabase();
}

void TieoutController::setConfig(const AppConfig &config)
{
    m_config = config;
    ++m_generation;
    markStale();
}

void TieoutController::setRange(YearMonth from, YearMonth to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    ++m_generation;
    markStale();
}

void TieoutController::markStale()
{
    m_stale = true;
}

ReconcileRequest TieoutController::request() const
{
    return ReconcileRequest::fromConfig(m_config, m_from, m_to, m_clock->todayUtc());
}

QStringList TieoutController::businessUnits() const
{
    return m_run ? m_run->result.businessUnits : m_config.reportBusinessUnits();
}

void TieoutController::refresh()
{
    if (!hasDatabase()) {
        emit failed(tr("No database is open yet. The tie-out is computed once it is."));
        return;
    }
    if (m_to < m_from) {
        emit failed(tr("The first month is after the last month."));
        return;
    }
    if (m_busy) {
        m_queued = true;
        return;
    }
    start();
}

void TieoutController::start()
{
    const int generation = m_generation;
    const ReconcileRequest request = this->request();
    m_stale = false;
    m_queued = false;
    setBusy(true);
    m_jobs->run([request](Database *database) { return ReconcileService::run(database, request); })
        .then(this, [this, generation](Result<ReconcileRun> run) {
            const bool current = generation == m_generation;
            if (!current || m_queued) {
                // The inputs changed while it ran: compute what is asked for now instead.
                if (!current)
                    m_stale = true;
                if (hasDatabase() && !(m_to < m_from)) {
                    start();
                    return;
                }
            }
            setBusy(false);
            if (!current)
                return;
            if (!run) {
                m_stale = true;
                emit failed(run.error().message());
                return;
            }
            m_run = std::make_shared<const ReconcileRun>(std::move(*run));
            emit resultChanged();
        });
}

void TieoutController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace tieout::ui
