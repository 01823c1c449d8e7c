#include "core/store/WorkspaceRepository.h"

#include "core/store/BulkInserter.h"
#include "core/store/DirectorySql.h"
#include "core/store/SqlSupport.h"

#include <QHash>

namespace tieout {

WorkspaceRepository::WorkspaceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<TableWriteCounts> WorkspaceRepository::replaceById(const QString &businessUnit,
                                                          const WorkspaceRecords &workspaces)
{
    QHash<QString, qsizetype> lastIndex;
    for (qsizetype i = 0; i < workspaces.size(); ++i)
        lastIndex.insert(workspaces.at(i).id, i);
    QStringList ids;
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        if (lastIndex.value(workspaces.at(i).id) == i)
            ids.append(workspaces.at(i).id);
    }

    TableWriteCounts counts;
    counts.fetched = workspaces.size();
    auto deleted = sql::deleteIds(m_db, QStringLiteral("workspaces"), businessUnit, ids);
    if (!deleted)
        return deleted.error();
    counts.deleted = *deleted;

    BulkInserter insert(m_db, QStringLiteral("workspaces"),
                        {QStringLiteral("bu"), QStringLiteral("id"), QStringLiteral("name")});
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        const WorkspaceRecord &workspace = workspaces.at(i);
        if (lastIndex.value(workspace.id) != i)
            continue;
        insert.add(businessUnit);
        insert.add(sql::text(workspace.id));
        insert.add(sql::text(workspace.name));
        if (auto status = insert.endRow(); !status)
            return status.error();
    }
    if (auto status = insert.finish(); !status)
        return status.error();
    counts.inserted = insert.inserted();
    return counts;
}

Result<WorkspaceRecords> WorkspaceRepository::load(const QString &businessUnit)
{
    auto query =
        sql::prepare(m_db, businessUnit.isNull()
                               ? QStringLiteral("SELECT id, name FROM workspaces ORDER BY id")
                               : QStringLiteral("SELECT id, name FROM workspaces WHERE bu = ? ORDER BY id"));
    if (!query)
        return query.error();
    if (!businessUnit.isNull())
        query->addBindValue(businessUnit);
    if (auto status = sql::exec(*query, QStringLiteral("cannot read workspaces")); !status)
        return status.error();
    WorkspaceRecords workspaces;
    while (query->next())
        workspaces.append({sql::textFrom(query->value(0)), sql::textFrom(query->value(1))});
    return workspaces;
}

} // namespace tieout
