#include "ui/backfill/BackfillController.h"

#include "core/backfill/BackfillPlan.h"
#include "core/common/Clock.h"
#include "ui/backfill/BackfillWindowsModel.h"

namespace tieout::ui {

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

} // namespace

BackfillController::BackfillController(BackfillEngine *engine, const Clock *clock, QObject *parent)
    : QObject(parent), m_engine(engine), m_clock(clock), m_model(new BackfillWindowsModel(this))
{
    connect(m_engine, &BackfillEngine::windowStarted, this, &BackfillController::onWindowStarted);
    connect(m_engine, &BackfillEngine::windowFinished, this, &BackfillController::onWindowFinished);
    connect(m_engine, &BackfillEngine::finished, this, &BackfillController::onRunFinished);
    connect(m_engine, &BackfillEngine::databaseChanged, this, &BackfillController::onDatabaseChanged);
}

void BackfillController::setConfig(const AppConfig &config)
{
    const AppConfig previous = std::exchange(m_config, config);
    if (isRunning() || m_planUnits.isEmpty())
        return; // a run keeps the clients it prepared; the next run picks the new config up
    for (const QString &unit : std::as_const(m_planUnits)) {
        const BusinessUnitConfig *now = m_config.findBusinessUnit(unit);
        if (!now) {
            discardPlan();
            log(tr("Business unit %1 is no longer configured: the plan was discarded.").arg(unit));
            return;
        }
        const BusinessUnitConfig *before = previous.findBusinessUnit(unit);
        if (!before || !(*before == *now)) {
            invalidatePreview(
                tr("The settings of business unit %1 changed: preview again before executing.").arg(unit));
            return;
        }
    }
}

QStringList BackfillController::configuredBusinessUnits() const
{
    QStringList names;
    for (const BusinessUnitConfig &unit : m_config.businessUnits)
        names.append(unit.name);
    return names;
}

Status BackfillController::plan(YearMonth from, YearMonth to, const QStringList &businessUnits)
{
    if (isRunning())
        return Error(ErrorCode::Usage, tr("A run is in progress: cancel it or wait for it to finish."));
    if (businessUnits.isEmpty())
        return Error(ErrorCode::Usage, tr("Choose at least one business unit."));
    for (const QString &unit : businessUnits) {
        if (!m_config.findBusinessUnit(unit))
            return Error(ErrorCode::Config, tr("%1 is not a configured business unit.").arg(unit));
    }
    auto windows = backfill::BackfillPlan::make(businessUnits, from, to, m_clock->todayUtc());
    if (!windows)
        return windows.error();

    m_windows = *windows;
    m_planUnits = businessUnits;
    m_confirmation.reset();
    m_lastSummary = {};
    m_model->setPlan(m_windows);
    log(tr("Plan: %1 windows, %2 to %3, for %4. No network, nothing written.")
            .arg(m_windows.size())
            .arg(from.toString(), to.toString(), businessUnits.join(QStringLiteral(", "))));
    setState(State::Planned);
    emit progressChanged(0, static_cast<int>(m_windows.size()));
    return okStatus();
}

void BackfillController::discardPlan()
{
    if (isRunning())
        return;
    m_windows.clear();
    m_planUnits.clear();
    m_confirmation.reset();
    m_lastSummary = {};
    m_model->clear();
    emit progressChanged(0, 0);
    setState(State::Idle);
}

Status BackfillController::preview()
{
    if (isRunning())
        return Error(ErrorCode::Usage, tr("A run is in progress: cancel it or wait for it to finish."));
    if (m_windows.isEmpty())
        return Error(ErrorCode::Usage, tr("Make a plan first."));
    if (!m_engine->hasDatabase())
        return Error(ErrorCode::Database, tr("No database is open. Check the database in Settings."));
    m_confirmation.reset();
    startRun(BackfillEngine::RunMode::Preview);
    return okStatus();
}

Status BackfillController::execute(const QString &typedPhrase)
{
    if (!canExecute())
        return Error(ErrorCode::Usage, tr("Execute needs a complete preview of the current plan first."));
    if (typedPhrase != m_confirmation->phrase())
        return Error(ErrorCode::Usage, tr("The confirmation did not match. Nothing was written."));
    if (!m_engine->hasDatabase())
        return Error(ErrorCode::Database, tr("No database is open. Check the database in Settings."));
    startRun(BackfillEngine::RunMode::Execute);
    return okStatus();
}

