#pragma once

#include "core/pricing/UnitPrices.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tieout {

// Where a price entry came from: the bundled public list prices, or the user (settings, API).
// User entries win over shipped ones for the days they cover.
enum class PriceOrigin : quint8 { Shipped, User };

// One row of the price book: a model family's list prices over a window of report dates.
// The window is [effectiveFrom, effectiveTo): a null effectiveFrom means "since always", a null
// effectiveTo means "until further notice" — end exclusive like every window in Tieout (SPEC §3),
// so a price change on day D is one entry ending at D and the next starting at D.
struct PriceEntry
{
    QString family; // "claude-sonnet-4-5"
    QDate effectiveFrom;
    QDate effectiveTo;
    UnitPrices standard;                  // standard tier, 0-200k context
    std::optional<UnitPrices> longContext; // 200k-1M context, where the family has one
    PriceOrigin origin = PriceOrigin::Shipped;

    bool covers(QDate reportDate) const
    {
        return (effectiveFrom.isNull() || reportDate >= effectiveFrom)
               && (effectiveTo.isNull() || reportDate < effectiveTo);
    }

    friend bool operator==(const PriceEntry &, const PriceEntry &) = default;
};

} // namespace tieout
