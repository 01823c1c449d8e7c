#include "core/sandbox/ReportEndpoints.h"

#include "core/money/DateRange.h"
#include "core/sandbox/JsonWriter.h"
#include "core/sandbox/QueryParameters.h"
#include "core/sandbox/ReportJson.h"
#include "core/sandbox/SyntheticOrganization.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tieout::sandbox {

namespace {

const QString CostEndpoint = QStringLiteral("cost_report");
const QString UsageEndpoint = QStringLiteral("usage_report/messages");
const QString ClaudeCodeEndpoint = QStringLiteral("usage_report/claude_code");

Error invalid(const QString &message)
{
    return Error(ErrorCode::Usage, message);
}

// {"data":[{"starting_at","ending_at","results":[…]}…],"has_more","next_page"}, one bucket per
// day of [first, stop), each filled by writeResults(writer, day).
template<typename WriteResults>
QByteArray bucketPage(QDate first, QDate stop, const QString &nextPage, WriteResults writeResults)
{
    JsonWriter w;
    w.beginObject();
    w.key("data").beginArray();
    for (QDate day = first; day < stop; day = day.addDays(1)) {
        w.beginObject();
        w.key("starting_at").value(toRfc3339(day));
        w.key("ending_at").value(toRfc3339(day.addDays(1)));
        w.key("results").beginArray();
        writeResults(w, day);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("has_more").value(!nextPage.isEmpty());
    w.key("next_page").value(nextPage.isEmpty() ? QString() : nextPage);
    w.endObject();
    return w.take();
}

QStringList reportScalars()
{
    return {QStringLiteral("starting_at"), QStringLiteral("ending_at"), QStringLiteral("bucket_width"),
            QStringLiteral("limit"), QStringLiteral("page")};
}

} // namespace

Result<QDate> ReportEndpoints::pageStart(const QString &endpoint, const QString &pageToken,
                                         quint64 fingerprint, QDate first, QDate endExclusive) const
{
    if (pageToken.isNull())
        return first;
    const auto cursor = m_tokens.decode(pageToken);
    if (!cursor)
        return cursor.error();
    if (cursor->endpoint != endpoint || cursor->queryFingerprint != fingerprint)
        return invalid(QStringLiteral(
            "page: the page token belongs to a different query; repeat the original parameters"));
    const QDate next = QDate::fromString(cursor->position, Qt::ISODate);
    if (!next.isValid() || next <= first || next >= endExclusive)
        return invalid(QStringLiteral("page: invalid page token"));
    return next;
}

QString ReportEndpoints::nextPageToken(const QString &endpoint, QDate next, quint64 fingerprint) const
{
    return m_tokens.encode({endpoint, next.toString(Qt::ISODate), fingerprint});
}

Result<QByteArray> ReportEndpoints::costReport(const SyntheticOrganization &org, const QUrlQuery &query) const
{
    const auto params = QueryParameters::parse(query, reportScalars(), {QStringLiteral("group_by[]")});
    if (!params)
        return params.error();
    const auto width = params->value(QStringLiteral("bucket_width"));
    if (width && *width != u"1d")
        return invalid(QStringLiteral("bucket_width: cost_report only supports 1d"));
    const auto window = params->bucketWindow(7, 31, org.lastDay().addDays(1));
    if (!window)
        return window.error();
    const auto groupBy = params->choices(QStringLiteral("group_by[]"),
                                         {QStringLiteral("workspace_id"), QStringLiteral("description")});
    if (!groupBy)
        return groupBy.error();
    CostGrouping grouping;
    grouping.workspace = groupBy->contains(u"workspace_id");
    grouping.description = groupBy->contains(u"description");

    const quint64 fingerprint = params->fingerprint();
    const auto start = pageStart(CostEndpoint, params->value(QStringLiteral("page")).value_or(QString()),
                                 fingerprint, window->first, window->endExclusive);
    if (!start)
        return start.error();
    const QDate stop = std::min(start->addDays(window->limit), window->endExclusive);
    const QString next =
        stop < window->endExclusive ? nextPageToken(CostEndpoint, stop, fingerprint) : QString();
    return bucketPage(*start, stop, next, [&](JsonWriter &w, QDate day) {
        for (const CostLine &line : org.costForDay(day, grouping))
            ReportJson::writeCostResult(w, line);
    });
}

Result<QByteArray> ReportEndpoints::usageReport(const SyntheticOrganization &org,
                                                const QUrlQuery &query) const
{
    const QStringList filters = {QStringLiteral("api_key_ids[]"),    QStringLiteral("workspace_ids[]"),
                                 QStringLiteral("models[]"),         QStringLiteral("service_tiers[]"),
                                 QStringLiteral("context_window[]"), QStringLiteral("inference_geos[]")};
    const auto params =
        QueryParameters::parse(query, reportScalars(), QStringList{QStringLiteral("group_by[]")} + filters);
    if (!params)
        return params.error();
    const QString width = params->value(QStringLiteral("bucket_width")).value_or(QStringLiteral("1d"));
    int defaultLimit = 7;
    int maxLimit = 31;
    if (width == u"1h") {
        defaultLimit = 24;
        maxLimit = 168;
    } else if (width == u"1m") {
        defaultLimit = 60;
        maxLimit = 1440;
    } else if (width != u"1d") {
        return invalid(QStringLiteral("bucket_width: must be one of 1d, 1h, 1m"));
    }
    const auto window = params->bucketWindow(defaultLimit, maxLimit, org.lastDay().addDays(1));
    if (!window)
        return window.error();
    if (width != u"1d")
        return invalid(QStringLiteral("bucket_width: %1 is not supported by the sandbox; use 1d").arg(width));

    const auto groupBy = params->choices(QStringLiteral("group_by[]"),
                                         {QStringLiteral("api_key_id"), QStringLiteral("workspace_id"),
                                          QStringLiteral("model"), QStringLiteral("service_tier"),
                                          QStringLiteral("context_window"), QStringLiteral("inference_geo")});
    if (!groupBy)
        return groupBy.error();
    UsageGrouping grouping;
    grouping.apiKey = groupBy->contains(u"api_key_id");
    grouping.workspace = groupBy->contains(u"workspace_id");
    grouping.model = groupBy->contains(u"model");
    grouping.serviceTier = groupBy->contains(u"service_tier");
    grouping.contextWindow = groupBy->contains(u"context_window");
    grouping.inferenceGeo = groupBy->contains(u"inference_geo");
    UsageFilter filter;
    filter.apiKeyIds = params->values(filters[0]);
    filter.workspaceIds = params->values(filters[1]);
    filter.models = params->values(filters[2]);
    filter.serviceTiers = params->values(filters[3]);
    filter.contextWindows = params->values(filters[4]);
    filter.inferenceGeos = params->values(filters[5]);

    const quint64 fingerprint = params->fingerprint();
    const auto start = pageStart(UsageEndpoint, params->value(QStringLiteral("page")).value_or(QString()),
                                 fingerprint, window->first, window->endExclusive);
    if (!start)
        return start.error();
    const QDate stop = std::min(start->addDays(window->limit), window->endExclusive);
    const QString next =
        stop < window->endExclusive ? nextPageToken(UsageEndpoint, stop, fingerprint) : QString();
    return bucketPage(*start, stop, next, [&](JsonWriter &w, QDate day) {
        for (const UsageLine &line : org.usageForDay(day, grouping, filter))
            ReportJson::writeUsageResult(w, line);
    });
}

Result<QByteArray> ReportEndpoints::claudeCodeReport(const SyntheticOrganization &org,
                                                     const QUrlQuery &query) const
{
    const auto params = QueryParameters::parse(
        query, {QStringLiteral("starting_at"), QStringLiteral("limit"), QStringLiteral("page")}, {});
    if (!params)
        return params.error();
    const auto start = params->value(QStringLiteral("starting_at"));
    if (!start)
        return invalid(QStringLiteral("starting_at: required parameter is missing"));
    const auto day = parseIsoDay(*start);
    if (!day)
        return invalid(QStringLiteral("starting_at: must be a UTC day YYYY-MM-DD"));
    const auto limit = params->limit(20, 1000);
    if (!limit)
        return limit.error();

    const ClaudeCodeRecords records = org.claudeCodeForDay(*day);
    const quint64 fingerprint = params->fingerprint();
    qsizetype offset = 0;
    if (const auto page = params->value(QStringLiteral("page"))) {
        const auto cursor = m_tokens.decode(*page);
        if (!cursor)
            return cursor.error();
        if (cursor->endpoint != ClaudeCodeEndpoint || cursor->queryFingerprint != fingerprint)
            return invalid(QStringLiteral(
                "page: the page token belongs to a different query; repeat the original parameters"));
        bool ok = false;
        offset = cursor->position.toLongLong(&ok);
        if (!ok || offset <= 0 || offset >= records.size())
            return invalid(QStringLiteral("page: invalid page token"));
    }
    const qsizetype stop = std::min<qsizetype>(offset + *limit, records.size());
    QJsonArray data;
    for (qsizetype i = offset; i < stop; ++i)
        data.append(ReportJson::claudeCodeRecord(records[i]));
    const QString next = stop < records.size()
                             ? m_tokens.encode({ClaudeCodeEndpoint, QString::number(stop), fingerprint})
                             : QString();
    return QJsonDocument(ReportJson::reportPage(std::move(data), next)).toJson(QJsonDocument::Compact);
}

} // namespace tieout::sandbox
