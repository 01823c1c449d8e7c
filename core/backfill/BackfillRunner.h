#pragma once

#include "core/backfill/WindowReport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace tieout {
class Clock;
class Database;
class DatabaseWorker;
} // namespace tieout

namespace tieout::backfill {

class ClientPool;

// Runs a backfill plan (SPEC §6): BUs fetched in parallel (bounded), each BU's months in order;
// every window is fetched read-only, then on the single database thread either diffed against
// the store (preview: nothing is written) or replaced in one transaction (execute). Writes are
// serialized per database. Cancel takes effect between windows; a failed window is left as it
// was and stops the run from starting new windows, so a re-run converges.
class BackfillRunner final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Preview, // fetch and diff; nothing is written
        Execute, // replace each window in one transaction
        Sync,    // as Execute, and record every previously fetched day whose totals changed
    };

    // `database` may be null for a preview against a database that does not exist yet: every
    // window then diffs against nothing, and nothing is created.
    BackfillRunner(ClientPool *clients, std::shared_ptr<Database> database, const Clock &clock,
                   QObject *parent = nullptr);
    ~BackfillRunner() override;

    void setMaxParallelBusinessUnits(int count) { m_maxParallel = qMax(1, count); }
    void setActor(const QString &actor) { m_actor = actor; }

    void start(const QList<PlannedWindow> &windows, Mode mode);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void windowStarted(const tieout::backfill::PlannedWindow &window);
    void windowFinished(const tieout::backfill::WindowReport &report);
    void finished(const tieout::backfill::RunSummary &summary);

private:
    void startNextBusinessUnits();
    void runNextWindow(const QString &businessUnit);
    void completeWindow(const QString &businessUnit, WindowReport report);

    ClientPool *m_clients;
    const Clock &m_clock;
    std::unique_ptr<DatabaseWorker> m_worker; // one thread: all SQL of a run, serialized
    QString m_actor;
    Mode m_mode = Mode::Preview;
    int m_maxParallel = 3;
    bool m_running = false;
    bool m_stopping = false; // cancelled or failed: no new windows
    bool m_cancelled = false;
    QStringList m_pendingUnits;                     // BUs not started yet
    QHash<QString, QList<PlannedWindow>> m_queues;  // per BU, months left
    int m_activeUnits = 0;
    QList<PlannedWindow> m_planOrder;
    QHash<QString, WindowReport> m_reports; // keyed by BU + month
    QElapsedTimer m_elapsed;
};

} // namespace tieout::backfill
