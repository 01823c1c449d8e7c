#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/records/CostLine.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace tieout {

namespace sql {
class DateCache;
}

// The cost_lines table: what Anthropic billed, one row per cost-report result (SPEC §2.1).
// Synchronous; runs on the calling (worker) thread's connection, inside the caller's transaction.
class CostLineRepository final
{
public:
    explicit CostLineRepository(QSqlDatabase db);

    Status insert(const QString &businessUnit, const CostLines &lines);
    Result<CostLines> load(const QString &businessUnit, const DateRange &range);
    Result<qint64> deleteWindow(const QString &businessUnit, const DateRange &range);
    Result<qint64> count(const QString &businessUnit, const DateRange &range);
    // The sum of every amount (all cost types, credits included): the bill for the window.
    Result<Money> billedTotal(const QString &businessUnit, const DateRange &range);

    // The record columns in the order read() expects them (bu excluded).
    static QStringList recordColumns();
    static void read(const QSqlQuery &query, int first, CostLine &line, sql::DateCache &dates);

private:
    QSqlDatabase m_db;
};

} // namespace tieout
