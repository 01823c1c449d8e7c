#include "core/reconcile/InputPricer.h"

namespace tieout {

InputPricer::InputPricer(const ReconcileInput &input, const PriceBook &book)
    : m_input(input), m_book(book),
      m_family(static_cast<size_t>(input.strings.size()), -2),
      m_tier(static_cast<size_t>(input.strings.size()), -1),
      m_context(static_cast<size_t>(input.strings.size()), -1)
{
}

int InputPricer::family(StrId model)
{
    qint32 &slot = m_family[model];
    if (slot == -2)
        slot = model == StringPool::Null ? -1 : m_book.familyIndex(m_input.strings.text(model)).value_or(-1);
    return slot;
}

TierClass InputPricer::tierClass(StrId tier)
{
    qint8 &slot = m_tier[tier];
    if (slot < 0)
        slot = static_cast<qint8>(PriceBook::classifyTier(m_input.strings.text(tier)));
    return static_cast<TierClass>(slot);
}

ContextClass InputPricer::contextClass(StrId context)
{
    qint8 &slot = m_context[context];
    if (slot < 0)
        slot = static_cast<qint8>(PriceBook::classifyContext(m_input.strings.text(context)));
    return static_cast<ContextClass>(slot);
}

bool InputPricer::isUnpricedModel(StrId model, int day)
{
    if (model == StringPool::Null)
        return false;
    const int index = family(model);
    return index < 0 || m_book.entryFor(index, m_input.date(day)) == nullptr;
}

QString InputPricer::familyOf(StrId model)
{
    const int index = family(model);
    return index < 0 ? QString() : m_book.familyName(index);
}

RowPricing InputPricer::priceUsage()
{
    const UsageColumns &u = m_input.usage;
    const size_t n = u.size();
    RowPricing pricing;
    pricing.tokenList.assign(n, {});
    pricing.webSearchList.assign(n, 0);
    pricing.flags.assign(n, 0);
    const qint64 webSearchPrice = m_book.webSearchNanosPerRequest();
    for (size_t row = 0; row < n; ++row) {
        const int index = family(u.model[row]);
        if (index < 0) {
            pricing.flags[row] = RowPricing::Unpriced;
            continue;
        }
        const PriceQuote quote = m_book.quote(index, m_input.date(u.day[row]), tierClass(u.serviceTier[row]),
                                              contextClass(u.contextWindow[row]));
        if (!quote.priced) {
            pricing.flags[row] = RowPricing::Unpriced;
            continue;
        }
        pricing.flags[row] = quote.flags;
        const auto &tokens = u.tokens[row];
        auto &list = pricing.tokenList[row];
        for (int type = 0; type < TokenTypeCount; ++type) {
            if (tokens[type] != 0)
                list[type] = quote.listNanos(static_cast<TokenType>(type), tokens[type]);
        }
        pricing.webSearchList[row] = u.webSearchRequests[row] * webSearchPrice;
    }
    return pricing;
}

} // namespace tieout
