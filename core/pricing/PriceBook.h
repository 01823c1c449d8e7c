#pragma once

#include "core/common/Result.h"
#include "core/pricing/PriceEntry.h"
#include "core/pricing/PriceQuote.h"
#include "core/pricing/UsagePrice.h"
#include "core/records/UsageLine.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace tieout {

// List prices by model family (SPEC §4), loaded from the bundled resource and extended by the
// user. Answers "what did this usage row cost at list price" exactly.
//
// Matching is deliberately strict: a model id belongs to a family only when it equals the
// family id or is the family id plus "-" and an 8-digit date. There is no longest-prefix
// fallback, because claude-sonnet-4-5-20250929 priced as claude-sonnet-4 would be a silently
// wrong number; an unmatched model is unpriced and reported as such.
//
// A PriceBook is a value: copy it into worker threads. Its lookups are const and keep no
// caches; hot loops memoize per distinct model id (UsagePricer, the reconciler).
class PriceBook final
{
public:
    static constexpr qint64 DefaultWebSearchNanosPerRequest = 10'000'000; // $0.01

    PriceBook() = default;

    // The price book compiled into the binary (resources/pricebook.json).
    static Result<PriceBook> loadBundled();
    // Parses the price book JSON (see resources/pricebook.json); `origin` tags its entries.
    static Result<PriceBook> fromJson(const QByteArray &json, PriceOrigin origin = PriceOrigin::Shipped);

    // Adds a user entry (its origin is set to User): it takes precedence over shipped entries
    // on the days it covers; among user entries for the same day the one added last wins.
    void addEntry(PriceEntry entry);
    // Adds every entry of a user price-book JSON (the same format) as user entries.
    Status addUserJson(const QByteArray &json);
    // The user entries as JSON, for settings to persist.
    QByteArray userEntriesJson() const;

    const QList<PriceEntry> &entries() const { return m_entries; }
    QStringList families() const { return m_familyNames; }
    qint64 webSearchNanosPerRequest() const { return m_webSearchNanos; }
    qint64 batchNumerator() const { return m_batchNumerator; }
    qint64 batchDenominator() const { return m_batchDenominator; }

    // Family index for a model id under the strict matching rule; nullopt = unpriced.
    std::optional<int> familyIndex(QStringView modelId) const;
    QString familyName(int familyIndex) const { return m_familyNames.value(familyIndex); }
    // The entry in force for a family on a report date, user entries first; nullptr if none.
    const PriceEntry *entryFor(int familyIndex, QDate reportDate) const;

    static TierClass classifyTier(QStringView serviceTier);
    static ContextClass classifyContext(QStringView contextWindow);

    // Prices in force for a family (already resolved) on a date, tier and context band.
    PriceQuote quote(int familyIndex, QDate reportDate, TierClass tier, ContextClass context) const;
    // Convenience for one-off lookups: resolves the family first (no memo).
    PriceQuote quote(QStringView modelId, QDate reportDate, QStringView serviceTier,
                     QStringView contextWindow) const;

    // List price of a usage row given its quote: per token type plus web search.
    UsagePrice price(const PriceQuote &quote, const std::array<qint64, TokenTypeCount> &tokens,
                     qint64 webSearchRequests) const;
    UsagePrice priceUsage(const UsageLine &line) const;

private:
    int familySlot(const QString &family);
    void insertEntry(PriceEntry entry); // keeps entry.origin

    QList<PriceEntry> m_entries;
    QStringList m_familyNames;
    QHash<QString, int> m_familyByName;
    // Per family: indexes into m_entries, user entries (latest first) then shipped ones.
    QList<QList<int>> m_userEntriesByFamily;
    QList<QList<int>> m_shippedEntriesByFamily;
    qint64 m_webSearchNanos = DefaultWebSearchNanosPerRequest;
    qint64 m_batchNumerator = 1;
    qint64 m_batchDenominator = 2;

    friend class PriceBookJson;
};

} // namespace tieout
