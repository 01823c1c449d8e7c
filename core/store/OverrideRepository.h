#pragma once

#include "core/common/Result.h"
#include "core/store/StoreRecords.h"

#include <QSqlDatabase>

namespace tieout {

// The bu_overrides table: key→BU overrides (SPEC §5), one BU per API key id. The methods that
// change several rows run their own transaction; do not call them inside another one.
class OverrideRepository final
{
public:
    explicit OverrideRepository(QSqlDatabase db);

    Result<BuOverrides> loadAll(); // ordered by api_key_id
    // Makes the table hold exactly `overrides` (the config file's list), atomically.
    Status replaceAll(const BuOverrides &overrides);
    // Adds or changes one override, atomically.
    Status set(const BuOverride &override_);
    // Returns whether there was one to remove.
    Result<bool> remove(const QString &apiKeyId);

private:
    Status insertRows(const BuOverrides &overrides);

    QSqlDatabase m_db;
};

} // namespace tieout
