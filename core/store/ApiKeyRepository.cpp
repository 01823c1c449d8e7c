#include "core/store/ApiKeyRepository.h"

#include "core/store/BulkInserter.h"
#include "core/store/DirectorySql.h"
#include "core/store/SqlSupport.h"

namespace tieout {

ApiKeyRepository::ApiKeyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<TableWriteCounts> ApiKeyRepository::replaceById(const QString &businessUnit, const ApiKeyRecords &keys)
{
    // Last one wins: a key listed twice (pages that overlapped) must not break the primary key.
    QHash<QString, qsizetype> lastIndex;
    for (qsizetype i = 0; i < keys.size(); ++i)
        lastIndex.insert(keys.at(i).id, i);
    QStringList ids;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (lastIndex.value(keys.at(i).id) == i)
            ids.append(keys.at(i).id);
    }

    TableWriteCounts counts;
    counts.fetched = keys.size();
    auto deleted = sql::deleteIds(m_db, QStringLiteral("api_keys"), businessUnit, ids);
    if (!deleted)
        return deleted.error();
    counts.deleted = *deleted;

    BulkInserter insert(m_db, QStringLiteral("api_keys"),
                        {QStringLiteral("bu"), QStringLiteral("id"), QStringLiteral("name"),
                         QStringLiteral("workspace_id"), QStringLiteral("status")});
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const ApiKeyRecord &key = keys.at(i);
        if (lastIndex.value(key.id) != i)
            continue;
        insert.add(businessUnit);
        insert.add(sql::text(key.id));
        insert.add(sql::text(key.name));
        insert.add(sql::text(key.workspaceId));
        insert.add(sql::text(key.status));
        if (auto status = insert.endRow(); !status)
            return status.error();
    }
    if (auto status = insert.finish(); !status)
        return status.error();
    counts.inserted = insert.inserted();
    return counts;
}

Result<ApiKeyRecords> ApiKeyRepository::load(const QString &businessUnit)
{
    auto query = sql::prepare(
        m_db, businessUnit.isNull()
                  ? QStringLiteral("SELECT id, name, workspace_id, status FROM api_keys ORDER BY id")
                  : QStringLiteral("SELECT id, name, workspace_id, status FROM api_keys "
                                   "WHERE bu = ? ORDER BY id"));
    if (!query)
        return query.error();
    if (!businessUnit.isNull())
        query->addBindValue(businessUnit);
    if (auto status = sql::exec(*query, QStringLiteral("cannot read API keys")); !status)
        return status.error();
    ApiKeyRecords keys;
    while (query->next()) {
        keys.append({sql::textFrom(query->value(0)), sql::textFrom(query->value(1)),
                     sql::textFrom(query->value(2)), sql::textFrom(query->value(3))});
    }
    return keys;
}

} // namespace tieout