void BackfillController::cancel()
{
    if (!isRunning() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_engineRunning)
        m_engine->cancel();
    log(tr("Cancelling: the window in progress completes or stays as it was; no new window starts."));
}

void BackfillController::verifyStoredRange()
{
    if (!canVerify())
        return;
    if (!m_engine->hasDatabase()) {
        emit problem(tr("No database is open. Check the database in Settings."));
        return;
    }
    YearMonth first = m_windows.constFirst().month;
    YearMonth last = first;
    for (const backfill::PlannedWindow &window : std::as_const(m_windows)) {
        first = qMin(first, window.month);
        last = qMax(last, window.month);
    }
    // The CLI's request: configured BUs and override targets, the config's thresholds, days
    // expected up to yesterday.
    const ReconcileRequest request = ReconcileRequest::fromConfig(m_config, first, last, m_clock->todayUtc());
    const State resume = m_state;
    setState(State::Verifying);
    log(tr("Verify (read-only): %1 to %2 for %3.")
            .arg(first.toString(), last.toString(), m_planUnits.join(QStringLiteral(", "))));
    m_engine->verify(request, m_planUnits).then(this, [this, resume](Result<VerifyReport> report) {
        setState(resume);
        if (!report) {
            log(tr("Verify could not run: %1").arg(report.error().message()));
            emit problem(report.error().message());
            return;
        }
        m_lastVerify = *report;
        for (const VerifyCheck &check : std::as_const(m_lastVerify.checks)) {
            const QString verdict = check.passed ? tr("PASS") : check.fails() ? tr("FAIL") : tr("WARN");
            // The CLI's line: "PASS id: title — summary".
            log(check.summary.isEmpty()
                    ? QStringLiteral("%1 %2: %3").arg(verdict, check.id, check.title)
                    : QStringLiteral("%1 %2: %3 — %4").arg(verdict, check.id, check.title, check.summary));
            if (!check.passed) {
                for (const QStringList &example : check.examples.mid(0, 5))
                    log(QStringLiteral("    ") + example.join(QStringLiteral(" | ")));
            }
        }
        const int total = static_cast<int>(m_lastVerify.checks.size());
        const int failed = m_lastVerify.failedCount();
        const int warnings = m_lastVerify.warningCount();
        log(tr("Verify: %1 passed, %2 warnings for the analyst, %3 integrity failures of %4 checks.")
                .arg(total - failed - warnings)
                .arg(warnings)
                .arg(failed)
                .arg(total));
        emit verified(m_lastVerify);
        if (failed > 0)
            emit problem(
                tr("Verify: %1 integrity checks failed; the log lists the offending rows.").arg(failed));
    });
}

void BackfillController::startRun(BackfillEngine::RunMode mode)
{
    m_runMode = mode;
    m_cancelRequested = false;
    m_done = 0;
    const bool execute = mode == BackfillEngine::RunMode::Execute;
    setState(execute ? State::Executing : State::Previewing);
    emit progressChanged(0, static_cast<int>(m_windows.size()));

    QList<BusinessUnitConfig> units;
    for (const QString &name : std::as_const(m_planUnits))
        units.append(*m_config.findBusinessUnit(name));
    log(execute ? tr("Execute: replacing %1 windows in %2.")
                      .arg(m_windows.size())
                      .arg(m_engine->databaseDescription())
                : tr("Preview (read-only): fetching %1 windows and comparing them with %2.")
                      .arg(m_windows.size())
                      .arg(m_engine->databaseDescription()));

    m_engine->prepare(units).then(this, [this, mode, execute](Status prepared) {
        // Back to where we were: a preview that never started leaves the plan, an execute that
        // never started leaves the (still valid) preview. Nothing was written either way.
        const State fallback = execute ? State::Previewed : State::Planned;
        if (!prepared) {
            log(tr("Could not get the admin keys: %1").arg(prepared.error().message()));
            emit problem(prepared.error().message());
            setState(fallback);
            return;
        }
        if (m_cancelRequested) {
            log(tr("Cancelled before any window started. Nothing was written."));
            setState(fallback);
            return;
        }
        m_model->queueAll();
        m_engineRunning = true;
        m_engine->start(m_windows, mode);
    });
}

