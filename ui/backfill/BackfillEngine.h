#pragma once

#include "core/backfill/WindowReport.h"
#include "core/common/Result.h"
#include "core/config/AppConfig.h"
#include "core/report/VerifyService.h"

#include <QFuture>
#include <QObject>

namespace tieout::ui {

// What the Backfill page's controller needs from core to run a plan: ready the API clients of
// some BUs, run windows in preview or execute mode, cancel between windows, verify the store. The product
// implementation (RunnerBackfillEngine) drives backfill::BackfillRunner over a ClientPool and
// the store; tests substitute a scripted engine to walk the workflow without network or SQL.
class BackfillEngine : public QObject
{
    Q_OBJECT

public:
    enum class RunMode
    {
        Preview,
        Execute
    };

    using QObject::QObject;

    // Resolves the admin keys of `units` (environment or keychain) and builds their clients.
    virtual QFuture<Status> prepare(const QList<BusinessUnitConfig> &units) = 0;
    // Runs the windows; reports through the signals below, `finished` exactly once.
    virtual void start(const QList<backfill::PlannedWindow> &windows, RunMode mode) = 0;
    // Stops starting new windows; the window in flight completes (or stays as it was).
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

    // The read-only checks of SPEC §5 (`tieout-cli verify`: store integrity and the
    // reconciliation's own checks) over `request`, off the GUI thread. An error means the checks
    // could not run; failed checks are part of the report.
    virtual QFuture<Result<VerifyReport>> verify(const ReconcileRequest &request,
                                                 const QStringList &fetchingBusinessUnits) = 0;

    // Whether a database is open to preview against and write to.
    virtual bool hasDatabase() const = 0;
    // The database for people: "SQLite database /path" or "PostgreSQL user@host:port, database
    // db" — never a password.
    virtual QString databaseDescription() const = 0;

signals:
    void windowStarted(const tieout::backfill::PlannedWindow &window);
    void windowFinished(const tieout::backfill::WindowReport &report);
    void finished(const tieout::backfill::RunSummary &summary);
    // The database became available or changed (hasDatabase / databaseDescription).
    void databaseChanged();
};

} // namespace tieout::ui
