#pragma once

#include "core/money/DateRange.h"
#include "core/records/CostLine.h"
#include "core/records/DirectoryRecords.h"
#include "core/records/ProductivityRecord.h"
#include "core/records/UsageLine.h"

namespace tieout {

// Everything fetched for one BU over one date range (normally a month): the unit that a
// backfill replaces in one transaction.
struct WindowData
{
    QString businessUnit;
    DateRange range;
    CostLines costLines;
    UsageLines usageLines;
    ProductivityRecords productivity;
    ApiKeyRecords apiKeys;
    WorkspaceRecords workspaces;
    int roundedAmounts = 0; // cost amounts with more than nano-dollar precision (SPEC §3)
};

} // namespace tieout
