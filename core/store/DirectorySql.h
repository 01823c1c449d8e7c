#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

// The SQL of the directory tables (api_keys, workspaces), for DirectoryTable.
namespace tieout::sql {

// The positions of `ids` to write, in order: for an id listed more than once (pages that
// overlapped) only its last position, so that the rows written keep the (bu, id) primary key.
QList<qsizetype> lastOfEachId(const QStringList &ids);

// DELETE FROM table WHERE bu = ? AND id IN (…), in chunks: the first half of the directory
// tables' replace-by-id (delete-then-insert instead of an upsert, which Redshift lacks).
Result<qint64> deleteIds(const QSqlDatabase &db, const QString &table, const QString &businessUnit,
                         const QStringList &ids);

// Prepares and executes "SELECT <columns> FROM <table> [WHERE bu = ?] ORDER BY id": one BU's rows,
// or every BU's when businessUnit is null. `context` names what failed in the error.
Result<QSqlQuery> selectDirectory(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                  const QString &businessUnit, const QString &context);

} // namespace tieout::sql
