#include "core/reconcile/LargestRemainder.h"

#include "core/money/Int128.h"

#include <algorithm>
#include <limits>

namespace tieout {

bool LargestRemainder::split(qint64 amount, std::span<const qint64> weights, std::span<qint64> shares)
{
    Q_ASSERT(weights.size() == shares.size());
    Int128 total = 0;
    for (qint64 weight : weights)
        total += weight > 0 ? weight : 0;
    if (total == 0)
        return false;

    const bool negative = amount < 0;
    const Int128 magnitude = negative ? -static_cast<Int128>(amount) : static_cast<Int128>(amount);
    const size_t n = weights.size();
    m_remainders.resize(n);
    Int128 assigned = 0;
    const bool small = total <= Int128(std::numeric_limits<qint64>::max());
    const qint64 total64 = small ? static_cast<qint64>(total) : 0;
    const qint64 magnitude64 = magnitude <= Int128(std::numeric_limits<qint64>::max()) ? static_cast<qint64>(magnitude) : -1;
    for (size_t i = 0; i < n; ++i) {
        const qint64 weight = weights[i] > 0 ? weights[i] : 0;
        qint64 product = 0;
        if (small && magnitude64 >= 0 && !__builtin_mul_overflow(magnitude64, weight, &product)) {
            shares[i] = product / total64;
            m_remainders[i] = product % total64;
        } else {
            const Int128 wide = magnitude * weight;
            shares[i] = static_cast<qint64>(wide / total);
            m_remainders[i] = wide % total;
        }
        assigned += shares[i];
    }

    qint64 leftover = static_cast<qint64>(magnitude - assigned); // < n by construction
    if (leftover > 0) {
        m_order.clear();
        for (size_t i = 0; i < n; ++i) {
            if (m_remainders[i] > 0)
                m_order.push_back(static_cast<quint32>(i));
        }
        const auto larger = [this](quint32 a, quint32 b) {
            return m_remainders[a] != m_remainders[b] ? m_remainders[a] > m_remainders[b] : a < b;
        };
        const auto cut = m_order.begin() + std::min<qint64>(leftover, static_cast<qint64>(m_order.size()));
        // Only the set of winners matters, and `larger` is a strict total order (ties broken by
        // position), so a linear-time selection picks exactly the same rows as a full sort.
        if (cut != m_order.end())
            std::nth_element(m_order.begin(), cut, m_order.end(), larger);
        for (auto it = m_order.begin(); it != cut; ++it)
            ++shares[*it];
    }
    if (negative) {
        for (size_t i = 0; i < n; ++i)
            shares[i] = -shares[i];
    }
    return true;
}

} // namespace tieout
