#pragma once

#include "core/reconcile/ReconcileInput.h"
#include "core/records/CostLine.h"
#include "core/records/UsageLine.h"

#include <QHash>

namespace tieout {

// Collects a month range of cost and usage lines into a ReconcileInput, cheaply enough to be
// fed straight from a store scan: each add interns a few strings (with a last-value shortcut,
// since scans return runs of equal BUs, models and tiers) and appends to columns.
//
//   ReconcileInputBuilder builder(from, to);
//   builder.addConfiguredBusinessUnit(u"DevFactory"_s);
//   builder.setOverrides(overrides);
//   store.scanCostLines(range, [&](const QString &bu, const CostLine &line) { builder.addCost(bu, line); });
//   store.scanUsageLines(range, [&](const QString &bu, const UsageLine &line) { builder.addUsage(bu, line); });
//   ReconcileInput input = builder.build();
class ReconcileInputBuilder final
{
public:
    ReconcileInputBuilder(YearMonth from, YearMonth to);

    void addConfiguredBusinessUnit(const QString &bu);
    void setOverrides(const QHash<QString, QString> &apiKeyToBu);
    void setApiKeyNames(const QHash<QString, QString> &names);
    void setWorkspaceNames(const QHash<QString, QString> &names);
    // Turns on the coverage part of the status: a day never fetched for a BU fails its month.
    void setCoverageTracked(bool tracked = true);
    // Records that (bu, day) was fetched, even if it returned no rows. Implies coverage tracking.
    void addFetchedDay(const QString &bu, QDate day);
    void reserve(size_t usageRows, size_t costLines);

    // Lines dated outside [from, to] are counted and ignored.
    void addCost(const QString &bu, const CostLine &line);
    void addUsage(const QString &bu, const UsageLine &line);

    // Recompute after a backfill without re-reading the whole range: copies every usage row,
    // cost line and fetched day of `previous` except those of the replaced (fetching BU, month)
    // windows, straight from memory (ids remapped, no per-row strings). Then scan just the
    // replaced windows from the store with addCost/addUsage/addFetchedDay. Configuration,
    // overrides and names are not copied: set them as for a fresh build.
    void addFromPrevious(const ReconcileInput &previous, const QList<QPair<QString, YearMonth>> &replacedWindows);

    // Finishes the input (BU indexes, overrides, coverage); the builder is left empty.
    ReconcileInput build();

private:
    struct Slot
    {
        QString last;
        StrId id = StringPool::Null;
    };
    StrId intern(const QString &text, Slot &slot);
    int dayOffset(QDate date) const;

    ReconcileInput m_input;
    qint64 m_firstJulianDay = 0;
    // BUs by string id while collecting; turned into dense indexes by build().
    std::vector<StrId> m_usageBu;
    std::vector<StrId> m_costBu;
    std::vector<std::pair<StrId, qint32>> m_fetchedDays;
    QList<StrId> m_configured;
    QHash<quint64, CostCategory> m_categories; // (cost_type id, token_type id) -> category
    Slot m_buSlot, m_workspaceSlot, m_keySlot, m_modelSlot, m_tierSlot, m_contextSlot, m_geoSlot,
        m_costTypeSlot, m_tokenTypeSlot;
};

} // namespace tieout
