#include "core/store/WorkspaceRepository.h"

#include "core/store/SqlSupport.h"

namespace tieout {

WorkspaceRepository::WorkspaceRepository(QSqlDatabase db)
    : DirectoryTable(std::move(db),
                     {QStringLiteral("workspaces"),
                      {QStringLiteral("id"), QStringLiteral("name")},
                      QStringLiteral("cannot read workspaces"),
                      [](BulkInserter &insert, const WorkspaceRecord &workspace) {
                          insert.add(sql::text(workspace.id));
                          insert.add(sql::text(workspace.name));
                      },
                      [](const QSqlQuery &row) {
                          return WorkspaceRecord{sql::textFrom(row.value(0)), sql::textFrom(row.value(1))};
                      }})
{
}

} // namespace tieout