void BackfillController::onWindowStarted(const backfill::PlannedWindow &window)
{
    m_model->markRunning(window);
    log(tr("Fetching %1 %2 (%3 days)…")
            .arg(window.businessUnit, window.month.toString())
            .arg(window.range.dayCount()));
}

void BackfillController::onWindowFinished(const backfill::WindowReport &report)
{
    m_model->setReport(report);
    ++m_done;
    emit progressChanged(m_done, static_cast<int>(m_windows.size()));
    log(windowLine(report));
}

void BackfillController::onRunFinished(const backfill::RunSummary &summary)
{
    m_engineRunning = false;
    m_lastSummary = summary;
    m_model->markUnfinishedNotRun();
    const auto error = summary.firstError();
    const QString seconds = QString::number(summary.elapsedMs / 1000.0, 'f', 1);
    log(tr("%1 of %2 windows done in %3 s.").arg(summary.windowsDone()).arg(m_windows.size()).arg(seconds));

    if (m_runMode == BackfillEngine::RunMode::Preview) {
        const bool clean = !summary.cancelled && !error && summary.windows.size() == m_windows.size();
        if (clean) {
            m_confirmation =
                ReplaceConfirmation::fromPreview(summary, m_engine->databaseDescription(), m_clock->nowUtc());
            log(tr("Preview complete. Nothing was written. Execute… replaces these windows."));
        } else if (summary.cancelled) {
            log(tr("Preview cancelled. Nothing was written; preview again to be able to execute."));
        } else {
            log(tr("Preview incomplete. Nothing was written; fix the problem and preview again."));
        }
        setState(State::Previewed);
    } else {
        // Whatever happened, the preview no longer describes the database.
        m_confirmation.reset();
        if (summary.cancelled)
            log(tr("Execute cancelled. Finished windows are replaced; the others are unchanged."));
        else if (error)
            log(tr("Execute stopped at a failed window. Finished windows are replaced; the failed one and "
                   "the rest "
                   "are unchanged. A re-run converges."));
        else
            log(tr("Execute complete: %1 windows replaced.").arg(summary.windowsDone()));
        setState(State::Executed);
    }
    if (error)
        emit problem(error->message());
}

void BackfillController::onDatabaseChanged()
{
    if (m_state == State::Previewed || m_state == State::Executed)
        invalidatePreview(tr("The database changed: preview again before executing."));
}

void BackfillController::invalidatePreview(const QString &reason)
{
    if (isRunning() || (m_state != State::Previewed && m_state != State::Executed))
        return;
    m_confirmation.reset();
    m_lastSummary = {};
    m_model->setPlan(m_windows);
    emit progressChanged(0, static_cast<int>(m_windows.size()));
    log(reason);
    setState(State::Planned);
}

QString BackfillController::windowLine(const backfill::WindowReport &report) const
{
    const QString month = report.window.month.toString();
    const QString unit = report.window.businessUnit;
    if (!report.ok())
        return tr("MONTH %1 BU %2 failed: %3 (the window is unchanged)")
            .arg(month, unit, report.error->message());
    const backfill::WindowDiff &diff = report.diff;
    const QString before = diff.billedBefore.toDecimalString(2);
    const QString after = diff.billedAfter.toDecimalString(2);
    // The CLI's line, so a log pasted from either face reads the same.
    if (report.executed)
        return tr("MONTH %1 BU %2 done: fetched=%3 deleted=%4 inserted=%5 changed=-%6/+%7 billed_usd=%8->%9")
            .arg(month, unit, number(report.fetched), number(report.deleted), number(report.inserted),
                 number(diff.rowsRemoved()), number(diff.rowsAdded()), before, after);
    return tr("MONTH %1 BU %2 previewed: stored=%3 fetched=%4 removed=%5 added=%6 billed_usd=%7->%8")
        .arg(month, unit, number(diff.rowsBefore()), number(report.fetched), number(diff.rowsRemoved()),
             number(diff.rowsAdded()), before, after);
}

void BackfillController::log(const QString &line)
{
    const QString time = m_clock->nowUtc().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    emit logMessage(QStringLiteral("[%1] %2").arg(time, line));
}

void BackfillController::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

} // namespace tieout::ui
