#include "SandboxClients.h"

#include "AwaitFuture.h"
#include "BenchScenario.h"

#include "core/api/AdminApiClient.h"
#include "core/backfill/ClientPool.h"
#include "core/config/AdminKeyResolver.h"

namespace tieout::bench {

SandboxClients::SandboxClients(const BenchScenario &scenario)
    : m_scenario(scenario), m_sandbox(scenario.profile())
{
}

SandboxClients::~SandboxClients() = default;

Status SandboxClients::start()
{
    auto url = m_sandbox.start();
    if (!url)
        return url.error();
    m_resolver = std::make_unique<AdminKeyResolver>(m_scenario.keyEnvironment(), nullptr);
    m_pool = std::make_unique<backfill::ClientPool>(&m_network, m_resolver.get());
    return awaitFuture(m_pool->prepare(m_scenario.unitConfigs(*url)));
}

api::AdminApiClient *SandboxClients::client(const QString &businessUnit) const
{
    return m_pool->client(businessUnit);
}

api::ClientStats SandboxClients::totalStats() const
{
    api::ClientStats total;
    for (const QString &unit : m_scenario.businessUnits()) {
        if (const api::AdminApiClient *client = m_pool->client(unit))
            total += client->stats();
    }
    return total;
}

} // namespace tieout::bench
