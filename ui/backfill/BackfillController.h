#pragma once

#include "core/backfill/WindowReport.h"
#include "core/common/Result.h"
#include "core/config/AppConfig.h"
#include "ui/backfill/BackfillEngine.h"
#include "ui/backfill/ReplaceConfirmation.h"

#include <QObject>

#include <optional>

namespace tieout {
class Clock;
}

namespace tieout::ui {

class BackfillWindowsModel;

// The Backfill workflow of SPEC §6/§10 as a state machine, without widgets:
//   Idle -plan-> Planned -preview-> Previewing -> Previewed -execute(phrase)-> Executing -> Executed
// and Verifying (the read-only store checks over the planned range) from any state with a plan.
// A plan needs no network and writes nothing; a preview fetches read-only and diffs; only a
// clean preview (every window fetched and diffed, not cancelled) can be executed, and only with
// the confirmation phrase that preview produced. Changing the selection, the config or the
// database makes the preview stale: the plan must be previewed again before anything is written.
class BackfillController final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Planned,
        Previewing,
        Previewed,
        Executing,
        Executed,
        Verifying
    };
    Q_ENUM(State)

    BackfillController(BackfillEngine *engine, const Clock *clock, QObject *parent = nullptr);

    void setConfig(const AppConfig &config);
    QStringList configuredBusinessUnits() const;

    State state() const { return m_state; }
    // Busy: a preview, an execute or the checks are under way; the plan cannot change.
    bool isRunning() const
    {
        return m_state == State::Previewing || m_state == State::Executing || m_state == State::Verifying;
    }
    bool canCancel() const { return m_state == State::Previewing || m_state == State::Executing; }
    bool canVerify() const { return !isRunning() && !m_windows.isEmpty(); }
    BackfillWindowsModel *windowsModel() const { return m_model; }
    QList<backfill::PlannedWindow> plannedWindows() const { return m_windows; }
    const backfill::RunSummary &lastSummary() const { return m_lastSummary; }
    BackfillEngine *engine() const { return m_engine; }

    // The dry-run plan: windows per BU from `from` to `to`. No network, no writes.
    Status plan(YearMonth from, YearMonth to, const QStringList &businessUnits);
    // Forgets the plan and any preview (the selection changed).
    void discardPlan();

    // Fetches the planned windows read-only and diffs them against the database.
    Status preview();
    // Present only after a clean preview: what Execute would replace, and the phrase to type.
    const std::optional<ReplaceConfirmation> &confirmation() const { return m_confirmation; }
    bool canExecute() const { return m_state == State::Previewed && m_confirmation.has_value(); }
    // Replaces the previewed windows. Refused unless `typedPhrase` is exactly the confirmation's
    // phrase: the dialog is not the only guard against an unconfirmed write.
    Status execute(const QString &typedPhrase);
    // Stops between windows: the window in flight completes or stays as it was.
    void cancel();

    // The read-only checks of `tieout-cli verify` (SPEC §5) over the planned months and BUs:
    // results go to the log and to verified(); an integrity failure is also a problem().
    void verifyStoredRange();
    const VerifyReport &lastVerify() const { return m_lastVerify; }

signals:
    void stateChanged(tieout::ui::BackfillController::State state);
    void progressChanged(int done, int total);
    // One line for the log pane (per-window results in the CLI's format, errors, notes).
    void logMessage(const QString &line);
    // Something the operator must see (a failed preview, a refused key, a missing database).
    void problem(const QString &message);
    void verified(const tieout::VerifyReport &report);

private:
    void setState(State state);
    void startRun(BackfillEngine::RunMode mode);
    void onWindowStarted(const backfill::PlannedWindow &window);
    void onWindowFinished(const backfill::WindowReport &report);
    void onRunFinished(const backfill::RunSummary &summary);
    void onDatabaseChanged();
    void invalidatePreview(const QString &reason);
    void log(const QString &line);
    QString windowLine(const backfill::WindowReport &report) const;

    BackfillEngine *m_engine;
    const Clock *m_clock;
    BackfillWindowsModel *m_model;
    AppConfig m_config;
    State m_state = State::Idle;
    BackfillEngine::RunMode m_runMode = BackfillEngine::RunMode::Preview;
    QList<backfill::PlannedWindow> m_windows;
    QStringList m_planUnits;
    std::optional<ReplaceConfirmation> m_confirmation;
    backfill::RunSummary m_lastSummary;
    VerifyReport m_lastVerify;
    bool m_cancelRequested = false;
    bool m_engineRunning = false; // between engine->start() and its finished()
    int m_done = 0;
};

} // namespace tieout::ui
