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
    forgetResults();
}

bool TieoutController::hasDatabase() const
{
    return m_jobs->hasDatabase();
}

void TieoutController::setConfig(const AppConfig &config)
{
    m_config = config;
    forgetResults();
}

void TieoutController::setRange(YearMonth from, YearMonth to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    if (auto computed = m_computed.find(from, to)) {
        m_stale = false;
        show(std::move(computed));
        return;
    }
    m_stale = true;
}

void TieoutController::markStale()
{
    forgetResults();
}

void TieoutController::forgetResults()
{
    ++m_dataGeneration;
    m_computed.clear();
    m_stale = true;
}

ReconcileRequest TieoutController::request() const
{
    return ReconcileRequest::fromConfig(m_config, m_from, m_to, m_clock->todayUtc());
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
    const ReconcileRequest request = this->request();
    m_stale = false;
    m_queued = false;
    setBusy(true);
    m_jobs->run([request](Database *database) { return ReconcileService::run(database, request); })
        .then(this, [this, from = request.from, to = request.to, generation = m_dataGeneration](
                        Result<ReconcileRun> run) { land(from, to, generation, std::move(run)); });
}

void TieoutController::land(YearMonth from, YearMonth to, int dataGeneration, Result<ReconcileRun> run)
{
    // Computed from the data and settings still in force: worth keeping even if the range moved on.
    const bool current = dataGeneration == m_dataGeneration;
    std::shared_ptr<const ReconcileRun> landed;
    if (current && run) {
        landed = std::make_shared<const ReconcileRun>(std::move(*run));
        m_computed.insert(from, to, landed);
    }
    const bool wanted = current && from == m_from && to == m_to;
    if (m_queued || (m_stale && !wanted)) {
        // Something else is asked for now: compute that instead.
        if (hasDatabase() && !(m_to < m_from)) {
            start();
            return;
        }
    }
    setBusy(false);
    if (!wanted)
        return;
    if (!run) {
        m_stale = true;
        emit failed(run.error().message());
        return;
    }
    m_stale = false;
    show(std::move(landed));
}

void TieoutController::show(std::shared_ptr<const ReconcileRun> run)
{
    m_run = std::move(run);
    emit resultChanged();
}

void TieoutController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace tieout::ui
