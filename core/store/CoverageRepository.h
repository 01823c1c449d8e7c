#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/store/CoverageEndpoint.h"
#include "core/store/StoreRecords.h"

#include <QSqlDatabase>

namespace tieout {

// The fetch_coverage table: which (BU, day, endpoint) has been fetched, when, and how many rows
// it gave — so "fetched, no rows" (row_count 0) differs from "never fetched" (no row).
// Synchronous; runs inside the caller's transaction.
class CoverageRepository final
{
public:
    explicit CoverageRepository(QSqlDatabase db);

    Status insert(const CoverageRecords &records);
    Result<qint64> deleteWindow(const QString &businessUnit, const DateRange &range,
                                const QList<CoverageEndpoint> &endpoints);
    // Ordered by BU, date, endpoint; a null businessUnit reads every BU.
    Result<CoverageRecords> load(const DateRange &range, const QString &businessUnit = QString());

private:
    QSqlDatabase m_db;
};

} // namespace tieout
