#include "core/api/ClaudeCodePageDecoder.h"

#include "core/api/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

namespace {

void readActor(JsonReader &reader, const QJsonObject &record, const QString &path, ProductivityRecord &out)
{
    const QString actorPath = JsonReader::join(path, "actor"_L1);
    const QJsonObject actor = reader.requireObject(record, path, "actor"_L1);
    out.actorType = reader.requireString(actor, actorPath, "type"_L1);
    if (!reader.ok())
        return;
    if (out.actorType == u"user_actor"_s) {
        out.actorId = reader.requireString(actor, actorPath, "email_address"_L1);
    } else if (out.actorType == u"api_actor"_s) {
        out.actorId = reader.requireString(actor, actorPath, "api_key_name"_L1);
    } else {
        // Without knowing which field identifies it, the record has no stable key; storing it
        // anonymously would merge different actors.
        reader.fail(JsonReader::join(actorPath, "type"_L1),
                    u"unknown actor type \""_s + out.actorType + u"\" (expected user_actor or api_actor)"_s);
    }
}

void readCoreMetrics(JsonReader &reader, const QJsonObject &record, const QString &path, ProductivityRecord &out)
{
    const QString metricsPath = JsonReader::join(path, "core_metrics"_L1);
    const QJsonObject metrics = reader.requireObject(record, path, "core_metrics"_L1);
    out.sessions = reader.requireCount(metrics, metricsPath, "num_sessions"_L1);
    const QString linesPath = JsonReader::join(metricsPath, "lines_of_code"_L1);
    const QJsonObject lines = reader.requireObject(metrics, metricsPath, "lines_of_code"_L1);
    out.linesAdded = reader.requireCount(lines, linesPath, "added"_L1);
    out.linesRemoved = reader.requireCount(lines, linesPath, "removed"_L1);
    out.commits = reader.requireCount(metrics, metricsPath, "commits_by_claude_code"_L1);
    out.pullRequests = reader.requireCount(metrics, metricsPath, "pull_requests_by_claude_code"_L1);
}

void readToolActions(JsonReader &reader, const QJsonObject &record, const QString &path, ProductivityRecord &out)
{
    const QString toolsPath = JsonReader::join(path, "tool_actions"_L1);
    const QJsonObject tools = reader.requireObject(record, path, "tool_actions"_L1);
    for (auto it = tools.constBegin(); it != tools.constEnd() && reader.ok(); ++it) {
        const QString toolPath = toolsPath + u'.' + it.key();
        const QJsonObject counts = reader.requireObject(it.value(), toolPath);
        ToolActionCounts actions;
        actions.accepted = reader.requireCount(counts, toolPath, "accepted"_L1);
        actions.rejected = reader.requireCount(counts, toolPath, "rejected"_L1);
        out.toolActions.insert(it.key(), actions);
    }
}

} // namespace

Result<ClaudeCodePage> ClaudeCodePageDecoder::decode(const QByteArray &body, const QString &where)
{
    auto page = JsonReader::parseObject(body, where);
    if (!page)
        return page.error();
    return decode(*page, where);
}

Result<ClaudeCodePage> ClaudeCodePageDecoder::decode(const QJsonObject &page, const QString &where)
{
    JsonReader reader(where);
    const auto envelope = reader.envelope(page, "next_page"_L1);
    ClaudeCodePage result;
    result.hasMore = envelope.hasMore;
    result.next = envelope.next;

    for (qsizetype i = 0; i < envelope.data.size() && reader.ok(); ++i) {
        const QString path = JsonReader::index(u"data"_s, i);
        const QJsonObject record = reader.requireObject(envelope.data.at(i), path);
        ProductivityRecord out;
        out.date = reader.requireApiDate(record, path, "date"_L1);
        readActor(reader, record, path, out);
        out.organizationId = reader.nullableString(record, path, "organization_id"_L1);
        out.customerType = reader.nullableString(record, path, "customer_type"_L1);
        out.terminalType = reader.nullableString(record, path, "terminal_type"_L1);
        readCoreMetrics(reader, record, path, out);
        readToolActions(reader, record, path, out);
        // model_breakdown is deliberately not read (SPEC §2.3).
        if (reader.ok())
            result.items.append(std::move(out));
    }

    if (!reader.ok())
        return reader.error();
    return result;
}

} // namespace tieout::api
