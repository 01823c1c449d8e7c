#include "core/reconcile/FigureFolder.h"

namespace tieout {

void FigureFolder::addRow(ReconFigures &f, size_t row) const
{
    const auto &allocated = m_allocation.allocated[row];
    qint64 billed = 0;
    for (int category = 0; category < CostCategoryCount; ++category)
        billed += allocated[size_t(category)];
    qint64 nonToken = 0;
    for (int category = TokenTypeCount; category < CostCategoryCount; ++category)
        nonToken += allocated[size_t(category)];
    qint64 tokens = 0;
    for (qint64 count : m_input.usage.tokens[row])
        tokens += count;
    f.billed += Money::fromNanos(billed);
    f.nonTokenBilled += Money::fromNanos(nonToken);
    f.tokens += tokens;
    f.webSearchRequests += m_input.usage.webSearchRequests[row];
    if (!m_pricing.isPriced(row)) {
        f.unpricedTokens += tokens;
        return;
    }
    const quint8 coverage = m_allocation.coverage[row];
    const auto &list = m_pricing.tokenList[row];
    qint64 listTotal = 0;
    qint64 uncovered = 0;
    for (int type = 0; type < TokenTypeCount; ++type) {
        listTotal += list[size_t(type)];
        if ((coverage & (1u << type)) == 0)
            uncovered += list[size_t(type)];
    }
    const qint64 web = m_pricing.webSearchList[row];
    if (coverage & AllocationColumns::WebSearchCovered)
        f.webSearchList += Money::fromNanos(web);
    else
        uncovered += web;
    f.listPrice += Money::fromNanos(listTotal + web);
    f.usageWithoutCostList += Money::fromNanos(uncovered);
}

void FigureFolder::addRowCategory(ReconFigures &f, size_t row, CostCategory category) const
{
    const int index = static_cast<int>(category);
    const qint64 billed = m_allocation.allocated[row][size_t(index)];
    f.billed += Money::fromNanos(billed);
    const bool priced = m_pricing.isPriced(row);
    const quint8 coverage = m_allocation.coverage[row];
    if (isTokenCategory(category)) {
        const qint64 tokens = m_input.usage.tokens[row][size_t(index)];
        f.tokens += tokens;
        if (!priced) {
            f.unpricedTokens += tokens;
            return;
        }
        const qint64 list = m_pricing.tokenList[row][size_t(index)];
        f.listPrice += Money::fromNanos(list);
        if ((coverage & (1u << index)) == 0)
            f.usageWithoutCostList += Money::fromNanos(list);
        return;
    }
    f.nonTokenBilled += Money::fromNanos(billed);
    if (category != CostCategory::WebSearch)
        return;
    f.webSearchRequests += m_input.usage.webSearchRequests[row];
    if (!priced)
        return;
    const qint64 web = m_pricing.webSearchList[row];
    f.listPrice += Money::fromNanos(web);
    if (coverage & AllocationColumns::WebSearchCovered)
        f.webSearchList += Money::fromNanos(web);
    else
        f.usageWithoutCostList += Money::fromNanos(web);
}

void FigureFolder::addPart(ReconFigures &f, const AllocationPart &part)
{
    const Money nanos = Money::fromNanos(part.nanos);
    if (part.kinds & PartUnpriced) {
        f.unpricedBilled += nanos;
        if (!isTokenCategory(part.category))
            f.nonTokenBilled -= nanos; // bridged as unpriced, not as a non-token charge
    }
    if (part.kinds & PartTier1)
        f.fallbackByTier[0] += nanos;
    if (part.kinds & PartTier2)
        f.fallbackByTier[1] += nanos;
    if (part.kinds & PartCredit)
        f.credits += nanos;
}

void FigureFolder::addUnattributed(ReconFigures &f, const CellRecord &cell)
{
    const Money amount = Money::fromNanos(cell.amount);
    f.billed += amount;
    f.fallbackByTier[2] += amount;
    if (cell.unpriced)
        f.unpricedBilled += amount;
    else if (!isTokenCategory(cell.category))
        f.nonTokenBilled += amount;
    if (cell.amount < 0)
        f.credits += amount;
}

bool FigureFolder::rowHasUnpricedUsage(size_t row) const
{
    if (m_pricing.isPriced(row))
        return false;
    if (m_input.usage.webSearchRequests[row] != 0)
        return true;
    for (qint64 count : m_input.usage.tokens[row]) {
        if (count != 0)
            return true;
    }
    return false;
}

} // namespace tieout
