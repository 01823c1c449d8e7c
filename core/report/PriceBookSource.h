#pragma once

#include "core/common/Result.h"
#include "core/pricing/PriceBook.h"
#include "core/store/StoreRecords.h"

namespace tieout {

// The price book in force: the bundled public list prices plus the user's entries stored in the
// database (price_entries). Stored rows are one price per (model family, token type, context
// band, effective window); they are grouped into PriceBook entries here. A user entry must give
// all five token types of its band — a missing one is an error naming it, never a $0 price.
class PriceBookSource final
{
public:
    static Result<PriceBook> withUserRows(const PriceEntryRows &rows);
};

} // namespace tieout
