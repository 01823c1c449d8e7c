#pragma once

#include "core/api/ClientSettings.h"
#include "core/common/Result.h"
#include "core/config/AppConfig.h"

#include <QFuture>
#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace tieout {
class AdminKeyResolver;
namespace api {
class AdminApiClient;
}
} // namespace tieout

namespace tieout::backfill {

// One Admin API client per business unit, built once the BU's admin key has been resolved
// (environment or keychain). Owns the clients; the key stays inside each client's settings.
class ClientPool final : public QObject
{
    Q_OBJECT

public:
    ClientPool(QNetworkAccessManager *network, const AdminKeyResolver *resolver, api::ClientSettings defaults = {},
               QObject *parent = nullptr);

    // Resolves the keys of `units` and creates their clients. Fails on the first BU whose key
    // cannot be had, naming it.
    QFuture<Status> prepare(const QList<BusinessUnitConfig> &units);

    api::AdminApiClient *client(const QString &businessUnit) const;

private:
    QNetworkAccessManager *m_network;
    const AdminKeyResolver *m_resolver;
    api::ClientSettings m_defaults;
    QHash<QString, api::AdminApiClient *> m_clients;
};

} // namespace tieout::backfill
