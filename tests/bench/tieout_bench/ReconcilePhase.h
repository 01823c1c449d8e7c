#pragma once

#include "StepResult.h"

namespace tieout::bench {

class BenchScenario;

// Phase "reconcile" (issue 4) on one database filled by the backfill phase:
// - the full range as `tieout-cli reconcile` runs it (ReconcileService::run on a DatabaseWorker)
//   plus every report the tie-out page shows, first in this fresh process, then the median of 3;
//   its store scan and reconcile parts; the recon export; the peak RSS up to that point;
// - the in-memory allocation alone: Reconciler::run on the prebuilt input, median of 5;
// - one month (the last of the range), median of 3;
// - recomputes from the previous input (ReconcileInputBuilder::addFromPrevious): nothing
//   changed, and one BU-month replaced and rescanned from the store.
class ReconcilePhase final
{
public:
    static StepResult run(const BenchScenario &scenario, const QString &engine, const QString &databaseUrl,
                          const QString &workDir);
};

} // namespace tieout::bench
