#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace tieout::sandbox {

class SyntheticOrganization;

// The directory endpoints (api_keys, workspaces, users): cursor pagination with after_id /
// before_id and limit (default 20, max 1000), {data, has_more, first_id, last_id}.
class DirectoryEndpoints final
{
public:
    static Result<QJsonObject> apiKeys(const SyntheticOrganization &org, const QUrlQuery &query);
    static Result<QJsonObject> workspaces(const SyntheticOrganization &org, const QUrlQuery &query);
    static Result<QJsonObject> users(const SyntheticOrganization &org, const QUrlQuery &query);
};

} // namespace tieout::sandbox
