#include "core/records/CostLine.h"

namespace tieout {

namespace {
// Null-safe: null equals null, and a null never equals an empty string.
bool same(const QString &a, const QString &b)
{
    return a.isNull() == b.isNull() && a == b;
}
} // namespace

bool sameCostGrain(const CostLine &a, const CostLine &b)
{
    return a.date == b.date && same(a.workspaceId, b.workspaceId) && same(a.description, b.description)
           && same(a.costType, b.costType) && same(a.model, b.model) && same(a.tokenType, b.tokenType)
           && same(a.serviceTier, b.serviceTier) && same(a.contextWindow, b.contextWindow)
           && same(a.inferenceGeo, b.inferenceGeo) && same(a.currency, b.currency);
}

} // namespace tieout
