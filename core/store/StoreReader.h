#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/records/CostLine.h"
#include "core/records/UsageLine.h"
#include "core/store/StoreRecords.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace tieout {

// Read access for the reconciler and exporters: streams every BU's report rows over a range
// through a callback instead of materialising them, with forward-only queries over only the
// columns asked for (on SQLite, through the C API where that is safe). The callback's references are valid
// for the call only (the same objects are refilled for the next row), so it copies what it keeps.
class StoreReader final
{
public:
    enum class Columns : quint8
    {
        Reconcile, // what allocation needs; description, inference_geo and currency left null
        All,
    };

    using CostCallback = std::function<void(const QString &businessUnit, const CostLine &line)>;
    using UsageCallback = std::function<void(const QString &businessUnit, const UsageLine &line)>;

    explicit StoreReader(QSqlDatabase db);

    // On SQLite the scans read through the C API when that is safe (see SqliteNativeScan);
    // false forces QSqlQuery, for comparison in tests and benchmarks.
    void setNativeSqliteScans(bool enabled) { m_nativeSqlite = enabled; }
    // Whether the next scan on this connection takes the native path.
    bool usesNativeSqliteScans() const;

    Status scanCostLines(const DateRange &range, const CostCallback &callback,
                         Columns columns = Columns::Reconcile);
    // Reconcile leaves inference_geo null.
    Status scanUsageLines(const DateRange &range, const UsageCallback &callback,
                          Columns columns = Columns::Reconcile);

    // api_key_id -> BU.
    Result<QHash<QString, QString>> overrides();
    // id -> name, across BUs (ids are unique across organisations).
    Result<QHash<QString, QString>> apiKeyNames();
    Result<QHash<QString, QString>> workspaceNames();
    // Every BU with cost, usage or coverage rows in the range, sorted.
    Result<QStringList> businessUnits(const DateRange &range);
    Result<CoverageRecords> coverage(const DateRange &range);

private:
    Result<QHash<QString, QString>> namesOf(const QString &table);

    QSqlDatabase m_db;
    bool m_nativeSqlite = true;
};

} // namespace tieout
