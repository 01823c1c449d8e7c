#pragma once

#include "core/common/Result.h"
#include "core/config/AppConfig.h"
#include "core/money/YearMonth.h"
#include "core/reconcile/ReconcileResult.h"

#include <QDate>

namespace tieout {

class Database;

// What to reconcile: the month range, the configured (fetching) BUs — each has a row and must have
// every day fetched; override targets get rows through the overrides — the overrides from the config (they win over those stored in the database), the
// check thresholds, and the last day that is expected to have been fetched.
struct ReconcileRequest
{
    YearMonth from;
    YearMonth to;
    QStringList configuredBusinessUnits;
    QList<KeyOverride> overrides;
    CheckSettings checks;
    QDate coverageThrough; // normally yesterday (UTC); null = every day of the range

    static ReconcileRequest fromConfig(const AppConfig &config, YearMonth from, YearMonth to, QDate todayUtc);
    // The reconciler's options for this request: the ratio band and the coverage horizon.
    ReconcileOptions options() const;
};

struct ReconcileRun
{
    ReconcileResult result;
    qint64 costLines = 0;
    qint64 usageRows = 0;
    qint64 scanMs = 0;      // reading the store into the in-memory columns
    qint64 reconcileMs = 0; // pricing, allocation and the month × BU grid
};

// Store -> reconciler: scans the range into the reconciler's compact columns (with names,
// overrides, coverage and the price book in force) and runs the reconciliation. Call it on the
// database thread (DatabaseWorker); `database` may be null when nothing has been stored yet.
class ReconcileService final
{
public:
    static Result<ReconcileRun> run(Database *database, const ReconcileRequest &request);
};

} // namespace tieout
