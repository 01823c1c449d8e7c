#pragma once

#include "core/money/YearMonth.h"
#include "core/sandbox/SandboxProfile.h"

#include <QString>

namespace tieout::sandbox {

// The sandbox's own ground truth per BU and month, as CSV for scripts and benchmarks:
// business_unit,month,usage_rows,cost_lines,billed_usd (dollars with 9 decimals), BUs in
// profile order, then one TOTAL row per month.
class TotalsTable final
{
public:
    static QString render(const SandboxProfile &profile, YearMonth from, YearMonth to);
};

} // namespace tieout::sandbox
