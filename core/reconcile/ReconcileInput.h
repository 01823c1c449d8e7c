#pragma once

#include "core/money/YearMonth.h"
#include "core/reconcile/CostCategory.h"
#include "core/reconcile/StringPool.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <array>
#include <vector>

namespace tieout {

// Usage rows as a struct of columns: one entry per row of the messages usage report (a day,
// key, workspace, model, tier, context window, geo). Days are offsets from
// ReconcileInput::firstDay; BUs are dense indexes into ReconcileInput::businessUnits.
struct UsageColumns
{
    std::vector<qint32> day;
    std::vector<quint16> fetchBu;     // the BU whose admin key fetched the row
    std::vector<quint16> effectiveBu; // after the key -> BU override (SPEC §5)
    std::vector<StrId> workspace;
    std::vector<StrId> apiKey;
    std::vector<StrId> model;
    std::vector<StrId> serviceTier;
    std::vector<StrId> contextWindow;
    std::vector<StrId> inferenceGeo;
    std::vector<std::array<qint64, TokenTypeCount>> tokens;
    std::vector<qint64> webSearchRequests;

    size_t size() const { return day.size(); }
};

// Cost report lines as columns. Lines that share a cell are summed by the allocator.
struct CostColumns
{
    std::vector<qint32> day;
    std::vector<quint16> bu;
    std::vector<StrId> workspace;
    std::vector<StrId> model;
    std::vector<StrId> serviceTier;
    std::vector<StrId> contextWindow;
    std::vector<CostCategory> category;
    std::vector<qint64> amount; // nano-dollars, credits negative

    size_t size() const { return day.size(); }
};

// Everything the reconciler needs for a month range, compact and immutable once built
// (ReconcileInputBuilder). Holds no QString per row: a year of 7 BUs is a few tens of MB.
struct ReconcileInput
{
    YearMonth from;
    YearMonth to;
    QDate firstDay;     // from.firstDay()
    int dayCount = 0;   // days in [from, to]
    int monthCount = 0;
    std::vector<quint16> monthOfDay; // day offset -> month index

    StringPool strings;
    // Dense BU index -> name, in code-point order: configured BUs, override targets and every
    // BU that fetched data in the range.
    QStringList businessUnits;
    std::vector<quint8> buConfigured;     // per BU: listed in the configuration
    std::vector<quint8> buOverrideTarget; // per BU: the target of a key -> BU override
    std::vector<quint8> buFetches;        // per BU: configured or has fetched lines

    UsageColumns usage;
    CostColumns costs;

    QHash<QString, QString> apiKeyNames;    // api_key_id -> name
    QHash<QString, QString> workspaceNames; // workspace_id -> name
    QHash<QString, QString> overrides;      // api_key_id -> BU, as configured

    // Coverage (SPEC §5 completeness): fetched[bu * dayCount + day] != 0 when that BU's day was
    // fetched (even with no rows). When not tracked, the coverage part of the status is skipped.
    bool coverageTracked = false;
    std::vector<quint8> fetched;

    int skippedOutOfRange = 0; // lines dated outside [from, to], ignored

    int buCount() const { return static_cast<int>(businessUnits.size()); }
    QDate date(int day) const { return firstDay.addDays(day); }
    YearMonth month(int monthIndex) const
    {
        const int absolute = from.year() * 12 + (from.month() - 1) + monthIndex;
        return YearMonth(absolute / 12, absolute % 12 + 1);
    }
    int buIndex(const QString &name) const { return static_cast<int>(businessUnits.indexOf(name)); }
    bool wasFetched(int bu, int day) const
    {
        return fetched[static_cast<size_t>(bu) * static_cast<size_t>(dayCount) + static_cast<size_t>(day)] != 0;
    }
};

} // namespace tieout
