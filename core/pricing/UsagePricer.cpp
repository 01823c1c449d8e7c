#include "core/pricing/UsagePricer.h"

namespace tieout {

std::optional<int> UsagePricer::familyIndex(const QString &modelId)
{
    auto it = m_families.constFind(modelId);
    if (it == m_families.constEnd())
        it = m_families.insert(modelId, m_book.familyIndex(modelId).value_or(-1));
    if (it.value() < 0)
        return std::nullopt;
    return it.value();
}

UsagePrice UsagePricer::price(const UsageLine &line)
{
    const std::optional<int> family = familyIndex(line.model);
    if (!family)
        return UsagePrice();
    const PriceQuote quote = m_book.quote(*family, line.date, PriceBook::classifyTier(line.serviceTier),
                                          PriceBook::classifyContext(line.contextWindow));
    return m_book.price(quote, line.tokens, line.webSearchRequests);
}

} // namespace tieout
