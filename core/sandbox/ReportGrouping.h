#pragma once

#include <QStringList>

namespace tieout::sandbox {

// Which dimensions a usage report is grouped by (group_by[]). Ungrouped dimensions come back
// null and their rows are summed.
struct UsageGrouping
{
    bool apiKey = true;
    bool workspace = true;
    bool model = true;
    bool serviceTier = true;
    bool contextWindow = true;
    bool inferenceGeo = true;

    static UsageGrouping all() { return {}; }
    static UsageGrouping none() { return {false, false, false, false, false, false}; }
    // What core/api's client asks for: api_key_id, workspace_id, model, service_tier,
    // context_window (inference_geo comes back null).
    static UsageGrouping clientGrain() { return {true, true, true, true, true, false}; }
};

// The usage report's filters (api_key_ids[], workspace_ids[], …); an empty list lets all pass.
// Null ids (Console usage, the default workspace) never match an id filter.
struct UsageFilter
{
    QStringList apiKeyIds;
    QStringList workspaceIds;
    QStringList models;
    QStringList serviceTiers;
    QStringList contextWindows;
    QStringList inferenceGeos;
};

// Which dimensions a cost report is grouped by. Without description the detail fields (model,
// token type, tier, window, geo, description) are null and lines are summed per workspace and
// cost type; without workspace_id the workspace is null and lines are summed across workspaces.
struct CostGrouping
{
    bool workspace = true;
    bool description = true;
};

} // namespace tieout::sandbox
