#pragma once

#include "core/money/Int128.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace tieout {

// Splits an amount of nano-dollars over non-negative weights so that the shares add up to the
// amount exactly (SPEC §5). Each share is floor(|amount| × w / W); the units left over go one
// each to the largest remainders, the earlier position first on a tie, so the result depends
// only on the order of the weights. A negative amount (a credit) mirrors the positive split.
// Reuses its scratch space across calls: keep one per thread.
class LargestRemainder final
{
public:
    // Writes `shares` (same size as `weights`) and returns true; returns false and writes
    // nothing when the total weight is zero. Negative weights count as zero.
    bool split(qint64 amount, std::span<const qint64> weights, std::span<qint64> shares);

private:
    std::vector<Int128> m_remainders;
    std::vector<quint32> m_order;
};

} // namespace tieout
