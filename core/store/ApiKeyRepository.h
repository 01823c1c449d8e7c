#pragma once

#include "core/records/DirectoryRecords.h"
#include "core/store/DirectoryTable.h"

namespace tieout {

// The api_keys table: names for API key ids, per BU (SPEC §2.4). Keys are replaced by id, never
// wholesale: a key that has since been deleted keeps its name for the history that mentions it.
class ApiKeyRepository final : public DirectoryTable<ApiKeyRecord>
{
public:
    explicit ApiKeyRepository(QSqlDatabase db);
};

} // namespace tieout
