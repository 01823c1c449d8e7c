#pragma once

// Small builders for hand-made reconciliation scenarios, shared by the reconcile and export
// tests. Amounts are written in dollars for readability ("2.70") and parsed exactly.

#include "core/pricing/PriceBook.h"
#include "core/reconcile/ReconcileInputBuilder.h"
#include "core/reconcile/Reconciler.h"

#include <QtTest>

#include <memory>

namespace tieout::test {

inline Money dollars(const char *text)
{
    const auto parsed = Money::parseDollars(QString::fromLatin1(text));
    if (!parsed)
        qFatal("bad dollars in test: %s", text);
    return Money::fromNanos(parsed->nanos);
}

inline QString str(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

inline PriceBook bundledBook()
{
    auto book = PriceBook::loadBundled();
    if (!book)
        qFatal("bundled price book: %s", qPrintable(book.error().message()));
    return *book;
}

// tokens: {uncached input, output, cache read, 5m write, 1h write} — TokenType order.
inline UsageLine usage(QDate date, const char *key, const char *workspace, const char *model,
                       std::array<qint64, TokenTypeCount> tokens, const char *tier = "standard",
                       const char *context = "0-200k", qint64 webSearch = 0)
{
    UsageLine line;
    line.date = date;
    line.apiKeyId = str(key);
    line.workspaceId = str(workspace);
    line.model = str(model);
    line.serviceTier = str(tier);
    line.contextWindow = str(context);
    line.tokens = tokens;
    line.webSearchRequests = webSearch;
    return line;
}

inline CostLine tokenCost(QDate date, const char *workspace, const char *model, TokenType type, const char *amount,
                          const char *tier = "standard", const char *context = "0-200k")
{
    CostLine line;
    line.date = date;
    line.workspaceId = str(workspace);
    line.description = QStringLiteral("usage");
    line.costType = QStringLiteral("tokens");
    line.model = str(model);
    line.tokenType = tokenTypeApiName(type);
    line.serviceTier = str(tier);
    line.contextWindow = str(context);
    line.currency = QStringLiteral("USD");
    line.amount = dollars(amount);
    return line;
}

inline CostLine chargeCost(QDate date, const char *workspace, const char *costType, const char *amount,
                           const char *model = nullptr)
{
    CostLine line;
    line.date = date;
    line.workspaceId = str(workspace);
    line.description = str(costType);
    line.costType = str(costType);
    line.model = str(model);
    line.currency = QStringLiteral("USD");
    line.amount = dollars(amount);
    return line;
}

// A scenario over one or more months; add lines, then run().
class Scenario final
{
public:
    explicit Scenario(YearMonth from = YearMonth(2025, 8), YearMonth to = YearMonth(2025, 8))
        : m_builder(from, to), m_from(from), m_to(to)
    {
    }

    Scenario &configure(const char *bu)
    {
        m_builder.addConfiguredBusinessUnit(str(bu));
        return *this;
    }
    Scenario &cost(const char *bu, const CostLine &line)
    {
        m_builder.addCost(str(bu), line);
        return *this;
    }
    Scenario &use(const char *bu, const UsageLine &line)
    {
        m_builder.addUsage(str(bu), line);
        return *this;
    }
    Scenario &override(const char *key, const char *bu)
    {
        m_overrides.insert(str(key), str(bu));
        return *this;
    }
    // Marks every day of the range fetched for `bu`, except `except`.
    Scenario &fetchedAll(const char *bu, QDate except = QDate())
    {
        for (QDate day = m_from.firstDay(); day <= m_to.lastDay(); day = day.addDays(1)) {
            if (day != except)
                m_builder.addFetchedDay(str(bu), day);
        }
        return *this;
    }
    ReconcileInputBuilder &builder() { return m_builder; }

    ReconcileResult run(const ReconcileOptions &options = ReconcileOptions(), PriceBook book = bundledBook())
    {
        m_builder.setOverrides(m_overrides);
        auto input = std::make_shared<const ReconcileInput>(m_builder.build());
        return Reconciler(std::move(book), options).run(input);
    }

private:
    ReconcileInputBuilder m_builder;
    YearMonth m_from;
    YearMonth m_to;
    QHash<QString, QString> m_overrides;
};

// Allocated dollars on the usage rows of `key` (all categories), e.g. to check a split.
inline Money allocatedToKey(const ReconcileResult &result, const char *key)
{
    const ReconcileInput &in = *result.input;
    const StrId id = in.strings.find(str(key));
    qint64 sum = 0;
    for (size_t row = 0; row < in.usage.size(); ++row) {
        if (in.usage.apiKey[row] == id) {
            for (qint64 nanos : result.allocation.allocated[row])
                sum += nanos;
        }
    }
    return Money::fromNanos(sum);
}

inline const BuMonthRow &buRow(const ReconcileResult &result, const char *bu, YearMonth month = YearMonth(2025, 8))
{
    const int b = result.buIndex(str(bu));
    const int m = result.monthIndex(month);
    if (b < 0 || m < 0)
        qFatal("no row for %s", bu);
    return result.row(m, b);
}

} // namespace tieout::test
