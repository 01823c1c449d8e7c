#include "FullReconcile.h"

#include "AwaitFuture.h"

#include "core/reconcile/ReconcileReports.h"
#include "core/store/DatabaseWorker.h"

#include <QElapsedTimer>

namespace tieout::bench {

Result<FullReconcile::Timing> FullReconcile::run(DatabaseWorker &worker, const ReconcileRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    Result<ReconcileRun> run = awaitFuture(
        worker.run([request](Database *database) { return ReconcileService::run(database, request); }));
    Timing timing;
    timing.serviceMs = double(timer.nsecsElapsed()) / 1e6;
    if (!run)
        return run.error();
    timer.restart();
    allReports(run->result);
    timing.reportsMs = double(timer.nsecsElapsed()) / 1e6;
    timing.run = std::move(*run);
    return timing;
}

qint64 FullReconcile::allReports(const ReconcileResult &result)
{
    const SummaryReport summary = ReconcileReports::summary(result);
    const QList<SeriesPoint> monthly = ReconcileReports::monthly(result);
    const QList<SeriesPoint> daily = ReconcileReports::daily(result);
    const QList<BreakdownRow> byBu = ReconcileReports::byBusinessUnit(result);
    const QList<BreakdownRow> byModel = ReconcileReports::byModel(result);
    const QList<BreakdownRow> byWorkspace = ReconcileReports::byWorkspace(result);
    const QList<BreakdownRow> byKey = ReconcileReports::byApiKey(result);
    const QList<BreakdownRow> byType = ReconcileReports::byTokenType(result);
    const QList<BreakdownRow> drivers = ReconcileReports::topDrivers(result, 10);
    const Bridge bridge = ReconcileReports::bridge(result);
    return summary.tiedRows + summary.warningRows + summary.failedRows + monthly.size() + daily.size() +
           byBu.size() + byModel.size() + byWorkspace.size() + byKey.size() + byType.size() + drivers.size() +
           (bridge.residualOnPricedCells.isZero() ? 0 : 1);
}

} // namespace tieout::bench
