#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/store/StoreCheckResult.h"
#include "core/store/StoreRecords.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace tieout {

class Database;

// How much of one BU's day is in the store (fetch_coverage), over the report endpoints that a
// backfill fetches (cost report, usage messages, Claude Code).
enum class DayCoverage : quint8
{
    NeverFetched,   // no endpoint was fetched for the day
    Partial,        // some endpoints were fetched, others never
    FetchedEmpty,   // every endpoint fetched, no rows at all (a quiet day, or before the data starts)
    FetchedWithRows // every endpoint fetched, with rows
};

// One endpoint's fetch of one BU-day.
struct EndpointFetch
{
    QString endpoint; // coverageEndpointName(): "cost_report", "usage_messages", "claude_code"
    QDateTime fetchedAt;
    qint64 rowCount = 0;
};

struct CoverageDay
{
    QDate date;
    DayCoverage state = DayCoverage::NeverFetched;
    QList<EndpointFetch> fetches; // in CoverageEndpoint order, fetched ones only
};

// A BU's days over the range, one entry per day, and how many days are in each state.
struct BuCoverage
{
    QString businessUnit;
    QList<CoverageDay> days;
    int neverFetched = 0;
    int partial = 0;
    int fetchedEmpty = 0;
    int fetchedWithRows = 0;
};

// The newest fetch of one BU and endpoint, over all stored days (not only the range).
struct LastFetch
{
    QString businessUnit;
    QString endpoint;
    QDateTime fetchedAt;  // the newest fetched_at
    QDate latestDay;      // the latest report day fetched
    qint64 daysInRange = 0; // days of the range fetched for this endpoint
};

// What the Data health page shows (SPEC §10): completeness per BU and day, duplicates at each
// table's grain, restatements found by sync, the last fetch per BU and endpoint, recent writes.
struct HealthReport
{
    DateRange range;
    QList<BuCoverage> coverage;    // BUs in code-point order: the requested ones and any with data
    StoreCheckResults duplicates;  // one per table with a grain
    RevisionRecords revisions;     // days of the range, by BU, date, detected_at
    QList<LastFetch> lastFetches;  // by BU, then endpoint order
    AuditRecords recentWrites;     // newest first
    qint64 elapsedMs = 0;
};

// Gathers the HealthReport read-only from the store, so the page stays SQL-free. Call it on the
// database thread (DatabaseWorker); `database` may be null (nothing stored yet: every day of the
// requested BUs is never fetched).
class HealthService final
{
public:
    static constexpr int RecentWriteLimit = 50;

    static Result<HealthReport> run(Database *database, const DateRange &range, const QStringList &businessUnits);
};

} // namespace tieout
