#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tieout::sql {

// DELETE FROM table WHERE bu = ? AND id IN (…), in chunks: the first half of the directory
// tables' replace-by-id (delete-then-insert instead of an upsert, which Redshift lacks).
Result<qint64> deleteIds(const QSqlDatabase &db, const QString &table, const QString &businessUnit,
                         const QStringList &ids);

} // namespace tieout::sql
