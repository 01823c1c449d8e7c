#include "core/sandbox/RequestRouter.h"

#include "core/common/LogCategories.h"
#include "core/sandbox/DirectoryEndpoints.h"
#include "core/sandbox/SyntheticOrganization.h"

#include <QJsonDocument>

namespace tieout::sandbox {

namespace {

const QString Prefix = QStringLiteral("/v1/organizations/");

Result<QByteArray> serialized(const Result<QJsonObject> &object)
{
    if (!object)
        return object.error();
    return QJsonDocument(*object).toJson(QJsonDocument::Compact);
}

} // namespace

RequestRouter::RequestRouter(const QList<const SyntheticOrganization *> &organizations, quint64 tokenSecret)
    : m_tokens(tokenSecret), m_reports(m_tokens)
{
    for (const SyntheticOrganization *org : organizations)
        m_byKey.insert(org->adminKey(), org);
}

const SyntheticOrganization *RequestRouter::organizationFor(const SandboxRequest &request) const
{
    const QByteArray key = request.header("x-api-key");
    return key.isEmpty() ? nullptr : m_byKey.value(QString::fromUtf8(key), nullptr);
}

SandboxResponse RequestRouter::handle(const SandboxRequest &request, const QString &requestId) const
{
    const auto fail = [&requestId](int status, const char *type, const QString &message) {
        return SandboxResponse::error(status, QString::fromLatin1(type), message, requestId);
    };
    const SyntheticOrganization *org = organizationFor(request);
    if (!org)
        return fail(401, "authentication_error", QStringLiteral("invalid x-api-key"));
    if (request.header("anthropic-version").isEmpty())
        return fail(400, "invalid_request_error", QStringLiteral("anthropic-version: header is required"));

    QString path = request.path;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (!path.startsWith(Prefix))
        return fail(404, "not_found_error", QStringLiteral("Not found: %1").arg(request.path.left(200)));
    const QString endpoint = path.mid(Prefix.size());
    Result<QJsonObject> (*directory)(const SyntheticOrganization &, const QUrlQuery &) = nullptr;
    if (endpoint == u"api_keys")
        directory = &DirectoryEndpoints::apiKeys;
    else if (endpoint == u"workspaces")
        directory = &DirectoryEndpoints::workspaces;
    else if (endpoint == u"users")
        directory = &DirectoryEndpoints::users;
    const bool report = endpoint == u"cost_report" || endpoint == u"usage_report/messages" ||
                        endpoint == u"usage_report/claude_code";
    if (!directory && !report)
        return fail(404, "not_found_error", QStringLiteral("Not found: %1").arg(request.path.left(200)));
    if (request.method != "GET")
        return fail(
            405, "invalid_request_error",
            QStringLiteral("method %1 is not allowed on %2").arg(QString::fromLatin1(request.method), path));

    Result<QByteArray> body = directory                    ? serialized(directory(*org, request.query))
                              : endpoint == u"cost_report" ? m_reports.costReport(*org, request.query)
                              : endpoint == u"usage_report/messages"
                                  ? m_reports.usageReport(*org, request.query)
                                  : m_reports.claudeCodeReport(*org, request.query);
    if (!body) {
        qCDebug(lcSandbox) << "400 on" << path << body.error().message();
        return fail(400, "invalid_request_error", body.error().message());
    }
    SandboxResponse response = SandboxResponse::json(std::move(*body));
    response.headers.append(
        {QByteArrayLiteral("anthropic-organization-id"), org->organizationId().toLatin1()});
    return response;
}

} // namespace tieout::sandbox
