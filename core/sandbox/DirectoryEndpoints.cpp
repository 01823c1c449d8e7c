#include "core/sandbox/DirectoryEndpoints.h"

#include "core/sandbox/OrganizationLayout.h"
#include "core/sandbox/QueryParameters.h"
#include "core/sandbox/ReportJson.h"
#include "core/sandbox/SyntheticOrganization.h"

#include <QJsonArray>

namespace tieout::sandbox {

namespace {

Error invalid(const QString &message)
{
    return Error(ErrorCode::Usage, message);
}

QStringList cursorScalars(QStringList extra)
{
    return QStringList{QStringLiteral("limit"), QStringLiteral("after_id"), QStringLiteral("before_id")} +
           extra;
}

// One page of `items` (already filtered, in directory order) around the cursor.
Result<QJsonObject> page(const QueryParameters &params, const QList<QJsonObject> &items)
{
    const auto limit = params.limit(20, 1000);
    if (!limit)
        return limit.error();
    const auto after = params.value(QStringLiteral("after_id"));
    const auto before = params.value(QStringLiteral("before_id"));
    if (after && before)
        return invalid(QStringLiteral("after_id: cannot be combined with before_id"));
    const auto indexOf = [&items](const QString &id) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].value(QStringLiteral("id")).toString() == id)
                return i;
        }
        return qsizetype(-1);
    };
    qsizetype begin = 0;
    qsizetype end = items.size();
    bool hasMore = false;
    if (before) {
        end = indexOf(*before);
        if (end < 0)
            return invalid(QStringLiteral("before_id: unknown id \"%1\"").arg(*before));
        begin = std::max<qsizetype>(0, end - *limit);
        hasMore = begin > 0;
    } else {
        if (after) {
            const qsizetype at = indexOf(*after);
            if (at < 0)
                return invalid(QStringLiteral("after_id: unknown id \"%1\"").arg(*after));
            begin = at + 1;
        }
        end = std::min<qsizetype>(begin + *limit, items.size());
        hasMore = end < items.size();
    }
    QJsonArray data;
    for (qsizetype i = begin; i < end; ++i)
        data.append(items[i]);
    return ReportJson::directoryPage(std::move(data), hasMore);
}

} // namespace

Result<QJsonObject> DirectoryEndpoints::apiKeys(const SyntheticOrganization &org, const QUrlQuery &query)
{
    const auto params = QueryParameters::parse(
        query, cursorScalars({QStringLiteral("status"), QStringLiteral("workspace_id")}), {});
    if (!params)
        return params.error();
    const auto status = params->value(QStringLiteral("status"));
    if (status && *status != u"active" && *status != u"inactive" && *status != u"archived")
        return invalid(QStringLiteral("status: must be one of active, inactive, archived"));
    const auto workspace = params->value(QStringLiteral("workspace_id"));
    const OrganizationLayout &layout = org.layout();
    QList<QJsonObject> items;
    for (const LayoutApiKey &key : layout.apiKeys) {
        const QString &workspaceId = layout.workspaces[key.workspace].id;
        if ((status && key.status != *status) || (workspace && workspaceId != *workspace))
            continue;
        items.append(ReportJson::apiKey(key, workspaceId));
    }
    return page(*params, items);
}

Result<QJsonObject> DirectoryEndpoints::workspaces(const SyntheticOrganization &org, const QUrlQuery &query)
{
    const auto params =
        QueryParameters::parse(query, cursorScalars({QStringLiteral("include_archived")}), {});
    if (!params)
        return params.error();
    const auto archived = params->value(QStringLiteral("include_archived"));
    if (archived && *archived != u"true" && *archived != u"false")
        return invalid(QStringLiteral("include_archived: must be true or false"));
    QList<QJsonObject> items;
    for (const LayoutWorkspace &workspace : org.layout().workspaces) {
        if (!workspace.id.isNull()) // the default workspace is not listed, as in the real API
            items.append(ReportJson::workspace(workspace));
    }
    return page(*params, items);
}

Result<QJsonObject> DirectoryEndpoints::users(const SyntheticOrganization &org, const QUrlQuery &query)
{
    const auto params = QueryParameters::parse(query, cursorScalars({QStringLiteral("email")}), {});
    if (!params)
        return params.error();
    const auto email = params->value(QStringLiteral("email"));
    QList<QJsonObject> items;
    for (const ClaudeCodeActor &actor : org.layout().claudeCodeActors) {
        if (actor.isUser && (!email || actor.name.compare(*email, Qt::CaseInsensitive) == 0))
            items.append(ReportJson::user(actor));
    }
    return page(*params, items);
}

} // namespace tieout::sandbox
