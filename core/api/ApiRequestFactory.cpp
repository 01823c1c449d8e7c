#include "core/api/ApiRequestFactory.h"

#include "core/api/ClientSettings.h"

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

namespace {

QueryItems bucketedQuery(const DateRange &chunk, int limit)
{
    return {
        {u"starting_at"_s, toRfc3339(chunk.from)},
        {u"ending_at"_s, toRfc3339(chunk.toExclusive)},
        {u"bucket_width"_s, u"1d"_s},
        {u"limit"_s, QString::number(limit)},
    };
}

} // namespace

QString ApiRequestFactory::costReportPath()
{
    return u"/v1/organizations/cost_report"_s;
}

QString ApiRequestFactory::usageReportPath()
{
    return u"/v1/organizations/usage_report/messages"_s;
}

QString ApiRequestFactory::claudeCodePath()
{
    return u"/v1/organizations/usage_report/claude_code"_s;
}

QString ApiRequestFactory::apiKeysPath()
{
    return u"/v1/organizations/api_keys"_s;
}

QString ApiRequestFactory::workspacesPath()
{
    return u"/v1/organizations/workspaces"_s;
}

QueryItems ApiRequestFactory::costReportQuery(const DateRange &chunk, int limit)
{
    QueryItems query = bucketedQuery(chunk, limit);
    // Both group-bys give the finest grain the cost report has (SPEC §2.1).
    query.append({u"group_by[]"_s, u"workspace_id"_s});
    query.append({u"group_by[]"_s, u"description"_s});
    return query;
}

QueryItems ApiRequestFactory::usageReportQuery(const DateRange &chunk, int limit)
{
    QueryItems query = bucketedQuery(chunk, limit);
    for (const QString &dimension :
         {u"api_key_id"_s, u"workspace_id"_s, u"model"_s, u"service_tier"_s, u"context_window"_s})
        query.append({u"group_by[]"_s, dimension});
    return query;
}

QueryItems ApiRequestFactory::claudeCodeQuery(QDate day, int limit)
{
    return {
        {u"starting_at"_s, day.toString(Qt::ISODate)},
        {u"limit"_s, QString::number(limit)},
    };
}

QueryItems ApiRequestFactory::apiKeysQuery(int limit)
{
    // No status filter: inactive and archived keys still name past usage.
    return {{u"limit"_s, QString::number(limit)}};
}

QueryItems ApiRequestFactory::workspacesQuery(int limit)
{
    return {{u"limit"_s, QString::number(limit)}, {u"include_archived"_s, u"true"_s}};
}

QLatin1StringView ApiRequestFactory::cursorParameter(CursorStyle style)
{
    return style == CursorStyle::PageToken ? "page"_L1 : "after_id"_L1;
}

QUrl ApiRequestFactory::url(const QUrl &baseUrl, const QString &path, const QueryItems &query)
{
    QUrl result = baseUrl;
    QString basePath = baseUrl.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    result.setPath(basePath + path);

    // Built by hand: QUrlQuery leaves '[' and ']' (and a '+' in a token) unencoded, which some
    // servers and proxies read differently. Every byte outside the unreserved set is escaped.
    QByteArray encoded;
    for (const auto &[key, value] : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    result.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    result.setFragment(QString());
    return result;
}

QNetworkRequest ApiRequestFactory::request(const QUrl &url, const ClientSettings &settings)
{
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", settings.adminKey.toUtf8());
    request.setRawHeader("anthropic-version", QByteArray(AnthropicVersion.data(), AnthropicVersion.size()));
    request.setRawHeader("accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, settings.userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

} // namespace tieout::api
