#pragma once

#include "core/api/DecodedPage.h"
#include "core/common/Result.h"
#include "core/records/ProductivityRecord.h"

#include <QByteArray>
#include <QJsonObject>

namespace tieout::api {

using ClaudeCodePage = DecodedPage<ProductivityRecord>;

// Decodes one page of /v1/organizations/usage_report/claude_code (SPEC §2.3) into
// ProductivityRecords. model_breakdown is dropped without being read: its estimated_cost
// duplicates the cost report's dollars and must never be stored. New tools in tool_actions
// are kept. Pure: no network, no state.
class ClaudeCodePageDecoder final
{
public:
    static Result<ClaudeCodePage> decode(const QByteArray &body, const QString &where);
    static Result<ClaudeCodePage> decode(const QJsonObject &page, const QString &where);
};

} // namespace tieout::api
