#include "core/export/DetailExporter.h"

#include "core/export/CsvWriter.h"
#include "core/reconcile/ReportScope.h"
#include "core/reconcile/PackedKeyIndex.h"

#include <algorithm>
#include <tuple>

namespace tieout {

namespace {

constexpr quint64 UnattributedBit = quint64(1) << 63;

enum StatusBits : quint8 { HasUnpriced = 1, HasFlagged = 2, HasPriced = 4 };

struct DetailGroup
{
    int month = 0;
    int bu = 0;
    StrId workspace = StringPool::Null;
    StrId apiKey = StringPool::Null;
    StrId model = StringPool::Null;
    bool unattributed = false;
    std::array<qint64, CostCategoryCount> billed{};
    std::array<qint64, CostCategoryCount> list{};
    std::array<qint64, TokenTypeCount> tokens{};
    qint64 webSearchRequests = 0;
    std::array<quint8, CostCategoryCount> status{};
};

QString priceStatus(CostCategory category, quint8 bits, bool unattributed)
{
    const bool listable = isTokenCategory(category) || category == CostCategory::WebSearch;
    if (!listable || unattributed)
        return QStringLiteral("not_applicable");
    if (bits & HasUnpriced)
        return QStringLiteral("unpriced");
    if (bits & HasFlagged)
        return QStringLiteral("priced_flagged");
    return QStringLiteral("priced");
}

} // namespace

QStringList DetailExporter::header()
{
    return {QStringLiteral("month"),          QStringLiteral("business_unit"), QStringLiteral("workspace_id"),
            QStringLiteral("workspace_name"), QStringLiteral("api_key_id"),    QStringLiteral("api_key_name"),
            QStringLiteral("model"),          QStringLiteral("cost_type"),     QStringLiteral("token_type"),
            QStringLiteral("tokens"),         QStringLiteral("web_search_requests"),
            QStringLiteral("list_price_usd"), QStringLiteral("billed_usd"),    QStringLiteral("price_status"),
            QStringLiteral("attribution")};
}

Status DetailExporter::write(const ReconcileResult &result, QIODevice *device, const QStringList &businessUnits)
{
    const ReconcileInput &in = *result.input;
    const std::vector<quint8> inScope = ReportScope::of(result, ReportFilter{{}, businessUnits}).bus;
    const UsageColumns &u = in.usage;
    const StringPool &pool = in.strings;

    // Group key in three interned steps so (month, BU, workspace, key, model) fits 64 bits.
    PackedKeyIndex outer(1024), middle(1024), groupsIndex(4096);
    std::vector<DetailGroup> groups;
    const auto groupOf = [&](int month, int bu, StrId workspace, StrId key, StrId model, bool unattributed) -> DetailGroup & {
        const quint64 a = outer.indexOf((quint64(month) << 48) | (quint64(bu) << 32) | workspace);
        const quint64 b = middle.indexOf((a << 32) | key);
        const quint32 at = groupsIndex.indexOf((unattributed ? UnattributedBit : 0) | (b << 32) | model);
        if (at == groups.size())
            groups.push_back(DetailGroup{month, bu, workspace, key, model, unattributed, {}, {}, {}, 0, {}});
        return groups[at];
    };

    // Only the BUs exported are grouped and sorted.
    for (size_t row = 0; row < u.size(); ++row) {
        if (!inScope[size_t(u.effectiveBu[row])])
            continue;
        DetailGroup &group = groupOf(in.monthOfDay[size_t(u.day[row])], u.effectiveBu[row], u.workspace[row],
                                     u.apiKey[row], u.model[row], false);
        const bool priced = result.pricing.isPriced(row);
        const quint8 bits = priced ? quint8(HasPriced | ((result.pricing.flags[row] & 0x7F) ? HasFlagged : 0))
                                   : quint8(HasUnpriced);
        const auto &allocated = result.allocation.allocated[row];
        for (int category = 0; category < CostCategoryCount; ++category)
            group.billed[size_t(category)] += allocated[size_t(category)];
        for (int type = 0; type < TokenTypeCount; ++type) {
            const qint64 tokens = u.tokens[row][size_t(type)];
            group.tokens[size_t(type)] += tokens;
            group.list[size_t(type)] += result.pricing.tokenList[row][size_t(type)];
            if (tokens != 0)
                group.status[size_t(type)] |= bits;
        }
        const int web = int(CostCategory::WebSearch);
        group.webSearchRequests += u.webSearchRequests[row];
        group.list[size_t(web)] += result.pricing.webSearchList[row];
        if (u.webSearchRequests[row] != 0)
            group.status[size_t(web)] |= bits;
    }
    for (const CellRecord &cell : result.allocation.fallbackCells) {
        if (cell.tier != 3 || !inScope[cell.bu])
            continue;
        DetailGroup &group = groupOf(in.monthOfDay[size_t(cell.day)], cell.bu, cell.workspace, StringPool::Null,
                                     cell.model, true);
        group.billed[size_t(cell.category)] += cell.amount;
    }

    std::vector<quint32> order(groups.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const DetailGroup &x = groups[a], &y = groups[b];
        return std::make_tuple(x.month, x.bu, pool.rank(x.workspace), pool.rank(x.apiKey), pool.rank(x.model), x.unattributed)
               < std::make_tuple(y.month, y.bu, pool.rank(y.workspace), pool.rank(y.apiKey), pool.rank(y.model), y.unattributed);
    });

    CsvWriter csv(device);
    csv.writeRecord(header());
    for (quint32 index : order) {
        const DetailGroup &group = groups[index];
        const QString month = in.month(group.month).toString();
        const QString &bu = in.businessUnits.at(group.bu);
        const QString &workspace = pool.text(group.workspace);
        const QString &key = pool.text(group.apiKey);
        for (int category = 0; category < CostCategoryCount; ++category) {
            const CostCategory cat = CostCategory(category);
            const qint64 tokens = isTokenCategory(cat) ? group.tokens[size_t(category)] : 0;
            const qint64 requests = cat == CostCategory::WebSearch ? group.webSearchRequests : 0;
            const qint64 billed = group.billed[size_t(category)];
            const qint64 list = group.list[size_t(category)];
            if (tokens == 0 && requests == 0 && billed == 0 && list == 0)
                continue;
            const QString status = priceStatus(cat, group.status[size_t(category)], group.unattributed);
            csv.text(month).text(bu).text(workspace).text(workspace.isNull() ? QString() : in.workspaceNames.value(workspace));
            csv.text(key).text(key.isNull() ? QString() : in.apiKeyNames.value(key)).text(pool.text(group.model));
            csv.text(costTypeName(cat)).text(tokenTypeName(cat)).integer(tokens).integer(requests);
            const bool hasList = status == u"priced" || status == u"priced_flagged"
                                 || (status == u"unpriced" && (group.status[size_t(category)] & HasPriced));
            if (hasList)
                csv.money(Money::fromNanos(list), 6);
            else
                csv.empty();
            csv.money(Money::fromNanos(billed), 6).text(status);
            csv.text(group.unattributed ? QStringLiteral("unattributed") : QStringLiteral("allocated"));
            csv.endRecord();
        }
    }
    return csv.finish();
}

} // namespace tieout
