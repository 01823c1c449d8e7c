#pragma once

#include "core/common/Result.h"
#include "core/reconcile/ReconcileInput.h"
#include "core/report/ReconcileService.h"

namespace tieout {
class Database;
}

namespace tieout::bench {

// The recompute a caller can do after a backfill instead of rescanning the range: copy the
// previous input from memory (ReconcileInputBuilder::addFromPrevious) minus the replaced
// (BU, month) windows, and scan only those windows from the store (StoreReader scans a date
// range for all BUs; rows of other BUs are skipped). With no window replaced it is the cost of
// "reconcile again, nothing changed". Runs on the database thread.
class IncrementalRecompute final
{
public:
    using Windows = QList<QPair<QString, YearMonth>>;

    static Result<ReconcileInput> build(Database *database, const ReconcileInput &previous,
                                        const ReconcileRequest &request, const Windows &replaced);
};

} // namespace tieout::bench
