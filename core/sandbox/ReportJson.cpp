#include "core/sandbox/ReportJson.h"

#include "core/money/DateRange.h"

namespace tieout::sandbox {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString ReportJson::centsString(qint64 nanos)
{
    constexpr qint64 NanosPerCent = 10'000'000;
    const bool negative = nanos < 0;
    // Work on the unsigned magnitude so the most negative value cannot overflow.
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(nanos) : static_cast<quint64>(nanos);
    QString text = QString::number(magnitude / NanosPerCent);
    quint64 fraction = magnitude % NanosPerCent;
    if (fraction != 0) {
        int digits = 7;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        text += u'.' + QStringLiteral("%1").arg(fraction, digits, 10, QLatin1Char('0'));
    }
    return negative ? u'-' + text : text;
}

void ReportJson::writeUsageResult(JsonWriter &w, const UsageLine &line)
{
    w.beginObject();
    w.key("uncached_input_tokens").value(line.tokensOf(TokenType::UncachedInput));
    w.key("cache_creation").beginObject();
    w.key("ephemeral_1h_input_tokens").value(line.tokensOf(TokenType::CacheWrite1h));
    w.key("ephemeral_5m_input_tokens").value(line.tokensOf(TokenType::CacheWrite5m));
    w.endObject();
    w.key("cache_read_input_tokens").value(line.tokensOf(TokenType::CacheRead));
    w.key("output_tokens").value(line.tokensOf(TokenType::Output));
    w.key("server_tool_use").beginObject();
    w.key("web_search_requests").value(line.webSearchRequests);
    w.endObject();
    w.key("api_key_id").value(line.apiKeyId);
    w.key("workspace_id").value(line.workspaceId);
    w.key("model").value(line.model);
    w.key("service_tier").value(line.serviceTier);
    w.key("context_window").value(line.contextWindow);
    w.key("inference_geo").value(line.inferenceGeo);
    w.endObject();
}

void ReportJson::writeCostResult(JsonWriter &w, const CostLine &line)
{
    w.beginObject();
    w.key("currency").value(line.currency);
    w.key("amount").value(centsString(line.amount.nanos()));
    w.key("workspace_id").value(line.workspaceId);
    w.key("description").value(line.description);
    w.key("cost_type").value(line.costType);
    w.key("context_window").value(line.contextWindow);
    w.key("model").value(line.model);
    w.key("service_tier").value(line.serviceTier);
    w.key("token_type").value(line.tokenType);
    w.key("inference_geo").value(line.inferenceGeo);
    w.endObject();
}

QJsonObject ReportJson::claudeCodeRecord(const ClaudeCodeRecord &record)
{
    const ProductivityRecord &p = record.productivity;
    QJsonObject actor{{QStringLiteral("type"), p.actorType}};
    actor.insert(p.actorType == u"user_actor" ? QStringLiteral("email_address")
                                              : QStringLiteral("api_key_name"),
                 p.actorId);
    QJsonObject tools;
    for (auto it = p.toolActions.cbegin(); it != p.toolActions.cend(); ++it) {
        tools.insert(it.key(), QJsonObject{{QStringLiteral("accepted"), it->accepted},
                                           {QStringLiteral("rejected"), it->rejected}});
    }
    QJsonArray breakdown;
    for (const ClaudeCodeModelUsage &m : record.modelBreakdown) {
        breakdown.append(QJsonObject{
            {QStringLiteral("model"), m.model},
            {QStringLiteral("tokens"),
             QJsonObject{{QStringLiteral("input"), m.inputTokens},
                         {QStringLiteral("output"), m.outputTokens},
                         {QStringLiteral("cache_read"), m.cacheReadTokens},
                         {QStringLiteral("cache_creation"), m.cacheCreationTokens}}},
            {QStringLiteral("estimated_cost"),
             QJsonObject{{QStringLiteral("currency"), QStringLiteral("USD")},
                         {QStringLiteral("amount"), m.estimatedCostCents}}},
        });
    }
    return {
        {QStringLiteral("date"), toRfc3339(p.date)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("organization_id"), p.organizationId},
        {QStringLiteral("customer_type"), p.customerType},
        {QStringLiteral("terminal_type"), p.terminalType},
        {QStringLiteral("core_metrics"),
         QJsonObject{
             {QStringLiteral("num_sessions"), p.sessions},
             {QStringLiteral("lines_of_code"), QJsonObject{{QStringLiteral("added"), p.linesAdded},
                                                           {QStringLiteral("removed"), p.linesRemoved}}},
             {QStringLiteral("commits_by_claude_code"), p.commits},
             {QStringLiteral("pull_requests_by_claude_code"), p.pullRequests}}},
        {QStringLiteral("tool_actions"), tools},
        {QStringLiteral("model_breakdown"), breakdown},
    };
}

QJsonObject ReportJson::apiKey(const LayoutApiKey &key, const QString &workspaceId)
{
    return {
        {QStringLiteral("id"), key.id},
        {QStringLiteral("type"), QStringLiteral("api_key")},
        {QStringLiteral("name"), key.name},
        {QStringLiteral("workspace_id"), nullable(workspaceId)},
        {QStringLiteral("created_at"), key.createdAt},
        {QStringLiteral("created_by"), QJsonObject{{QStringLiteral("id"), key.createdBy},
                                                   {QStringLiteral("type"), QStringLiteral("user")}}},
        {QStringLiteral("partial_key_hint"), key.partialKeyHint},
        {QStringLiteral("status"), key.status},
    };
}

QJsonObject ReportJson::workspace(const LayoutWorkspace &workspace)
{
    return {
        {QStringLiteral("id"), workspace.id},
        {QStringLiteral("type"), QStringLiteral("workspace")},
        {QStringLiteral("name"), workspace.name},
        {QStringLiteral("display_color"), workspace.displayColor},
        {QStringLiteral("created_at"), workspace.createdAt},
        {QStringLiteral("archived_at"), QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject ReportJson::user(const ClaudeCodeActor &actor)
{
    return {
        {QStringLiteral("id"), actor.userId},
        {QStringLiteral("type"), QStringLiteral("user")},
        {QStringLiteral("email"), actor.name},
        {QStringLiteral("name"), actor.displayName},
        {QStringLiteral("role"), actor.role},
        {QStringLiteral("added_at"), QStringLiteral("2024-06-01T00:00:00Z")},
    };
}

QJsonObject ReportJson::reportPage(QJsonArray data, const QString &nextPage)
{
    return {{QStringLiteral("data"), std::move(data)},
            {QStringLiteral("has_more"), !nextPage.isEmpty()},
            {QStringLiteral("next_page"),
             nextPage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextPage)}};
}

QJsonObject ReportJson::directoryPage(QJsonArray data, bool hasMore)
{
    const auto idOf = [](const QJsonValue &v) { return v.toObject().value(QStringLiteral("id")); };
    const QJsonValue null(QJsonValue::Null);
    const QJsonValue first = data.isEmpty() ? null : idOf(data.first());
    const QJsonValue last = data.isEmpty() ? null : idOf(data.last());
    return {{QStringLiteral("data"), std::move(data)},
            {QStringLiteral("has_more"), hasMore},
            {QStringLiteral("first_id"), first},
            {QStringLiteral("last_id"), last}};
}

QJsonObject ReportJson::error(const QString &type, const QString &message, const QString &requestId)
{
    return {{QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}},
            {QStringLiteral("request_id"), requestId}};
}

} // namespace tieout::sandbox
