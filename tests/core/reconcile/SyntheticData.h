#pragma once

// Deterministic synthetic cost and usage data for property tests and timing: per BU and day,
// a few workspaces (one the null default workspace), models, tiers and keys, with cost cells
// derived from the usage at a discount. `messy` adds everything the allocator must survive:
// credits, unknown models, priority usage with no cost, cost with no usage, split cost lines,
// web search and code execution, keys overridden to other BUs.

#include "core/records/CostLine.h"
#include "core/records/UsageLine.h"
#include "core/money/YearMonth.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>

namespace tieout::test {

struct SyntheticOptions
{
    quint32 seed = 1;
    int businessUnits = 3;
    YearMonth from = YearMonth(2025, 7);
    YearMonth to = YearMonth(2025, 8);
    int workspaces = 3;    // per BU, the first is the default (null) workspace
    int models = 4;        // used per workspace-day, out of the model list below
    int keys = 3;          // per workspace and model
    bool messy = true;
};

using CostSink = std::function<void(const QString &bu, const CostLine &line)>;
using UsageSink = std::function<void(const QString &bu, const UsageLine &line)>;

inline QString syntheticBu(int index)
{
    return QStringLiteral("BU-%1").arg(QChar(u'A' + index));
}

// Generates the data; fills `overrides` (key -> BU) when messy.
inline void generateSynthetic(const SyntheticOptions &options, const CostSink &costSink, const UsageSink &usageSink,
                              QHash<QString, QString> *overrides = nullptr)
{
    QRandomGenerator random(options.seed);
    const QStringList models = {
        QStringLiteral("claude-sonnet-4-5-20250929"), QStringLiteral("claude-opus-4-1-20250805"),
        QStringLiteral("claude-haiku-4-5-20251001"),  QStringLiteral("claude-sonnet-4-20250514"),
        QStringLiteral("claude-3-5-haiku-20241022"),  QStringLiteral("claude-opus-4-6"),
        QStringLiteral("claude-mystery-9")}; // the last one is unpriced
    const QString standard = QStringLiteral("standard"), batch = QStringLiteral("batch"),
                  priority = QStringLiteral("priority");
    const QString shortContext = QStringLiteral("0-200k"), longContext = QStringLiteral("200k-1M");
    const QString tokens = QStringLiteral("tokens"), usd = QStringLiteral("USD");
    // Unit prices in nanos per token, roughly list, for deriving plausible cost amounts.
    const qint64 perToken[TokenTypeCount] = {3000, 15000, 300, 3750, 6000};

    QList<QList<QString>> workspaceIds;
    QList<QList<QList<QString>>> keyIds; // [bu][workspace][key]
    for (int b = 0; b < options.businessUnits; ++b) {
        QList<QString> workspaces{QString()};
        QList<QList<QString>> keys;
        for (int w = 1; w < options.workspaces; ++w)
            workspaces.append(QStringLiteral("wrkspc_%1_%2").arg(b).arg(w));
        for (int w = 0; w < options.workspaces; ++w) {
            QList<QString> list;
            for (int k = 0; k < options.keys; ++k)
                list.append(QStringLiteral("apikey_%1_%2_%3").arg(b).arg(w).arg(k));
            if (options.messy)
                list.append(QString()); // Console usage: null key
            keys.append(list);
        }
        workspaceIds.append(workspaces);
        keyIds.append(keys);
    }
    if (options.messy && overrides && options.businessUnits > 1) {
        overrides->insert(keyIds[0][0][0], syntheticBu(1));
        overrides->insert(keyIds[1][1 % options.workspaces][0], syntheticBu(0));
        overrides->insert(QStringLiteral("apikey_unused"), QStringLiteral("BU-Override-Only"));
    }

    CostLine cost;
    cost.currency = usd;
    UsageLine use;
    for (QDate day = options.from.firstDay(); day <= options.to.lastDay(); day = day.addDays(1)) {
        for (int b = 0; b < options.businessUnits; ++b) {
            const QString bu = syntheticBu(b);
            for (int w = 0; w < options.workspaces; ++w) {
                const QString &workspace = workspaceIds[b][w];
                qint64 webRequests = 0;
                const int first = int(random.bounded(models.size()));
                for (int m = 0; m < options.models; ++m) {
                    const QString &model = models[(first + m) % models.size()];
                    const bool hasBatch = m % 2 == 1;
                    for (int variant = 0; variant < (hasBatch ? 2 : 1); ++variant) {
                        const QString &tier = variant == 0 ? standard : batch;
                        const QString &context = (options.messy && m == 0 && random.bounded(4) == 0) ? longContext : shortContext;
                        std::array<qint64, TokenTypeCount> cell{};
                        const int keyCount = variant == 0 ? int(keyIds[b][w].size()) : 1;
                        for (int k = 0; k < keyCount; ++k) {
                            use.date = day;
                            use.apiKeyId = keyIds[b][w][k];
                            use.workspaceId = workspace;
                            use.model = model;
                            use.serviceTier = tier;
                            use.contextWindow = context;
                            for (int t = 0; t < TokenTypeCount; ++t) {
                                const bool zero = options.messy && random.bounded(6) == 0;
                                use.tokens[size_t(t)] = zero ? 0 : qint64(random.bounded(1, 400'000));
                                cell[size_t(t)] += use.tokens[size_t(t)];
                            }
                            use.webSearchRequests = options.messy && random.bounded(5) == 0 ? random.bounded(1, 40) : 0;
                            webRequests += use.webSearchRequests;
                            usageSink(bu, use);
                        }
                        for (int t = 0; t < TokenTypeCount; ++t) {
                            // Cost cells: usually present; sometimes missing (usage without cost) or
                            // for a token type nobody used (cost without usage -> tier 1/2).
                            if (options.messy && random.bounded(25) == 0)
                                continue;
                            qint64 amount = cell[size_t(t)] * perToken[t] / (variant == 0 ? 1 : 2);
                            amount = amount * qint64(random.bounded(85, 100)) / 100 + qint64(random.bounded(1000));
                            const int pieces = options.messy ? int(random.bounded(1, 3)) : 2;
                            cost.date = day;
                            cost.workspaceId = workspace;
                            cost.costType = tokens;
                            cost.model = model;
                            cost.tokenType = tokenTypeApiName(TokenType(t));
                            cost.serviceTier = tier;
                            cost.contextWindow = context;
                            for (int p = 0; p < pieces; ++p) {
                                cost.description = QStringLiteral("piece %1").arg(p);
                                cost.inferenceGeo = p == 0 ? QString() : QStringLiteral("us");
                                cost.amount = Money::fromNanos(p + 1 < pieces ? amount / pieces : amount - (amount / pieces) * (pieces - 1));
                                costSink(bu, cost);
                            }
                        }
                    }
                }
                cost.date = day;
                cost.workspaceId = workspace;
                cost.model = QString();
                cost.tokenType = QString();
                cost.serviceTier = QString();
                cost.contextWindow = QString();
                cost.inferenceGeo = QString();
                if (webRequests > 0) {
                    cost.costType = cost.description = QStringLiteral("web_search");
                    cost.amount = Money::fromNanos(webRequests * 10'000'000);
                    costSink(bu, cost);
                }
                cost.costType = cost.description = QStringLiteral("code_execution");
                cost.amount = Money::fromNanos(qint64(random.bounded(1, 50'000'000)));
                costSink(bu, cost);
                if (!options.messy)
                    continue;
                if (random.bounded(10) == 0) { // a credit
                    cost.costType = tokens;
                    cost.description = QStringLiteral("credit");
                    cost.model = models[first];
                    cost.tokenType = tokenTypeApiName(TokenType::Output);
                    cost.serviceTier = standard;
                    cost.contextWindow = shortContext;
                    cost.amount = Money::fromNanos(-qint64(random.bounded(1, 900'000'000)));
                    costSink(bu, cost);
                }
                if (random.bounded(8) == 0) { // priority usage: never in the cost report
                    use.date = day;
                    use.apiKeyId = keyIds[b][w][0];
                    use.workspaceId = workspace;
                    use.model = models[first];
                    use.serviceTier = priority;
                    use.contextWindow = shortContext;
                    use.tokens = {1000, 2000, 0, 0, 0};
                    use.webSearchRequests = 0;
                    usageSink(bu, use);
                }
            }
            if (options.messy && random.bounded(6) == 0) { // cost in a workspace with no usage: tier 3
                cost.date = day;
                cost.workspaceId = QStringLiteral("wrkspc_ghost");
                cost.costType = tokens;
                cost.description = QStringLiteral("ghost");
                cost.model = models[0];
                cost.tokenType = tokenTypeApiName(TokenType::UncachedInput);
                cost.serviceTier = standard;
                cost.contextWindow = shortContext;
                cost.amount = Money::fromNanos(qint64(random.bounded(1, 2'000'000'000)));
                costSink(bu, cost);
            }
        }
    }
}

} // namespace tieout::test
