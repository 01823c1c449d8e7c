#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/records/ProductivityRecord.h"

#include <QSqlDatabase>

namespace tieout {

// The productivity table: Claude Code activity per actor and day (SPEC §2.3). It has no money
// and no token column by design; tool actions are kept as canonical JSON text so that tools the
// API adds later survive without a migration.
class ProductivityRepository final
{
public:
    explicit ProductivityRepository(QSqlDatabase db);

    Status insert(const QString &businessUnit, const ProductivityRecords &records);
    Result<ProductivityRecords> load(const QString &businessUnit, const DateRange &range);
    Result<qint64> deleteWindow(const QString &businessUnit, const DateRange &range);
    Result<qint64> count(const QString &businessUnit, const DateRange &range);

    // {"Edit":{"accepted":3,"rejected":1},…} with sorted keys, compact.
    static QString toolActionsToJson(const QMap<QString, ToolActionCounts> &actions);
    static Result<QMap<QString, ToolActionCounts>> toolActionsFromJson(const QString &json);

private:
    QSqlDatabase m_db;
};

} // namespace tieout
