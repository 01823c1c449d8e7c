#pragma once

#include "ui/backfill/BackfillEngine.h"
#include "ui/common/DatabaseHandle.h"

#include <QThreadPool>

namespace tieout {
class Clock;
}

namespace tieout::backfill {
class BackfillRunner;
class ClientPool;
} // namespace tieout::backfill

namespace tieout::ui {

// The product's BackfillEngine: backfill::BackfillRunner over the app's ClientPool and the open
// database. The runner does the SQL on its own database thread and the network asynchronously,
// so nothing here blocks the GUI thread; the store checks run on a thread of their own. A database change requested during a run takes effect
// when the run has finished: a run never switches databases half-way.
class RunnerBackfillEngine final : public BackfillEngine
{
    Q_OBJECT

public:
    RunnerBackfillEngine(backfill::ClientPool *clients, const Clock &clock, QObject *parent = nullptr);
    ~RunnerBackfillEngine() override;

    void setDatabase(DatabaseHandle database, const QString &description);
    // Recorded in the audit table as who wrote (SPEC §6).
    void setActor(const QString &actor);

    QFuture<Status> prepare(const QList<BusinessUnitConfig> &units) override;
    void start(const QList<backfill::PlannedWindow> &windows, RunMode mode) override;
    void cancel() override;
    bool isRunning() const override;
    QFuture<Result<StoreCheckResults>> verify(const DateRange &range, const QStringList &businessUnits,
                                              Money largestLineThreshold) override;
    bool hasDatabase() const override { return m_database != nullptr; }
    QString databaseDescription() const override { return m_description; }

private:
    void applyDatabase(DatabaseHandle database, const QString &description);
    void onRunFinished(const backfill::RunSummary &summary);

    backfill::ClientPool *m_clients;
    const Clock &m_clock;
    DatabaseHandle m_database;
    QString m_description;
    QString m_actor;
    backfill::BackfillRunner *m_runner = nullptr;
    QThreadPool m_checksThread; // one thread with its own connection for the read-only checks
    bool m_hasPendingDatabase = false;
    DatabaseHandle m_pendingDatabase;
    QString m_pendingDescription;
};

} // namespace tieout::ui
