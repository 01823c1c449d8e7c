#pragma once

#include "core/money/DateRange.h"
#include "core/money/Money.h"
#include "core/store/StoreRecords.h"

#include <QString>

namespace tieout {

// What WindowStore::replaceWindow did to one (BU, window): counts per table, the report-row
// totals (cost + usage + productivity) that the backfill log prints, and the bill before/after.
struct WindowWriteOutcome
{
    QString businessUnit;
    DateRange range;

    qint64 fetched = 0;  // report rows handed in
    qint64 deleted = 0;  // report rows that were in the window before
    qint64 inserted = 0; // report rows now in the window

    TableWriteCounts costLines;
    TableWriteCounts usageLines;
    TableWriteCounts productivity;
    TableWriteCounts apiKeys;
    TableWriteCounts workspaces;
    TableWriteCounts coverage;

    Money billedBefore;
    Money billedAfter;
    RevisionRecords revisions; // only when asked to record them

    // "fetched=… deleted=… inserted=…" (SPEC §6), the line the backfill logs per window.
    QString logLine() const
    {
        return QStringLiteral("fetched=%1 deleted=%2 inserted=%3").arg(fetched).arg(deleted).arg(inserted);
    }
};

} // namespace tieout
