#pragma once

#include "core/records/DirectoryRecords.h"
#include "core/store/DirectoryTable.h"

namespace tieout {

// The workspaces table: names for workspace ids, per BU (SPEC §2.4). Replaced by id like
// api_keys, so an archived workspace keeps its name.
class WorkspaceRepository final : public DirectoryTable<WorkspaceRecord>
{
public:
    explicit WorkspaceRepository(QSqlDatabase db);
};

} // namespace tieout
