#include "core/pricing/PriceBook.h"

#include "core/pricing/PriceBookJson.h"

#include <QFile>

namespace tieout {

namespace {

bool isDateSuffix(QStringView text)
{
    // "-" followed by exactly eight ASCII digits.
    if (text.size() != 9 || text[0] != u'-')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i] < u'0' || text[i] > u'9')
            return false;
    }
    return true;
}

} // namespace

Result<PriceBook> PriceBook::loadBundled()
{
    QFile file(QStringLiteral(":/tieout/pricebook.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Internal, QStringLiteral("the bundled price book resource is missing"));
    return fromJson(file.readAll(), PriceOrigin::Shipped);
}

Result<PriceBook> PriceBook::fromJson(const QByteArray &json, PriceOrigin origin)
{
    PriceBook book;
    const Status status = PriceBookJson::read(json, origin, book);
    if (!status)
        return status.error();
    return book;
}

Status PriceBook::addUserJson(const QByteArray &json)
{
    PriceBook parsed;
    const Status status = PriceBookJson::read(json, PriceOrigin::User, parsed);
    if (!status)
        return status;
    for (PriceEntry entry : parsed.m_entries)
        insertEntry(std::move(entry));
    return okStatus();
}

QByteArray PriceBook::userEntriesJson() const
{
    return PriceBookJson::writeUserEntries(*this);
}

int PriceBook::familySlot(const QString &family)
{
    const auto it = m_familyByName.constFind(family);
    if (it != m_familyByName.constEnd())
        return it.value();
    const int index = static_cast<int>(m_familyNames.size());
    m_familyNames.append(family);
    m_familyByName.insert(family, index);
    m_userEntriesByFamily.append(QList<int>());
    m_shippedEntriesByFamily.append(QList<int>());
    return index;
}

void PriceBook::addEntry(PriceEntry entry)
{
    entry.origin = PriceOrigin::User;
    insertEntry(std::move(entry));
}

void PriceBook::insertEntry(PriceEntry entry)
{
    const int family = familySlot(entry.family);
    const int index = static_cast<int>(m_entries.size());
    if (entry.origin == PriceOrigin::User)
        m_userEntriesByFamily[family].prepend(index); // the latest user entry is consulted first
    else
        m_shippedEntriesByFamily[family].append(index);
    m_entries.append(std::move(entry));
}

std::optional<int> PriceBook::familyIndex(QStringView modelId) const
{
    if (modelId.isNull() || modelId.isEmpty())
        return std::nullopt;
    auto it = m_familyByName.constFind(modelId.toString());
    if (it != m_familyByName.constEnd())
        return it.value();
    if (modelId.size() > 9 && isDateSuffix(modelId.right(9))) {
        it = m_familyByName.constFind(modelId.left(modelId.size() - 9).toString());
        if (it != m_familyByName.constEnd())
            return it.value();
    }
    return std::nullopt;
}

const PriceEntry *PriceBook::entryFor(int familyIndex, QDate reportDate) const
{
    if (familyIndex < 0 || familyIndex >= m_familyNames.size())
        return nullptr;
    for (int index : m_userEntriesByFamily.at(familyIndex)) {
        if (m_entries.at(index).covers(reportDate))
            return &m_entries.at(index);
    }
    for (int index : m_shippedEntriesByFamily.at(familyIndex)) {
        if (m_entries.at(index).covers(reportDate))
            return &m_entries.at(index);
    }
    return nullptr;
}

TierClass PriceBook::classifyTier(QStringView serviceTier)
{
    if (serviceTier.isNull() || serviceTier == u"standard")
        return TierClass::Standard;
    if (serviceTier == u"batch")
        return TierClass::Batch;
    return TierClass::Other;
}

ContextClass PriceBook::classifyContext(QStringView contextWindow)
{
    if (contextWindow.isNull() || contextWindow == u"0-200k")
        return ContextClass::Standard;
    if (contextWindow == u"200k-1M")
        return ContextClass::Long;
    return ContextClass::Other;
}

PriceQuote PriceBook::quote(int familyIndex, QDate reportDate, TierClass tier, ContextClass context) const
{
    PriceQuote quote;
    quote.familyIndex = familyIndex;
    const PriceEntry *entry = entryFor(familyIndex, reportDate);
    if (!entry)
        return quote;
    quote.priced = true;
    quote.prices = entry->standard;
    if (context == ContextClass::Long) {
        if (entry->longContext)
            quote.prices = *entry->longContext;
        else
            quote.flags |= NoLongContextPrice;
    } else if (context == ContextClass::Other) {
        quote.flags |= UnknownContextWindow;
    }
    if (tier == TierClass::Batch) {
        quote.multiplierNumerator = m_batchNumerator;
        quote.multiplierDenominator = m_batchDenominator;
    } else if (tier == TierClass::Other) {
        quote.flags |= NonStandardTier;
    }
    return quote;
}

PriceQuote PriceBook::quote(QStringView modelId, QDate reportDate, QStringView serviceTier,
                            QStringView contextWindow) const
{
    const std::optional<int> family = familyIndex(modelId);
    if (!family)
        return PriceQuote();
    return quote(*family, reportDate, classifyTier(serviceTier), classifyContext(contextWindow));
}

UsagePrice PriceBook::price(const PriceQuote &quote, const std::array<qint64, TokenTypeCount> &tokens,
                            qint64 webSearchRequests) const
{
    UsagePrice price;
    price.flags = quote.flags;
    if (quote.familyIndex >= 0)
        price.family = familyName(quote.familyIndex);
    if (!quote.priced)
        return price;
    price.priced = true;
    for (TokenType type : AllTokenTypes)
        price.tokenNanos[static_cast<int>(type)] = quote.listNanos(type, tokens[static_cast<int>(type)]);
    price.webSearchNanos = webSearchRequests * m_webSearchNanos;
    return price;
}

UsagePrice PriceBook::priceUsage(const UsageLine &line) const
{
    return price(quote(line.model, line.date, line.serviceTier, line.contextWindow), line.tokens,
                 line.webSearchRequests);
}

} // namespace tieout
