#pragma once

#include "StepResult.h"

namespace tieout::bench {

class BenchScenario;

// Phase "baseline" (issue 4) on one database filled by the backfill phase: the old pipeline's
// allocation as one SQL query (BaselineQuery, median of 3) against the in-memory allocation
// (Reconciler::run on an input scanned from the same database, median of 5) — their ratio —
// and the billed dollars the old query loses: in total, and through its NULL workspace join
// alone (the null-safe form of the same query minus the plain one).
class BaselinePhase final
{
public:
    static StepResult run(const BenchScenario &scenario, const QString &engine, const QString &databaseUrl);
};

} // namespace tieout::bench
