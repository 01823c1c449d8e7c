// Fuzz target: the usage_report/messages page decoder (SPEC §2.2) on arbitrary bodies. Besides
// never crashing: every decoded row is dated and its token and web search counts are never
// negative (a count the API cannot send must be an error, not a negative bill).
#include "FuzzTargets.h"
#include "PageChecks.h"

#include "core/api/UsagePageDecoder.h"

namespace tieout::fuzz {

int usagePage(const uint8_t *data, size_t size)
{
    const auto page = api::UsagePageDecoder::decode(bytes(data, size), PageWhere);
    checkPage("usage_page", page);
    if (!page)
        return 0;
    for (const UsageLine &line : page->items) {
        if (!line.date.isValid())
            violated("usage_page", QStringLiteral("a row without a valid date"));
        for (const qint64 tokens : line.tokens) {
            if (tokens < 0)
                violated("usage_page", QStringLiteral("a negative token count was accepted"));
        }
        if (line.webSearchRequests < 0)
            violated("usage_page", QStringLiteral("a negative web search count was accepted"));
    }
    return 0;
}

} // namespace tieout::fuzz
