#pragma once

#include "core/money/Money.h"

namespace tieout {

// Explains list price − billed (SPEC §5) in four parts that add up to it exactly:
//  - unpricedModels: −(billed dollars of cells whose model is unpriced): no list price to match;
//  - nonTokenCharges: web search list price − billed non-token dollars (web search, code
//    execution, session usage, …) of cells with a priced or no model;
//  - usageWithoutCost: list price of usage with no cost cell at its grain (priority tier,
//    web search in a workspace-day without a web_search line, …);
//  - residualOnPricedCells: the rest — discounts, credits and rounding on priced token cells.
struct Bridge
{
    Money unpricedModels;
    Money nonTokenCharges;
    Money usageWithoutCost;
    Money residualOnPricedCells;

    Money total() const { return unpricedModels + nonTokenCharges + usageWithoutCost + residualOnPricedCells; }
    friend bool operator==(const Bridge &, const Bridge &) = default;
};

} // namespace tieout
