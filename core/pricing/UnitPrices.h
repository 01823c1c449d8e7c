#pragma once

#include "core/records/TokenType.h"

#include <QtGlobal>

#include <array>

namespace tieout {

// List prices of the five token types for one family and context band, as exact integers:
// nano-dollars per million tokens ($3 / MTok = 3'000'000'000). Parsed from decimal strings,
// never from doubles.
struct UnitPrices
{
    std::array<qint64, TokenTypeCount> nanosPerMillion{}; // indexed by TokenType

    qint64 of(TokenType type) const { return nanosPerMillion[static_cast<int>(type)]; }
    void set(TokenType type, qint64 nanos) { nanosPerMillion[static_cast<int>(type)] = nanos; }

    friend bool operator==(const UnitPrices &, const UnitPrices &) = default;
};

// How a usage row's service_tier maps onto the price book.
enum class TierClass : quint8 {
    Standard, // "standard" or null
    Batch,    // "batch": the book's batch multiplier (50%)
    Other,    // priority, flex, …: standard rate, flagged (SPEC §4)
};

// How a usage row's context_window maps onto the price book.
enum class ContextClass : quint8 {
    Standard, // "0-200k" or null
    Long,     // "200k-1M": the long-context price where the family has one
    Other,    // an unknown band: standard rate, flagged
};

// Why a priced row is priced only approximately; shown to the analyst next to the figure.
enum PriceFlag : quint8 {
    NoPriceFlag = 0,
    NonStandardTier = 1 << 0,    // priority, flex, …: charged at the standard rate
    NoLongContextPrice = 1 << 1, // 200k-1M on a family without a long-context price
    UnknownContextWindow = 1 << 2,
};
using PriceFlags = quint8;

} // namespace tieout
