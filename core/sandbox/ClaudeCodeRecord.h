#pragma once

#include "core/records/ProductivityRecord.h"

#include <QList>
#include <QString>

namespace tieout::sandbox {

// One model of a Claude Code record's model_breakdown. The sandbox serves it because the real
// API does; the product's decoder drops it (SPEC §2.3).
struct ClaudeCodeModelUsage
{
    QString model;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheCreationTokens = 0;
    qint64 estimatedCostCents = 0; // a JSON number in the response
    friend bool operator==(const ClaudeCodeModelUsage &, const ClaudeCodeModelUsage &) = default;
};

// One actor's Claude Code day: what the client keeps (productivity) plus the breakdown.
struct ClaudeCodeRecord
{
    ProductivityRecord productivity;
    QList<ClaudeCodeModelUsage> modelBreakdown;
    friend bool operator==(const ClaudeCodeRecord &, const ClaudeCodeRecord &) = default;
};

using ClaudeCodeRecords = QList<ClaudeCodeRecord>;

} // namespace tieout::sandbox
