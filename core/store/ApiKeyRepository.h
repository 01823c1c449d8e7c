#pragma once

#include "core/common/Result.h"
#include "core/records/DirectoryRecords.h"
#include "core/store/StoreRecords.h"

#include <QHash>
#include <QSqlDatabase>

namespace tieout {

// The api_keys table: names for API key ids, per BU (SPEC §2.4). Keys are replaced by id, never
// wholesale: a key that has since been deleted keeps its name for the history that mentions it.
class ApiKeyRepository final
{
public:
    explicit ApiKeyRepository(QSqlDatabase db);

    // Deletes the BU's rows with these ids, then inserts the records (last one wins for an id
    // that appears twice). Runs inside the caller's transaction.
    Result<TableWriteCounts> replaceById(const QString &businessUnit, const ApiKeyRecords &keys);
    // Ordered by id; a null businessUnit reads every BU's keys.
    Result<ApiKeyRecords> load(const QString &businessUnit);

private:
    QSqlDatabase m_db;
};

} // namespace tieout
