#include "core/report/PriceBookSource.h"

#include "core/records/TokenType.h"

#include <QMap>

#include <array>
#include <optional>

namespace tieout {

namespace {

struct Band
{
    std::array<std::optional<qint64>, TokenTypeCount> prices;

    Result<UnitPrices> complete(const QString &what) const
    {
        UnitPrices unit;
        for (TokenType type : AllTokenTypes) {
            const auto &price = prices[static_cast<int>(type)];
            if (!price)
                return Error(ErrorCode::Config, QStringLiteral("price entry %1 has no %2 price").arg(what, tokenTypeApiName(type)));
            unit.set(type, *price);
        }
        return unit;
    }
    bool isEmpty() const
    {
        for (const auto &price : prices) {
            if (price)
                return false;
        }
        return true;
    }
};

} // namespace

Result<PriceBook> PriceBookSource::withUserRows(const PriceEntryRows &rows)
{
    auto book = PriceBook::loadBundled();
    if (!book)
        return book.error();

    // (family, from, to) -> standard and long-context bands
    using Key = std::tuple<QString, QDate, QDate>;
    QMap<Key, std::pair<Band, Band>> entries;
    for (const PriceEntryRow &row : rows) {
        const auto type = tokenTypeFromApiName(row.tokenType);
        const QString what = QStringLiteral("%1 from %2").arg(row.model, row.effectiveFrom.toString(Qt::ISODate));
        if (!type)
            return Error(ErrorCode::Config, QStringLiteral("price entry %1: unknown token type \"%2\"").arg(what, row.tokenType));
        if (!row.serviceTier.isEmpty() && row.serviceTier != QLatin1String("standard"))
            return Error(ErrorCode::Config, QStringLiteral("price entry %1: prices are per standard tier (batch is derived), "
                                                           "not \"%2\"").arg(what, row.serviceTier));
        const ContextClass context = PriceBook::classifyContext(row.contextWindow);
        if (context == ContextClass::Other)
            return Error(ErrorCode::Config,
                         QStringLiteral("price entry %1: unknown context window \"%2\"").arg(what, row.contextWindow));
        auto &bands = entries[Key{row.model, row.effectiveFrom, row.effectiveTo}];
        Band &band = context == ContextClass::Long ? bands.second : bands.first;
        band.prices[static_cast<int>(*type)] = row.unitPriceNanosPerMillion;
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const auto &[family, from, to] = it.key();
        const QString what = QStringLiteral("%1 from %2").arg(family, from.toString(Qt::ISODate));
        PriceEntry entry;
        entry.family = family;
        entry.effectiveFrom = from;
        entry.effectiveTo = to;
        entry.origin = PriceOrigin::User;
        auto standard = it->first.complete(what);
        if (!standard)
            return standard.error();
        entry.standard = *standard;
        if (!it->second.isEmpty()) {
            auto longContext = it->second.complete(what + QStringLiteral(" (200k-1M)"));
            if (!longContext)
                return longContext.error();
            entry.longContext = *longContext;
        }
        book->addEntry(entry);
    }
    return book;
}

} // namespace tieout
