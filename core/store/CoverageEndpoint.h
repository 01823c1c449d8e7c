#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tieout {

// The report endpoints whose per-day fetches are recorded in fetch_coverage, each paired with the
// table it fills. Stored by name so the column stays readable in SQL.
enum class CoverageEndpoint : quint8
{
    CostReport,      // /v1/organizations/cost_report           -> cost_lines
    UsageMessages,   // /v1/organizations/usage_report/messages -> usage_lines
    ClaudeCodeUsage, // /v1/organizations/usage_report/claude_code -> productivity
};

inline QString coverageEndpointName(CoverageEndpoint endpoint)
{
    switch (endpoint) {
    case CoverageEndpoint::CostReport:
        return QStringLiteral("cost_report");
    case CoverageEndpoint::UsageMessages:
        return QStringLiteral("usage_messages");
    case CoverageEndpoint::ClaudeCodeUsage:
        return QStringLiteral("claude_code");
    }
    return {};
}

inline std::optional<CoverageEndpoint> coverageEndpointFromName(QStringView name)
{
    for (auto endpoint :
         {CoverageEndpoint::CostReport, CoverageEndpoint::UsageMessages, CoverageEndpoint::ClaudeCodeUsage}) {
        if (name == coverageEndpointName(endpoint))
            return endpoint;
    }
    return std::nullopt;
}

inline QList<CoverageEndpoint> allCoverageEndpoints()
{
    return {CoverageEndpoint::CostReport, CoverageEndpoint::UsageMessages, CoverageEndpoint::ClaudeCodeUsage};
}

} // namespace tieout
