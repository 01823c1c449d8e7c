#include "core/store/OverrideRepository.h"

#include "core/store/BulkInserter.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"

#include <QHash>

namespace tieout {

OverrideRepository::OverrideRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<BuOverrides> OverrideRepository::loadAll()
{
    auto query =
        sql::prepare(m_db, QStringLiteral("SELECT api_key_id, bu FROM bu_overrides ORDER BY api_key_id"));
    if (!query)
        return query.error();
    if (auto status = sql::exec(*query, QStringLiteral("cannot read key overrides")); !status)
        return status.error();
    BuOverrides overrides;
    while (query->next())
        overrides.append({query->value(0).toString(), query->value(1).toString()});
    return overrides;
}

Status OverrideRepository::insertRows(const BuOverrides &overrides)
{
    BulkInserter insert(m_db, QStringLiteral("bu_overrides"),
                        {QStringLiteral("api_key_id"), QStringLiteral("bu")});
    for (const BuOverride &override_ : overrides) {
        insert.add(override_.apiKeyId);
        insert.add(override_.businessUnit);
        if (auto status = insert.endRow(); !status)
            return status;
    }
    return insert.finish();
}

Status OverrideRepository::replaceAll(const BuOverrides &overrides)
{
    QHash<QString, QString> seen;
    for (const BuOverride &override_ : overrides) {
        if (override_.apiKeyId.isEmpty() || override_.businessUnit.isEmpty())
            return Error(ErrorCode::Config,
                         QStringLiteral("a key override needs both an API key id and a BU"));
        if (seen.contains(override_.apiKeyId) && seen.value(override_.apiKeyId) != override_.businessUnit)
            return Error(ErrorCode::Config, QStringLiteral("API key %1 is overridden to two BUs (%2 and %3)")
                                                .arg(override_.apiKeyId, seen.value(override_.apiKeyId),
                                                     override_.businessUnit));
        seen.insert(override_.apiKeyId, override_.businessUnit);
    }
    BuOverrides unique;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        unique.append({it.key(), it.value()});

    Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status;
    if (auto status = sql::execStatement(m_db, QStringLiteral("DELETE FROM bu_overrides"),
                                         QStringLiteral("cannot clear key overrides"));
        !status)
        return status;
    if (auto status = insertRows(unique); !status)
        return status;
    return transaction.commit();
}

Status OverrideRepository::set(const BuOverride &override_)
{
    if (override_.apiKeyId.isEmpty() || override_.businessUnit.isEmpty())
        return Error(ErrorCode::Config, QStringLiteral("a key override needs both an API key id and a BU"));
    Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status;
    auto query = sql::prepare(m_db, QStringLiteral("DELETE FROM bu_overrides WHERE api_key_id = ?"));
    if (!query)
        return query.error();
    query->addBindValue(override_.apiKeyId);
    if (auto status = sql::exec(*query, QStringLiteral("cannot change a key override")); !status)
        return status;
    if (auto status = insertRows({override_}); !status)
        return status;
    return transaction.commit();
}

Result<bool> OverrideRepository::remove(const QString &apiKeyId)
{
    auto query = sql::prepare(m_db, QStringLiteral("DELETE FROM bu_overrides WHERE api_key_id = ?"));
    if (!query)
        return query.error();
    query->addBindValue(apiKeyId);
    if (auto status = sql::exec(*query, QStringLiteral("cannot remove a key override")); !status)
        return status.error();
    return query->numRowsAffected() > 0;
}

} // namespace tieout
