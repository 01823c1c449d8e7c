#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/records/UsageLine.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace tieout {

namespace sql {
class DateCache;
}

// The usage_lines table: token counts per API key, workspace, model, tier and context window
// (SPEC §2.2). Synchronous; runs inside the caller's transaction.
class UsageLineRepository final
{
public:
    explicit UsageLineRepository(QSqlDatabase db);

    Status insert(const QString &businessUnit, const UsageLines &lines);
    Result<UsageLines> load(const QString &businessUnit, const DateRange &range);
    Result<qint64> deleteWindow(const QString &businessUnit, const DateRange &range);
    Result<qint64> count(const QString &businessUnit, const DateRange &range);

    // The record columns in the order read() expects them (bu excluded); the five token
    // columns follow TokenType order.
    static QStringList recordColumns();
    static QStringList tokenColumns();
    static void read(const QSqlQuery &query, int first, UsageLine &line, sql::DateCache &dates);

private:
    QSqlDatabase m_db;
};

} // namespace tieout
