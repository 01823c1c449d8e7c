#pragma once

#include "core/money/YearMonth.h"
#include "core/report/ReconcileService.h"

#include <memory>
#include <vector>

namespace tieout {

// The tie-outs already computed from the current store and settings, by month range, so that
// going back to a range shows it at once instead of reconciling it again. A result keeps its
// input columns, so the cache is bounded by the rows its results hold (and by a count); the
// least recently used goes first, and the newest result always stays. Whoever changes what a
// result depends on — a write to the store, the settings, the price book, the overrides —
// clears it: a cached result is never shown for data it was not computed from.
class ReconcileRunCache final
{
public:
    // ≈ two years of the sandbox's `large` profile (744,336 rows a year).
    static constexpr qint64 DefaultRowBudget = 1'500'000;
    static constexpr int DefaultMaxEntries = 12;

    explicit ReconcileRunCache(qint64 rowBudget = DefaultRowBudget, int maxEntries = DefaultMaxEntries);

    // The result for exactly this range, or null; a hit becomes the most recently used.
    std::shared_ptr<const ReconcileRun> find(YearMonth from, YearMonth to);
    // Keeps `run` as the result for the range (replacing an older one), then evicts.
    void insert(YearMonth from, YearMonth to, std::shared_ptr<const ReconcileRun> run);
    void clear();

    int size() const { return static_cast<int>(m_entries.size()); }
    qint64 rows() const { return m_rows; }
    static qint64 rowsOf(const ReconcileRun &run) { return run.costLines + run.usageRows; }

private:
    struct Entry
    {
        YearMonth from;
        YearMonth to;
        std::shared_ptr<const ReconcileRun> run;
    };

    void remove(std::vector<Entry>::iterator entry);

    std::vector<Entry> m_entries; // least recently used first
    qint64 m_rowBudget;
    int m_maxEntries;
    qint64 m_rows = 0;
};

} // namespace tieout
