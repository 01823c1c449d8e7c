#pragma once

#include "core/reconcile/CheckResult.h"
#include "core/reconcile/ReconcileResult.h"

namespace tieout {

// The reconciliation checks of `verify` (SPEC §5) that need the allocation: ties, ratio band,
// usage without cost, cost without usage, unpriced models. Read-only over a ReconcileResult.
class ReconcileChecks final
{
public:
    static QList<CheckResult> run(const ReconcileResult &result);

    // Every cell, every (month, fetching BU) and every month: allocated == billed, exactly.
    static CheckResult allocationTies(const ReconcileResult &result);
    // Every month × BU ratio inside the configured band (or no list price and no billed).
    static CheckResult ratioBand(const ReconcileResult &result);
    // Usage with no cost cell at its grain (priority tier, missing cost lines, …).
    static CheckResult usageWithoutCost(const ReconcileResult &result);
    // Cost cells with no usage at their grain, placed by a fallback tier or unattributed.
    static CheckResult costWithoutUsage(const ReconcileResult &result);
    // Models without a price in force: their billed dollars and tokens.
    static CheckResult unpricedModels(const ReconcileResult &result);
};

} // namespace tieout
