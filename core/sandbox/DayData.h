#pragma once

#include "core/sandbox/RateCard.h"

#include <QDate>
#include <QList>

#include <array>

namespace tieout::sandbox {

// One usage row at the finest grain: the stream (index into OrganizationLayout::streams)
// carries the dimensions, the cell the counts.
struct UsageCell
{
    int stream = 0;
    std::array<qint64, TokenTypeCount> tokens{};
    qint64 webSearchRequests = 0;
};

enum class CostKind : quint8
{
    Tokens,
    WebSearch,
    CodeExecution,
    Credit
};

// One cost line at the finest grain (grouped by workspace_id and description). Non-token
// lines have model = -1 and no token type.
struct CostCell
{
    int workspace = 0;
    CostKind kind = CostKind::Tokens;
    int model = -1;
    ServiceTier tier = ServiceTier::Standard;
    ContextWindow window = ContextWindow::Standard;
    InferenceGeo geo = InferenceGeo::Global;
    TokenType tokenType = TokenType::UncachedInput;
    qint64 nanos = 0;
};

// Everything one organization used and was billed on one UTC day, in compact form.
struct DayData
{
    QDate day;
    QList<UsageCell> usage;
    QList<CostCell> cost;
};

} // namespace tieout::sandbox
