#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"

#include <QSqlDatabase>

namespace tieout::bench {

// The allocation the old pipeline did, as one SQL statement on the store's tables: cost summed
// per (BU, day, workspace, model), joined to per-key usage on BU, date, model and
// `workspace_id = workspace_id`, and split by each key's share of the tokens of its
// (BU, day, workspace, model) with a window function; result per month, BU and key.
// Plain equality never matches NULL = NULL, so the default workspace's dollars silently drop
// out — the bug the in-memory allocator fixes. `nullSafe` compares workspaces null-safely, to
// measure exactly what that bug drops. Cost lines without a model (web search, code execution)
// and cells without usage drop out in both forms. Portable SQL (SQLite, PostgreSQL, Redshift).
class BaselineQuery final
{
public:
    struct Outcome
    {
        qint64 rows = 0;           // result rows (month, BU, key)
        double allocatedNanos = 0; // sum of the allocated column (floating point, as the old pipeline)
    };

    static QString text(bool nullSafe);
    static Result<Outcome> run(const QSqlDatabase &db, const DateRange &range, bool nullSafe);
    // SUM(amount_nanos) of every cost line in the range: the exact bill.
    static Result<qint64> billedNanos(const QSqlDatabase &db, const DateRange &range);
};

} // namespace tieout::bench
