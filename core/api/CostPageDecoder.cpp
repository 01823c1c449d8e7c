#include "core/api/CostPageDecoder.h"

#include "core/api/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

Result<CostPage> CostPageDecoder::decode(const QByteArray &body, const QString &where)
{
    auto page = JsonReader::parseObject(body, where);
    if (!page)
        return page.error();
    return decode(*page, where);
}

Result<CostPage> CostPageDecoder::decode(const QJsonObject &page, const QString &where)
{
    JsonReader reader(where);
    const auto envelope = reader.envelope(page, "next_page"_L1);
    CostPage result;
    result.hasMore = envelope.hasMore;
    result.next = envelope.next;

    reader.forEachBucketResult(envelope.data, [&](QDate day, const QJsonObject &item, const QString &path) {
        CostLine line;
        line.date = day;
        // A JSON number would already have lost digits in a double: only the string is exact.
        const QString amountText = reader.requireString(item, path, "amount"_L1);
        line.currency = reader.requireString(item, path, "currency"_L1);
        line.workspaceId = reader.nullableString(item, path, "workspace_id"_L1);
        line.description = reader.nullableString(item, path, "description"_L1);
        line.costType = reader.nullableString(item, path, "cost_type"_L1);
        line.model = reader.nullableString(item, path, "model"_L1);
        line.tokenType = reader.nullableString(item, path, "token_type"_L1);
        line.serviceTier = reader.nullableString(item, path, "service_tier"_L1);
        line.contextWindow = reader.nullableString(item, path, "context_window"_L1);
        line.inferenceGeo = reader.nullableString(item, path, "inference_geo"_L1);
        if (!reader.ok())
            return;

        const auto amount = Money::parseCents(amountText);
        if (!amount) {
            reader.fail(JsonReader::join(path, "amount"_L1), amount.error().message());
            return;
        }
        // Every amount is summed as US dollars; another currency would be added up silently wrong.
        if (line.currency != u"USD"_s) {
            reader.fail(JsonReader::join(path, "currency"_L1),
                        u"unsupported currency \""_s + line.currency + u"\" (only USD is reported)"_s);
            return;
        }
        line.amount = Money::fromNanos(amount->nanos);
        if (amount->rounded)
            ++result.roundedAmounts;
        result.items.append(std::move(line));
    });

    if (!reader.ok())
        return reader.error();
    return result;
}

} // namespace tieout::api
