#pragma once

#include "core/money/Money.h"
#include "core/reconcile/ReconcileResult.h"
#include "core/reconcile/ReportRows.h"

namespace tieout {

// The allocation tie-out as a figure (SPEC §5: "the tie-out difference is $0 by construction"):
// dollars the allocation placed minus the cost-report dollars it was given, summed over the
// months and fetching BUs of a filter. Zero whenever every cell ties; the GUI shows it next to
// billed and list price so an analyst sees the proof, not just a green tick.
class AllocationTieOut final
{
public:
    // Allocated − billed over the filter (months; BUs as the BUs whose keys fetched the lines).
    static Money allocatedMinusBilled(const ReconcileResult &result, const ReportFilter &filter = {});
};

} // namespace tieout
