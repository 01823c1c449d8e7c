#pragma once

#include "core/reconcile/ReconcileResult.h"
#include "core/reconcile/ReportRows.h"

#include <vector>

namespace tieout {

// A ReportFilter resolved against one result: a flag per month index and per BU index (the
// result's, which are the input's). Reports, the allocation tie-out and the exports all scope
// through it. Names the result does not know add nothing.
struct ReportScope
{
    std::vector<quint8> months;
    std::vector<quint8> bus;

    static ReportScope of(const ReconcileResult &result, const ReportFilter &filter);
    bool allows(int month, int bu) const { return months[size_t(month)] && bus[size_t(bu)]; }
};

} // namespace tieout
