#pragma once

#include "core/backfill/BackfillPlan.h"
#include "core/backfill/WindowDiff.h"
#include "core/common/Error.h"
#include "core/store/StoreRecords.h"

#include <optional>

namespace tieout::backfill {

// The outcome of one window of a backfill run: what was fetched, what the database held, what
// changed, and (when executed) what the transaction deleted and inserted.
struct WindowReport
{
    PlannedWindow window;
    bool executed = false;
    qint64 fetched = 0;  // rows fetched from the API (cost + usage + productivity)
    qint64 deleted = 0;  // rows the transaction deleted (execute only)
    qint64 inserted = 0; // rows the transaction inserted (execute only)
    WindowDiff diff;
    RevisionRecords revisions; // sync: days whose totals the API restated
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
};

// The whole run, in plan order.
struct RunSummary
{
    QList<WindowReport> windows;
    bool cancelled = false;
    qint64 requests = 0;
    qint64 retries = 0;
    qint64 elapsedMs = 0;

    std::optional<Error> firstError() const;
    int windowsDone() const;

    // Totals over the windows that finished, for the CLI's summaries.
    Money billedBefore() const;
    Money billedAfter() const;
};

} // namespace tieout::backfill
