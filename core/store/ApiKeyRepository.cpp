#include "core/store/ApiKeyRepository.h"

#include "core/store/SqlSupport.h"

namespace tieout {

ApiKeyRepository::ApiKeyRepository(QSqlDatabase db)
    : DirectoryTable(std::move(db),
                     {QStringLiteral("api_keys"),
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("workspace_id"),
                       QStringLiteral("status")},
                      QStringLiteral("cannot read API keys"),
                      [](BulkInserter &insert, const ApiKeyRecord &key) {
                          insert.add(sql::text(key.id));
                          insert.add(sql::text(key.name));
                          insert.add(sql::text(key.workspaceId));
                          insert.add(sql::text(key.status));
                      },
                      [](const QSqlQuery &row) {
                          return ApiKeyRecord{sql::textFrom(row.value(0)), sql::textFrom(row.value(1)),
                                              sql::textFrom(row.value(2)), sql::textFrom(row.value(3))};
                      }})
{
}

} // namespace tieout
