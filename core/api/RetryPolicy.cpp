#include "core/api/RetryPolicy.h"

#include <algorithm>

namespace tieout::api {

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 429: // rate limited: retry-after says when
    case 500:
    case 502:
    case 503:
    case 504:
    case 529: // overloaded
        return true;
    default:
        // 400/401/403/404 and everything else describe the request, not the moment: a retry
        // would fail the same way (and a refused key must not be hammered).
        return false;
    }
}

std::chrono::milliseconds RetryPolicy::backoffCeiling(int attempt) const
{
    const qint64 base = std::max<qint64>(baseDelay.count(), 0);
    const qint64 cap = std::max<qint64>(maxDelay.count(), 0);
    qint64 ceiling = base;
    // Doubling stops as soon as the cap is reached, so large attempt numbers cannot overflow.
    for (int i = 1; i < attempt && ceiling < cap; ++i)
        ceiling *= 2;
    return std::chrono::milliseconds(std::min(ceiling, cap));
}

std::chrono::milliseconds RetryPolicy::delayFor(int attempt, std::optional<int> retryAfterSeconds,
                                                quint64 randomBits) const
{
    // Full jitter: uniform in [0, ceiling], so clients that failed together do not retry together.
    const quint64 ceiling = static_cast<quint64>(backoffCeiling(std::max(attempt, 1)).count());
    qint64 delay = static_cast<qint64>(randomBits % (ceiling + 1));

    if (retryAfterSeconds && *retryAfterSeconds > 0) {
        const qint64 floorMs = static_cast<qint64>(*retryAfterSeconds) * 1000;
        const qint64 limit = std::max<qint64>(maxDelay.count(), 0) * 4;
        delay = std::max(delay, std::min(floorMs, limit));
    }
    return std::chrono::milliseconds(delay);
}

} // namespace tieout::api
