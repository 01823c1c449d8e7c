#include "core/sandbox/FaultInjector.h"

namespace tieout::sandbox {

FaultInjector::FaultInjector(const FaultSettings &settings) : m_settings(settings), m_rng(settings.seed) {}

void FaultInjector::setSettings(const FaultSettings &settings)
{
    m_settings = settings;
    m_rng = DeterministicRng(settings.seed);
    m_streaks.clear();
    m_stats = {};
}

std::optional<FaultKind> FaultInjector::decide(const QByteArray &requestKey)
{
    ++m_stats.requests;
    if (!m_settings.enabled())
        return std::nullopt;
    // Draw for every eligible request, capped or not, so the sequence of decisions depends only
    // on the seed and the order of requests.
    const bool hit = m_rng.unit() < m_settings.rate;
    const FaultKind kind = m_settings.kinds[m_rng.pick(static_cast<int>(m_settings.kinds.size()))];
    if (!hit) {
        m_streaks.remove(requestKey);
        return std::nullopt;
    }
    const int streak = m_streaks.value(requestKey, 0);
    if (m_settings.maxConsecutive > 0 && streak >= m_settings.maxConsecutive) {
        m_streaks.remove(requestKey);
        ++m_stats.sparedByCap;
        return std::nullopt;
    }
    m_streaks.insert(requestKey, streak + 1);
    ++m_stats.faults;
    ++m_stats.byKind[static_cast<size_t>(kind)];
    return kind;
}

SandboxResponse FaultInjector::replacement(FaultKind kind, const SandboxResponse &real,
                                           const QString &requestId)
{
    switch (kind) {
    case FaultKind::RateLimited: {
        SandboxResponse response = SandboxResponse::error(
            429, QStringLiteral("rate_limit_error"),
            QStringLiteral("Number of requests has exceeded your rate limit"), requestId);
        response.headers.append({QByteArrayLiteral("retry-after"), QByteArrayLiteral("1")});
        return response;
    }
    case FaultKind::ServerError:
        return SandboxResponse::error(500, QStringLiteral("api_error"),
                                      QStringLiteral("Internal server error"), requestId);
    case FaultKind::Overloaded:
        return SandboxResponse::error(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"),
                                      requestId);
    case FaultKind::Timeout:
        return SandboxResponse::error(504, QStringLiteral("timeout_error"),
                                      QStringLiteral("Request timed out"), requestId);
    case FaultKind::Malformed: {
        // Single quotes in place of double quotes near the start: still looks like JSON to a
        // person, but no parser accepts it.
        SandboxResponse response = real;
        for (qsizetype i = 0; i < std::min<qsizetype>(response.body.size(), 64); ++i) {
            if (response.body[i] == '"')
                response.body[i] = '\'';
        }
        if (response.body.isEmpty())
            response.body = QByteArrayLiteral("{'data': [");
        return response;
    }
    case FaultKind::Slow:
    case FaultKind::Truncated:
        break;
    }
    return real;
}

QByteArray FaultInjector::truncatedBody(const QByteArray &body)
{
    return body.left(std::max<qsizetype>(1, body.size() / 2));
}

} // namespace tieout::sandbox
