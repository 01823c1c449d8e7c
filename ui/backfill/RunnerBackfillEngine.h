#pragma once

#include "ui/backfill/BackfillEngine.h"
#include "ui/common/DatabaseHandle.h"

#include <memory>

namespace tieout {
class Clock;
class DatabaseWorker;
} // namespace tieout

namespace tieout::backfill {
class BackfillRunner;
class ClientPool;
} // namespace tieout::backfill

namespace tieout::ui {

// The product's BackfillEngine: backfill::BackfillRunner over the app's ClientPool and the open
// database. The runner does the SQL on its own database thread and the network asynchronously,
// so nothing here blocks the GUI thread; verify runs on a DatabaseWorker of its own. A database
// change requested during a run (or a verify) takes effect when it has finished: work never
// switches databases half-way.
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
    QFuture<Result<VerifyReport>> verify(const ReconcileRequest &request,
                                         const QStringList &fetchingBusinessUnits) override;
    bool hasDatabase() const override { return m_database != nullptr; }
    QString databaseDescription() const override { return m_description; }

private:
    void applyDatabase(DatabaseHandle database, const QString &description);
    void onRunFinished(const backfill::RunSummary &summary);
    void applyPendingDatabase();

    backfill::ClientPool *m_clients;
    const Clock &m_clock;
    DatabaseHandle m_database;
    QString m_description;
    QString m_actor;
    backfill::BackfillRunner *m_runner = nullptr;
    std::unique_ptr<DatabaseWorker> m_checks; // its own thread and connection for the read-only checks
    int m_verifying = 0;
    bool m_hasPendingDatabase = false;
    DatabaseHandle m_pendingDatabase;
    QString m_pendingDescription;
};

} // namespace tieout::ui
