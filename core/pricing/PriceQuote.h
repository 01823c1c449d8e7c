#pragma once

#include "core/pricing/ExactDivision.h"
#include "core/pricing/UnitPrices.h"

namespace tieout {

// The prices in force for one usage row: the selected unit prices (standard or long context)
// and the tier multiplier as an exact fraction (batch = 1/2). Unpriced when the model matches
// no family, or its family has no entry in force on the report date: then the list price is
// unknown — never $0.
struct PriceQuote
{
    bool priced = false;
    int familyIndex = -1;
    UnitPrices prices;
    qint64 multiplierNumerator = 1;
    qint64 multiplierDenominator = 1;
    PriceFlags flags = NoPriceFlag;

    // tokens × unit price × multiplier, exact, rounded half-even once to nano-dollars (SPEC §3).
    qint64 listNanos(TokenType type, qint64 tokens) const
    {
        return mulMulDivRoundHalfEven(tokens, prices.of(type), multiplierNumerator,
                                      1'000'000 * multiplierDenominator);
    }
};

} // namespace tieout
