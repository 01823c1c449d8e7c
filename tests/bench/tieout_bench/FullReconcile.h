#pragma once

#include "core/common/Result.h"
#include "core/report/ReconcileService.h"

namespace tieout {
class DatabaseWorker;
}

namespace tieout::bench {

// One full reconciliation as the product does it: ReconcileService::run on the database worker
// thread (store scan into the in-memory columns, then Reconciler::run), then every report of the
// tie-out page computed from the result.
class FullReconcile final
{
public:
    struct Timing
    {
        ReconcileRun run;
        double serviceMs = 0; // ReconcileService::run, measured around the worker round trip
        double reportsMs =
            0; // summary, monthly, daily, by BU/model/workspace/key/token type, top drivers, bridge
        double totalMs() const { return serviceMs + reportsMs; }
    };

    static Result<Timing> run(DatabaseWorker &worker, const ReconcileRequest &request);
    // Computes every report once; returns how many rows they hold (so nothing is optimised away).
    static qint64 allReports(const ReconcileResult &result);
};

} // namespace tieout::bench
