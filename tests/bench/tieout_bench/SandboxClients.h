#pragma once

#include "SandboxThread.h"

#include "core/api/ClientStats.h"
#include "core/common/Result.h"

#include <QNetworkAccessManager>

#include <memory>

namespace tieout {
class AdminKeyResolver;
namespace api {
class AdminApiClient;
}
namespace backfill {
class ClientPool;
}
} // namespace tieout

namespace tieout::bench {

class BenchScenario;

// The CLI's road to the API, pointed at the sandbox: one shared QNetworkAccessManager, admin
// keys resolved from the environment by AdminKeyResolver, one AdminApiClient per BU in a
// ClientPool (as CliApplication builds it), and the sandbox serving on its own thread.
class SandboxClients final
{
public:
    explicit SandboxClients(const BenchScenario &scenario);
    ~SandboxClients();

    Status start();

    backfill::ClientPool *pool() const { return m_pool.get(); }
    api::AdminApiClient *client(const QString &businessUnit) const;
    // Sum over the BUs' clients.
    api::ClientStats totalStats() const;
    SandboxThread &sandbox() { return m_sandbox; }

private:
    const BenchScenario &m_scenario;
    SandboxThread m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<AdminKeyResolver> m_resolver;
    std::unique_ptr<backfill::ClientPool> m_pool;
};

} // namespace tieout::bench
