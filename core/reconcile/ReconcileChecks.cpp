#include "core/reconcile/ReconcileChecks.h"

#include <map>
#include <tuple>

namespace tieout {

namespace {

QString tierText(int tier)
{
    return tier == 3 ? QStringLiteral("unattributed (tier 3: no usage in the workspace-day)")
                     : QStringLiteral("placed by fallback tier %1").arg(tier);
}

} // namespace

QList<CheckResult> ReconcileChecks::run(const ReconcileResult &result)
{
    return {allocationTies(result), ratioBand(result), usageWithoutCost(result), costWithoutUsage(result),
            unpricedModels(result)};
}

CheckResult ReconcileChecks::allocationTies(const ReconcileResult &result)
{
    const ReconcileInput &in = *result.input;
    CheckResult check{QStringLiteral("allocation_ties"),
                      QStringLiteral("Allocated dollars equal billed dollars for every cell, month and BU"), true, {}};
    for (const CellRecord &cell : result.allocation.untiedCells) {
        check.findings.append({in.businessUnits.at(cell.bu), in.month(in.monthOfDay[size_t(cell.day)]),
                               in.strings.text(cell.workspace), in.strings.text(cell.model),
                               QStringLiteral("cell %1 on %2: allocated %3 of %4")
                                   .arg(categoryLabel(cell.category), in.date(cell.day).toString(Qt::ISODate),
                                        Money::fromNanos(cell.allocated).toDecimalString(9),
                                        Money::fromNanos(cell.amount).toDecimalString(9)),
                               Money::fromNanos(cell.amount - cell.allocated), 0});
    }
    const size_t buCount = size_t(in.buCount());
    for (size_t at = 0; at < result.allocation.billedByFetchBuMonth.size(); ++at) {
        const qint64 billed = result.allocation.billedByFetchBuMonth[at];
        const qint64 allocated = result.allocation.allocatedByFetchBuMonth[at];
        if (billed != allocated)
            check.findings.append({in.businessUnits.at(qsizetype(at % buCount)), in.month(int(at / buCount)), QString(),
                                   QString(), QStringLiteral("fetched cost lines %1, allocated %2")
                                                  .arg(Money::fromNanos(billed).toDecimalString(9),
                                                       Money::fromNanos(allocated).toDecimalString(9)),
                                   Money::fromNanos(billed - allocated), 0});
    }
    for (const MonthRow &month : result.monthTotals) {
        if (!month.ties)
            check.findings.append({QString(), month.month, QString(), QString(),
                                   QStringLiteral("the month's BU rows do not add up to its cost lines"),
                                   month.figures.billed, 0});
    }
    check.passed = check.findings.isEmpty();
    return check;
}

CheckResult ReconcileChecks::ratioBand(const ReconcileResult &result)
{
    const ReconcileOptions &options = result.options;
    const QString band = Ratio(options.ratioBandLow, 10'000).toDecimalString(4) + QStringLiteral("–")
                         + Ratio(options.ratioBandHigh, 10'000).toDecimalString(4);
    CheckResult check{QStringLiteral("ratio_band"),
                      QStringLiteral("List price ÷ priced billed within %1 for every month and BU").arg(band), true, {}};
    for (const BuMonthRow &row : result.rows) {
        if (!(row.reasons & (RatioOutOfBand | RatioUndefined)))
            continue;
        const Ratio ratio = row.figures.ratio();
        check.findings.append({row.businessUnit, row.month, QString(), QString(),
                               ratio.isDefined()
                                   ? QStringLiteral("ratio %1 outside %2").arg(ratio.toDecimalString(4), band)
                                   : QStringLiteral("list price %1 with no priced billed dollars")
                                         .arg(row.figures.listPrice.toDecimalString(2)),
                               row.figures.difference(), row.figures.tokens});
    }
    check.passed = check.findings.isEmpty();
    return check;
}

CheckResult ReconcileChecks::usageWithoutCost(const ReconcileResult &result)
{
    const ReconcileInput &in = *result.input;
    const UsageColumns &u = in.usage;
    // (fetching BU, month, workspace rank, model rank, tier rank, context rank) -> usage
    struct Usage
    {
        size_t sampleRow = 0;
        qint64 tokens = 0;
        qint64 requests = 0;
        qint64 list = 0;
        bool priced = true;
    };
    std::map<std::tuple<int, int, quint32, quint32, quint32, quint32>, Usage> groups;
    for (size_t row = 0; row < u.size(); ++row) {
        const quint8 coverage = result.allocation.coverage[row];
        qint64 tokens = 0;
        qint64 list = 0;
        for (int type = 0; type < TokenTypeCount; ++type) {
            if ((coverage & (1u << type)) == 0 && u.tokens[row][size_t(type)] != 0) {
                tokens += u.tokens[row][size_t(type)];
                list += result.pricing.tokenList[row][size_t(type)];
            }
        }
        const qint64 requests = (coverage & AllocationColumns::WebSearchCovered) ? 0 : u.webSearchRequests[row];
        if (tokens == 0 && requests == 0)
            continue;
        if (requests != 0)
            list += result.pricing.webSearchList[row];
        const StringPool &pool = in.strings;
        Usage &group = groups[{u.fetchBu[row], in.monthOfDay[size_t(u.day[row])], pool.rank(u.workspace[row]),
                               pool.rank(u.model[row]), pool.rank(u.serviceTier[row]), pool.rank(u.contextWindow[row])}];
        group.sampleRow = row;
        group.tokens += tokens;
        group.requests += requests;
        group.list += list;
        group.priced = group.priced && result.pricing.isPriced(row);
    }
    CheckResult check{QStringLiteral("usage_without_cost"),
                      QStringLiteral("Every usage row has a cost line at its grain"), true, {}};
    for (const auto &[key, group] : groups) {
        const size_t row = group.sampleRow;
        QString detail = QStringLiteral("no cost line for service tier %1, context %2: %3 tokens")
                             .arg(in.strings.text(u.serviceTier[row]), in.strings.text(u.contextWindow[row]))
                             .arg(group.tokens);
        if (group.requests != 0)
            detail += QStringLiteral(", %1 web search requests").arg(group.requests);
        detail += group.priced ? QStringLiteral(", list price %1").arg(Money::fromNanos(group.list).toDecimalString(2))
                               : QStringLiteral(", unpriced model");
        check.findings.append({in.businessUnits.at(u.fetchBu[row]), in.month(std::get<1>(key)),
                               in.strings.text(u.workspace[row]), in.strings.text(u.model[row]), detail,
                               Money::fromNanos(group.list), group.tokens});
    }
    check.passed = check.findings.isEmpty();
    return check;
}

CheckResult ReconcileChecks::costWithoutUsage(const ReconcileResult &result)
{
    const ReconcileInput &in = *result.input;
    const StringPool &pool = in.strings;
    // (BU, month, workspace rank, model rank, category, tier) -> dollars
    std::map<std::tuple<int, int, quint32, quint32, int, int>, std::pair<const CellRecord *, qint64>> groups;
    for (const CellRecord &cell : result.allocation.fallbackCells) {
        auto &group = groups[{cell.bu, in.monthOfDay[size_t(cell.day)], pool.rank(cell.workspace), pool.rank(cell.model),
                              int(cell.category), cell.tier}];
        group.first = &cell;
        group.second += cell.amount;
    }
    CheckResult check{QStringLiteral("cost_without_usage"),
                      QStringLiteral("Every cost line has usage at its grain"), true, {}};
    for (const auto &[key, group] : groups) {
        const CellRecord &cell = *group.first;
        check.findings.append({in.businessUnits.at(cell.bu), in.month(std::get<1>(key)), pool.text(cell.workspace),
                               pool.text(cell.model),
                               QStringLiteral("%1 billed with no matching usage, %2")
                                   .arg(categoryLabel(cell.category), tierText(cell.tier)),
                               Money::fromNanos(group.second), 0});
    }
    check.passed = check.findings.isEmpty();
    return check;
}

CheckResult ReconcileChecks::unpricedModels(const ReconcileResult &result)
{
    const ReconcileInput &in = *result.input;
    std::vector<qint64> billed(size_t(in.strings.size()), 0);
    std::vector<qint64> tokens(size_t(in.strings.size()), 0);
    for (const AllocationPart &part : result.allocation.parts) {
        if (part.kinds & PartUnpriced)
            billed[part.cellModel] += part.nanos;
    }
    for (const CellRecord &cell : result.allocation.fallbackCells) {
        if (cell.tier == 3 && cell.unpriced)
            billed[cell.model] += cell.amount;
    }
    for (size_t row = 0; row < in.usage.size(); ++row) {
        if (result.pricing.isPriced(row))
            continue;
        for (qint64 count : in.usage.tokens[row])
            tokens[in.usage.model[row]] += count;
    }
    CheckResult check{QStringLiteral("unpriced_models"),
                      QStringLiteral("Every model has a list price in force"), true, {}};
    for (const QString &model : result.unpricedModels) {
        const StrId id = in.strings.find(model);
        const QString family = result.modelFamilies.value(model);
        check.findings.append({QString(), YearMonth(), QString(), model,
                               family.isNull() ? QStringLiteral("matches no price book family")
                                               : QStringLiteral("family %1 has no price in force on some days").arg(family),
                               Money::fromNanos(billed[id]), tokens[id]});
    }
    check.passed = check.findings.isEmpty();
    return check;
}

} // namespace tieout
