#include "core/api/UsagePageDecoder.h"

#include "core/api/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

Result<UsagePage> UsagePageDecoder::decode(const QByteArray &body, const QString &where)
{
    auto page = JsonReader::parseObject(body, where);
    if (!page)
        return page.error();
    return decode(*page, where);
}

Result<UsagePage> UsagePageDecoder::decode(const QJsonObject &page, const QString &where)
{
    JsonReader reader(where);
    const auto envelope = reader.envelope(page, "next_page"_L1);
    UsagePage result;
    result.hasMore = envelope.hasMore;
    result.next = envelope.next;

    reader.forEachBucketResult(envelope.data, [&](QDate day, const QJsonObject &item, const QString &path) {
        UsageLine line;
        line.date = day;
        auto &tokens = line.tokens;
        tokens[static_cast<int>(TokenType::UncachedInput)] = reader.requireCount(item, path, "uncached_input_tokens"_L1);
        tokens[static_cast<int>(TokenType::Output)] = reader.requireCount(item, path, "output_tokens"_L1);
        tokens[static_cast<int>(TokenType::CacheRead)] = reader.requireCount(item, path, "cache_read_input_tokens"_L1);

        const QString cachePath = JsonReader::join(path, "cache_creation"_L1);
        const QJsonObject cache = reader.requireObject(item, path, "cache_creation"_L1);
        tokens[static_cast<int>(TokenType::CacheWrite5m)] =
            reader.requireCount(cache, cachePath, "ephemeral_5m_input_tokens"_L1);
        tokens[static_cast<int>(TokenType::CacheWrite1h)] =
            reader.requireCount(cache, cachePath, "ephemeral_1h_input_tokens"_L1);

        const QString toolPath = JsonReader::join(path, "server_tool_use"_L1);
        const QJsonObject tools = reader.requireObject(item, path, "server_tool_use"_L1);
        line.webSearchRequests = reader.requireCount(tools, toolPath, "web_search_requests"_L1);

        line.apiKeyId = reader.nullableString(item, path, "api_key_id"_L1);
        line.workspaceId = reader.nullableString(item, path, "workspace_id"_L1);
        line.model = reader.nullableString(item, path, "model"_L1);
        line.serviceTier = reader.nullableString(item, path, "service_tier"_L1);
        line.contextWindow = reader.nullableString(item, path, "context_window"_L1);
        line.inferenceGeo = reader.nullableString(item, path, "inference_geo"_L1);
        if (reader.ok())
            result.items.append(std::move(line));
    });

    if (!reader.ok())
        return reader.error();
    return result;
}

} // namespace tieout::api
