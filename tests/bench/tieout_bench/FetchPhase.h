#pragma once

#include "StepResult.h"

namespace tieout::bench {

class BenchScenario;

// Phase "fetch" (issue 2): the whole range for every BU through AdminApiClient against the
// in-process sandbox, 3 BUs at a time like the CLI — fetchWindow per BU-month (cost, usage,
// Claude Code, directories), then cost_report alone and usage_report alone. Rows per second
// count report rows (cost lines + usage rows + productivity records).
class FetchPhase final
{
public:
    static StepResult run(const BenchScenario &scenario);
};

} // namespace tieout::bench
