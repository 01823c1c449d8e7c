#include "core/backfill/ClientPool.h"

#include "core/api/AdminApiClient.h"
#include "core/config/AdminKeyResolver.h"

#include <QPromise>

#include <memory>

namespace tieout::backfill {

ClientPool::ClientPool(QNetworkAccessManager *network, const AdminKeyResolver *resolver,
                       api::ClientSettings defaults, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_resolver(resolver)
    , m_defaults(std::move(defaults))
{
}

api::AdminApiClient *ClientPool::client(const QString &businessUnit) const
{
    return m_clients.value(businessUnit);
}

QFuture<Status> ClientPool::prepare(const QList<BusinessUnitConfig> &units)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto remaining = std::make_shared<QList<BusinessUnitConfig>>(units);
    // Keys are resolved one after another: the keychain may prompt, and errors should name the
    // first BU that failed, deterministically.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, promise, remaining, step]() {
        if (remaining->isEmpty()) {
            promise->addResult(okStatus());
            promise->finish();
            *step = nullptr; // break the self-reference
            return;
        }
        const BusinessUnitConfig unit = remaining->takeFirst();
        m_resolver->resolve(unit).then(this, [this, unit, promise, step](Result<QString> key) {
            if (!key) {
                promise->addResult(Status(key.error()));
                promise->finish();
                *step = nullptr;
                return;
            }
            api::ClientSettings settings = m_defaults;
            settings.businessUnit = unit.name;
            settings.baseUrl = unit.apiBaseUrl;
            settings.adminKey = *key;
            delete m_clients.take(unit.name);
            m_clients.insert(unit.name, new api::AdminApiClient(settings, m_network, this));
            (*step)();
        });
    };
    (*step)();
    return promise->future();
}

} // namespace tieout::backfill
