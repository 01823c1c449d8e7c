#pragma once

#include "StepResult.h"

namespace tieout::bench {

class BenchScenario;

// Phase "backfill" (issue 3) on one database: `backfill --execute` over every BU and month,
// done as BackfillCommand does it — Database::open, a ClientPool, BackfillRunner in Execute
// mode (3 BUs in parallel, one transaction per window on the database thread) — then the same
// run again, which must converge to the same rows (idempotent re-run).
class BackfillPhase final
{
public:
    static StepResult run(const BenchScenario &scenario, const QString &engine, const QString &databaseUrl);
};

} // namespace tieout::bench
