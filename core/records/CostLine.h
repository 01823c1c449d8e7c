#pragma once

#include "core/money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tieout {

// One result of the cost report (grouped by workspace_id and description) for one day.
// A null QString means the API sent null: workspaceId null = the default workspace; the token
// fields are null for non-token costs. Money is exact nano-dollars parsed from the cent string.
struct CostLine
{
    QDate date; // the bucket's starting_at date (UTC)
    QString workspaceId;
    QString description;
    QString costType; // tokens, web_search, code_execution, session_usage, … (unknown kept)
    QString model;
    QString tokenType;
    QString serviceTier;
    QString contextWindow;
    QString inferenceGeo;
    QString currency;
    Money amount;

    friend bool operator==(const CostLine &, const CostLine &) = default;
};

// Null-safe equality on the grain key of the cost table: everything but the amount.
bool sameCostGrain(const CostLine &a, const CostLine &b);

using CostLines = QList<CostLine>;

} // namespace tieout
