// Fuzz target: the usage_report/claude_code page decoder (SPEC §2.3) on arbitrary bodies.
// Besides never crashing: every record is dated, names its actor by the field its type says, and
// has no negative activity counts.
#include "FuzzTargets.h"
#include "PageChecks.h"

#include "core/api/ClaudeCodePageDecoder.h"

namespace tieout::fuzz {

int claudeCodePage(const uint8_t *data, size_t size)
{
    const auto page = api::ClaudeCodePageDecoder::decode(bytes(data, size), PageWhere);
    checkPage("claude_code_page", page);
    if (!page)
        return 0;
    for (const ProductivityRecord &record : page->items) {
        if (!record.date.isValid())
            violated("claude_code_page", QStringLiteral("a record without a valid date"));
        if (record.actorType != QLatin1String("user_actor") && record.actorType != QLatin1String("api_actor"))
            violated("claude_code_page", QStringLiteral("an unknown actor type was accepted: ") + record.actorType);
        if (record.actorId.isNull())
            violated("claude_code_page", QStringLiteral("a record without an actor id"));
        if (record.sessions < 0 || record.linesAdded < 0 || record.linesRemoved < 0 || record.commits < 0
            || record.pullRequests < 0)
            violated("claude_code_page", QStringLiteral("a negative activity count was accepted"));
    }
    return 0;
}

} // namespace tieout::fuzz
