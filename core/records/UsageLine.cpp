#include "core/records/UsageLine.h"

namespace tieout {

namespace {
bool same(const QString &a, const QString &b)
{
    return a.isNull() == b.isNull() && a == b;
}
} // namespace

qint64 UsageLine::totalTokens() const
{
    qint64 total = 0;
    for (qint64 count : tokens)
        total += count;
    return total;
}

bool sameUsageGrain(const UsageLine &a, const UsageLine &b)
{
    return a.date == b.date && same(a.apiKeyId, b.apiKeyId) && same(a.workspaceId, b.workspaceId)
           && same(a.model, b.model) && same(a.serviceTier, b.serviceTier)
           && same(a.contextWindow, b.contextWindow) && same(a.inferenceGeo, b.inferenceGeo);
}

} // namespace tieout
