#pragma once

#include "core/money/Money.h"
#include "core/pricing/UnitPrices.h"

#include <array>
#include <optional>

namespace tieout {

// The list price of one usage row: per token type (each rounded half-even once) plus its web
// search requests. An unpriced row has no list price at all (total() is empty), never $0.
struct UsagePrice
{
    bool priced = false;
    QString family; // null when unpriced because no family matched
    std::array<qint64, TokenTypeCount> tokenNanos{};
    qint64 webSearchNanos = 0;
    PriceFlags flags = NoPriceFlag;

    qint64 tokenTotalNanos() const
    {
        qint64 sum = 0;
        for (qint64 nanos : tokenNanos)
            sum += nanos;
        return sum;
    }
    std::optional<Money> total() const
    {
        if (!priced)
            return std::nullopt;
        return Money::fromNanos(tokenTotalNanos() + webSearchNanos);
    }
};

} // namespace tieout
