#pragma once

#include "core/api/DecodedPage.h"
#include "core/common/Result.h"
#include "core/records/DirectoryRecords.h"

#include <QByteArray>
#include <QJsonObject>

namespace tieout::api {

using ApiKeyPage = DecodedPage<ApiKeyRecord>;
using WorkspacePage = DecodedPage<WorkspaceRecord>;

// Decodes pages of the cursor-paginated directories /v1/organizations/api_keys and
// /workspaces (SPEC §2.4). The next cursor is last_id (sent back as after_id). Pure.
class DirectoryPageDecoder final
{
public:
    static Result<ApiKeyPage> decodeApiKeys(const QByteArray &body, const QString &where);
    static Result<ApiKeyPage> decodeApiKeys(const QJsonObject &page, const QString &where);
    static Result<WorkspacePage> decodeWorkspaces(const QByteArray &body, const QString &where);
    static Result<WorkspacePage> decodeWorkspaces(const QJsonObject &page, const QString &where);
};

} // namespace tieout::api
