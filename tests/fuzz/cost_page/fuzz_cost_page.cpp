// Fuzz target: the cost_report page decoder (SPEC §2.1) on arbitrary bodies. Besides never
// crashing: every decoded line is dated and in USD (other currencies would be summed wrongly),
// and no more amounts are counted as rounded than there are lines.
#include "FuzzTargets.h"
#include "PageChecks.h"

#include "core/api/CostPageDecoder.h"

namespace tieout::fuzz {

int costPage(const uint8_t *data, size_t size)
{
    const auto page = api::CostPageDecoder::decode(bytes(data, size), PageWhere);
    checkPage("cost_page", page);
    if (!page)
        return 0;
    for (const CostLine &line : page->items) {
        if (!line.date.isValid())
            violated("cost_page", QStringLiteral("a line without a valid date"));
        if (line.currency != QLatin1String("USD"))
            violated("cost_page", QStringLiteral("a non-USD line was accepted: ") + line.currency);
    }
    if (page->roundedAmounts < 0 || page->roundedAmounts > page->items.size())
        violated("cost_page", QStringLiteral("more rounded amounts than lines"));
    return 0;
}

} // namespace tieout::fuzz
