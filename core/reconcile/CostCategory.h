#pragma once

#include "core/records/TokenType.h"

#include <QString>

namespace tieout {

// What a billed dollar paid for: one of the five token types (same values as TokenType), web
// search, code execution, session usage, or any other non-token charge the cost report may
// add later. Allocated dollars are kept per usage row and category.
enum class CostCategory : quint8 {
    UncachedInput = 0,
    Output = 1,
    CacheRead = 2,
    CacheWrite5m = 3,
    CacheWrite1h = 4,
    WebSearch = 5,
    CodeExecution = 6,
    SessionUsage = 7,
    OtherCharge = 8,
};
inline constexpr int CostCategoryCount = 9;

inline bool isTokenCategory(CostCategory category)
{
    return static_cast<int>(category) < TokenTypeCount;
}

// The cost report's cost_type for the category: "tokens", "web_search", "code_execution",
// "session_usage", "other".
QString costTypeName(CostCategory category);
// The token_type spelling for token categories, a null QString otherwise.
QString tokenTypeName(CostCategory category);
// A short label for reports: the token type API name, or the cost type.
QString categoryLabel(CostCategory category);
// From a cost line's cost_type and token_type. A "tokens" line whose token type is unknown is
// treated as an other charge (allocated by list price), never dropped.
CostCategory categoryOf(QStringView costType, QStringView tokenType);

} // namespace tieout
