#pragma once

#include "core/money/Money.h"
#include "core/reconcile/Bridge.h"
#include "core/reconcile/Ratio.h"

#include <array>

namespace tieout {

// The tie-out figures of a slice (a month and BU, a month, a model, …), exact nano-dollars.
// Additive: a slice's figures are the sum of its parts', so totals never drift from rows.
struct ReconFigures
{
    Money billed;         // allocated billed dollars (the bill is the truth)
    Money listPrice;      // list price of priced usage rows only
    Money unpricedBilled; // billed dollars of cells whose model is unpriced, wherever they landed
    std::array<Money, 3> fallbackByTier; // dollars placed by fallback tiers 1, 2 and 3
    Money credits;        // negative dollars from credit cells (already inside billed)
    // Bridge inputs (see Bridge): non-token billed of priced/null-model cells, web search list
    // price of rows whose workspace-day has a web_search cell, list price of usage with no cost.
    Money nonTokenBilled;
    Money webSearchList;
    Money usageWithoutCostList;
    qint64 tokens = 0;
    qint64 unpricedTokens = 0;
    qint64 webSearchRequests = 0;

    Money difference() const { return listPrice - billed; }
    // Dollars placed by any fallback tier, unattributed ones included.
    Money fallback() const { return fallbackByTier[0] + fallbackByTier[1] + fallbackByTier[2]; }
    // Tier 3: dollars that stayed with the fetching BU because there was nothing to weigh.
    Money unattributed() const { return fallbackByTier[2]; }
    // list ÷ (billed − unpriced billed): unpriced dollars have no list price to compare with.
    Ratio ratio() const { return Ratio(listPrice.nanos(), (billed - unpricedBilled).nanos()); }
    Bridge bridge() const;

    ReconFigures &operator+=(const ReconFigures &other);
    friend bool operator==(const ReconFigures &, const ReconFigures &) = default;
};

} // namespace tieout
