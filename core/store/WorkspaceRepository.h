#pragma once

#include "core/common/Result.h"
#include "core/records/DirectoryRecords.h"
#include "core/store/StoreRecords.h"

#include <QSqlDatabase>

namespace tieout {

// The workspaces table: names for workspace ids, per BU (SPEC §2.4). Replaced by id like
// api_keys, so an archived workspace keeps its name.
class WorkspaceRepository final
{
public:
    explicit WorkspaceRepository(QSqlDatabase db);

    Result<TableWriteCounts> replaceById(const QString &businessUnit, const WorkspaceRecords &workspaces);
    // Ordered by id; a null businessUnit reads every BU's workspaces.
    Result<WorkspaceRecords> load(const QString &businessUnit);

private:
    QSqlDatabase m_db;
};

} // namespace tieout
