#pragma once

#include "core/money/Money.h"

namespace tieout::sandbox {

// What one organization holds over a date range, at the finest grain (cost grouped by
// workspace_id and description; usage by every dimension, which is also the client's grain
// because each (key, workspace, model, tier, window) has one geography). Lets a test say
// "fetched == served" exactly.
struct OrganizationTotals
{
    Money billed; // every cost line, credits included
    qint64 usageRows = 0;
    qint64 costLines = 0;
    qint64 claudeCodeRecords = 0;
    qint64 daysWithUsage = 0;

    OrganizationTotals &operator+=(const OrganizationTotals &other)
    {
        billed += other.billed;
        usageRows += other.usageRows;
        costLines += other.costLines;
        claudeCodeRecords += other.claudeCodeRecords;
        daysWithUsage += other.daysWithUsage;
        return *this;
    }
    friend bool operator==(const OrganizationTotals &, const OrganizationTotals &) = default;
};

} // namespace tieout::sandbox
