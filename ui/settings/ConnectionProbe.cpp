#include "ui/settings/ConnectionProbe.h"

#include "core/api/AdminApiClient.h"
#include "core/backfill/WindowDiff.h"
#include "core/common/Clock.h"
#include "core/common/UrlPolicy.h"
#include "core/config/AdminKeyResolver.h"

namespace tieout::ui {

ConnectionProbe::ConnectionProbe(QNetworkAccessManager *network, const AdminKeyResolver *resolver,
                                 const Clock *clock, QObject *parent)
    : QObject(parent), m_network(network), m_resolver(resolver), m_clock(clock)
{
}

void ConnectionProbe::probe(const BusinessUnitConfig &unit)
{
    Q_ASSERT(!m_running);
    m_running = true;
    Outcome outcome;
    outcome.businessUnit = unit.name;
    // Yesterday: today's buckets may still be filling in.
    outcome.day = m_clock->todayUtc().addDays(-1);
    if (auto url = validateApiBaseUrl(unit.apiBaseUrl); !url) {
        outcome.error = url.error().message();
        return finish(outcome);
    }
    m_resolver->resolve(unit).then(this, [this, unit, outcome](Result<QString> key) mutable {
        if (!key) {
            outcome.error = key.error().message();
            return finish(outcome);
        }
        api::ClientSettings settings;
        settings.businessUnit = unit.name;
        settings.baseUrl = unit.apiBaseUrl;
        settings.adminKey = *key;
        auto *client = new api::AdminApiClient(settings, m_network, this);
        const DateRange day{outcome.day, outcome.day.addDays(1)};
        client->costReport(day).then(this, [this, client, outcome](Result<CostLines> cost) mutable {
            client->deleteLater();
            if (!cost) {
                outcome.error = cost.error().message();
            } else {
                outcome.ok = true;
                outcome.costLines = cost->size();
                outcome.billed = backfill::billedTotal(*cost);
            }
            finish(outcome);
        });
    });
}

void ConnectionProbe::finish(Outcome outcome)
{
    m_running = false;
    emit finished(outcome);
}

} // namespace tieout::ui
