#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace tieout::sandbox {

// The transient failures the sandbox can inject into requests that would otherwise succeed.
enum class FaultKind : quint8
{
    RateLimited, // 429 rate_limit_error with retry-after: 1
    ServerError, // 500 api_error
    Overloaded,  // 529 overloaded_error
    Timeout,     // 504 timeout_error
    Slow,        // the real response, delayed by slowMs
    Truncated,   // 200, Content-Length of the full body, the connection closed mid-JSON
    Malformed,   // 200 with a body that is not JSON
};

inline constexpr int FaultKindCount = 7;

// --faults spelling: 429, 500, 529, 504, slow, truncated, malformed.
QString faultKindName(FaultKind kind);

// Which faults, how often, and how hard. Each request independently draws a fault with
// probability `rate` from a deterministic stream seeded by `seed`; the fault is chosen
// uniformly among `kinds`. At most `maxConsecutive` faults hit the same request (same key,
// path and query) in a row, so a retrying client always gets through; <= 0 means no cap.
// Callers aggregate-initialise it ({kinds, rate, slowMs, seed, maxConsecutive}): keep the order.
struct FaultSettings
{
    QList<FaultKind> kinds;
    double rate = 0.0; // a probability, never money
    int slowMs = 3000;
    quint64 seed = 1;
    int maxConsecutive = 3;

    bool enabled() const { return !kinds.isEmpty() && rate > 0.0; }

    // "429,500,529,504,slow,truncated,malformed" (or "all"); rejects unknown names.
    static Result<QList<FaultKind>> parseKinds(QStringView text);
    static QStringList kindNames();
};

// What the injector did since the server started.
struct FaultStats
{
    qint64 requests = 0; // requests eligible for a fault (authenticated, valid, 200)
    qint64 faults = 0;
    std::array<qint64, FaultKindCount> byKind{};
    qint64 sparedByCap = 0; // faults withheld because maxConsecutive was reached

    qint64 count(FaultKind kind) const { return byKind[static_cast<int>(kind)]; }
};

} // namespace tieout::sandbox
