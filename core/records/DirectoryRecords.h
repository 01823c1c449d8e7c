#pragma once

#include <QList>
#include <QString>

namespace tieout {

// Names for ids, from the api_keys and workspaces directories (SPEC §2.4).
struct ApiKeyRecord
{
    QString id;
    QString name;
    QString workspaceId; // null = default workspace
    QString status;
    friend bool operator==(const ApiKeyRecord &, const ApiKeyRecord &) = default;
};

struct WorkspaceRecord
{
    QString id;
    QString name;
    friend bool operator==(const WorkspaceRecord &, const WorkspaceRecord &) = default;
};

using ApiKeyRecords = QList<ApiKeyRecord>;
using WorkspaceRecords = QList<WorkspaceRecord>;

} // namespace tieout
