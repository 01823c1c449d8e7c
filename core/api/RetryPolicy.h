#pragma once

#include <QtGlobal>

#include <chrono>
#include <optional>

namespace tieout::api {

// Capped exponential backoff with full jitter, honouring retry-after (SPEC §2.5).
// Retries 429, 5xx and 529 and transport errors; never 400/401/403/404.
struct RetryPolicy
{
    int maxAttempts = 6; // including the first
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30'000};
    quint64 jitterSeed = 0; // 0 = random; fixed seeds make tests repeatable

    static bool isRetryableStatus(int httpStatus);
    // The un-jittered ceiling for retry number `attempt`: baseDelay × 2^(attempt-1), capped at maxDelay.
    std::chrono::milliseconds backoffCeiling(int attempt) const;
    // Delay before attempt number `attempt` (1 = the first retry). `retryAfterSeconds`, when the
    // server sent one, is a floor (capped by maxDelay × 4 to keep a bad header from stalling a run).
    std::chrono::milliseconds delayFor(int attempt, std::optional<int> retryAfterSeconds, quint64 randomBits) const;
};

} // namespace tieout::api
