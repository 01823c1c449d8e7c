#include "core/report/ReconcileRunCache.h"

#include <algorithm>

namespace tieout {

ReconcileRunCache::ReconcileRunCache(qint64 rowBudget, int maxEntries)
    : m_rowBudget(std::max<qint64>(rowBudget, 0)), m_maxEntries(std::max(maxEntries, 1))
{
}

std::shared_ptr<const ReconcileRun> ReconcileRunCache::find(YearMonth from, YearMonth to)
{
    const auto hit = std::find_if(m_entries.begin(), m_entries.end(),
                                  [&](const Entry &entry) { return entry.from == from && entry.to == to; });
    if (hit == m_entries.end())
        return nullptr;
    std::rotate(hit, hit + 1, m_entries.end());
    return m_entries.back().run;
}

void ReconcileRunCache::insert(YearMonth from, YearMonth to, std::shared_ptr<const ReconcileRun> run)
{
    if (!run)
        return;
    const auto old = std::find_if(m_entries.begin(), m_entries.end(),
                                  [&](const Entry &entry) { return entry.from == from && entry.to == to; });
    if (old != m_entries.end())
        remove(old);
    m_rows += rowsOf(*run);
    m_entries.push_back({from, to, std::move(run)});
    while (m_entries.size() > 1 && (m_rows > m_rowBudget || size() > m_maxEntries))
        remove(m_entries.begin());
}

void ReconcileRunCache::clear()
{
    m_entries.clear();
    m_rows = 0;
}

void ReconcileRunCache::remove(std::vector<Entry>::iterator entry)
{
    m_rows -= rowsOf(*entry->run);
    m_entries.erase(entry);
}

} // namespace tieout
