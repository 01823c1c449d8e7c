#include "core/reconcile/ReconFigures.h"

namespace tieout {

Bridge ReconFigures::bridge() const
{
    Bridge bridge;
    bridge.unpricedModels = -unpricedBilled;
    bridge.nonTokenCharges = webSearchList - nonTokenBilled;
    bridge.usageWithoutCost = usageWithoutCostList;
    // Defined as what remains so the bridge adds up exactly; it equals the priced token list
    // price with a cost cell minus the billed dollars of priced token cells.
    bridge.residualOnPricedCells =
        difference() - bridge.unpricedModels - bridge.nonTokenCharges - bridge.usageWithoutCost;
    return bridge;
}

ReconFigures &ReconFigures::operator+=(const ReconFigures &other)
{
    billed += other.billed;
    listPrice += other.listPrice;
    unpricedBilled += other.unpricedBilled;
    for (size_t i = 0; i < fallbackByTier.size(); ++i)
        fallbackByTier[i] += other.fallbackByTier[i];
    credits += other.credits;
    nonTokenBilled += other.nonTokenBilled;
    webSearchList += other.webSearchList;
    usageWithoutCostList += other.usageWithoutCostList;
    tokens += other.tokens;
    unpricedTokens += other.unpricedTokens;
    webSearchRequests += other.webSearchRequests;
    return *this;
}

} // namespace tieout
