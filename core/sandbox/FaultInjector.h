#pragma once

#include "core/sandbox/DeterministicRng.h"
#include "core/sandbox/FaultSettings.h"
#include "core/sandbox/HttpExchange.h"

#include <QHash>

#include <optional>

namespace tieout::sandbox {

// Decides, request by request, whether a fault hits, from one deterministic stream seeded by
// FaultSettings::seed, and builds the faulty responses. It remembers how many faults in a row
// each distinct request (key, path and query) has had, and lets it through once it reaches
// maxConsecutive: the promise to a retrying client that it will get its data.
class FaultInjector final
{
public:
    explicit FaultInjector(const FaultSettings &settings = {});

    // Resets the stream, the streaks and the statistics.
    void setSettings(const FaultSettings &settings);
    const FaultSettings &settings() const { return m_settings; }

    // One eligible request: the fault to apply, if any.
    std::optional<FaultKind> decide(const QByteArray &requestKey);
    FaultStats stats() const { return m_stats; }

    // The response for a fault that replaces the real one (429, 500, 529, 504, malformed).
    // Slow and truncated are delivered by the server, which owns the connection.
    static SandboxResponse replacement(FaultKind kind, const SandboxResponse &real, const QString &requestId);
    // The first part of a body, cut inside the JSON: what a truncated response carries.
    static QByteArray truncatedBody(const QByteArray &body);

private:
    FaultSettings m_settings;
    DeterministicRng m_rng;
    QHash<QByteArray, int> m_streaks;
    FaultStats m_stats;
};

} // namespace tieout::sandbox
