#include "core/reconcile/CostCategory.h"

namespace tieout {

QString costTypeName(CostCategory category)
{
    switch (category) {
    case CostCategory::WebSearch: return QStringLiteral("web_search");
    case CostCategory::CodeExecution: return QStringLiteral("code_execution");
    case CostCategory::SessionUsage: return QStringLiteral("session_usage");
    case CostCategory::OtherCharge: return QStringLiteral("other");
    default: return QStringLiteral("tokens");
    }
}

QString tokenTypeName(CostCategory category)
{
    if (!isTokenCategory(category))
        return QString();
    return tokenTypeApiName(static_cast<TokenType>(category));
}

QString categoryLabel(CostCategory category)
{
    return isTokenCategory(category) ? tokenTypeName(category) : costTypeName(category);
}

CostCategory categoryOf(QStringView costType, QStringView tokenType)
{
    if (costType == u"tokens") {
        if (const auto type = tokenTypeFromApiName(tokenType))
            return static_cast<CostCategory>(*type);
        return CostCategory::OtherCharge;
    }
    if (costType == u"web_search")
        return CostCategory::WebSearch;
    if (costType == u"code_execution")
        return CostCategory::CodeExecution;
    if (costType == u"session_usage")
        return CostCategory::SessionUsage;
    return CostCategory::OtherCharge;
}

} // namespace tieout
