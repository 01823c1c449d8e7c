#pragma once

#include "core/common/Result.h"
#include "core/store/StoreRecords.h"

#include <QSqlDatabase>

namespace tieout {

// The price_entries table: the user's own price-book rows (SPEC §4), stored generically and
// mapped onto PriceEntry by core/pricing. Re-pricing never touches the stored report rows.
// The methods that change several rows run their own transaction.
class PriceEntryRepository final
{
public:
    explicit PriceEntryRepository(QSqlDatabase db);

    // Ordered by model, token type, then effective_from.
    Result<PriceEntryRows> loadAll();
    // Makes the table hold exactly `rows`, atomically.
    Status replaceAll(const PriceEntryRows &rows);
    // Adds a row, replacing one with the same natural key (model, token type, tier, context
    // window, effective_from — NULLs matching NULLs), atomically.
    Status upsert(const PriceEntryRow &row);
    // Removes the row with `row`'s natural key; returns whether there was one.
    Result<bool> remove(const PriceEntryRow &row);

private:
    Result<qint64> deleteByKey(const PriceEntryRow &row);
    Status insertRows(const PriceEntryRows &rows);

    QSqlDatabase m_db;
};

} // namespace tieout
