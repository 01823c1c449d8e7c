#pragma once

#include "core/pricing/UnitPrices.h"

#include <array>
#include <vector>

namespace tieout {

// List prices of every usage row of a ReconcileInput, by token type, plus its web search.
// An unpriced row (model without a family or without a price in force that day) has no list
// price at all: zeros here, and the Unpriced flag, so it is never mistaken for $0.
struct RowPricing
{
    static constexpr quint8 Unpriced = 0x80; // in `flags`, next to the PriceFlags bits

    std::vector<std::array<qint64, TokenTypeCount>> tokenList;
    std::vector<qint64> webSearchList;
    std::vector<quint8> flags;

    bool isPriced(size_t row) const { return (flags[row] & Unpriced) == 0; }
    qint64 listTotal(size_t row) const
    {
        qint64 sum = webSearchList[row];
        for (qint64 nanos : tokenList[row])
            sum += nanos;
        return sum;
    }
};

} // namespace tieout
