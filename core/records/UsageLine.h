#pragma once

#include "core/records/TokenType.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace tieout {

// One result of the messages usage report (1d buckets grouped by api_key_id, workspace_id,
// model, service_tier, context_window). apiKeyId null = Console/Workbench usage; workspaceId
// null = the default workspace; unknown service tiers (priority, flex, …) are kept verbatim.
struct UsageLine
{
    QDate date;
    QString apiKeyId;
    QString workspaceId;
    QString model;
    QString serviceTier;
    QString contextWindow;
    QString inferenceGeo;
    std::array<qint64, TokenTypeCount> tokens{}; // indexed by TokenType
    qint64 webSearchRequests = 0;

    qint64 tokensOf(TokenType type) const { return tokens[static_cast<int>(type)]; }
    qint64 totalTokens() const;

    friend bool operator==(const UsageLine &, const UsageLine &) = default;
};

// Null-safe equality on the grain key of the usage table: everything but the counts.
bool sameUsageGrain(const UsageLine &a, const UsageLine &b);

using UsageLines = QList<UsageLine>;

} // namespace tieout
