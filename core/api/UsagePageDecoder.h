#pragma once

#include "core/api/DecodedPage.h"
#include "core/common/Result.h"
#include "core/records/UsageLine.h"

#include <QByteArray>
#include <QJsonObject>

namespace tieout::api {

using UsagePage = DecodedPage<UsageLine>;

// Decodes one page of /v1/organizations/usage_report/messages (SPEC §2.2) into UsageLines:
// the five token counts (cache writes from the nested cache_creation object), web search
// requests from server_tool_use, and whichever dimensions were grouped (absent or null → null).
// Unknown service tiers are kept verbatim. Pure: no network, no state.
class UsagePageDecoder final
{
public:
    static Result<UsagePage> decode(const QByteArray &body, const QString &where);
    static Result<UsagePage> decode(const QJsonObject &page, const QString &where);
};

} // namespace tieout::api
