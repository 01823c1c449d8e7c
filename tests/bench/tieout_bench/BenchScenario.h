#pragma once

#include "BenchOptions.h"

#include "core/backfill/BackfillPlan.h"
#include "core/common/Clock.h"
#include "core/config/AppConfig.h"
#include "core/report/ReconcileService.h"
#include "core/sandbox/SandboxProfile.h"
#include "core/store/DatabaseOptions.h"

#include <QProcessEnvironment>
#include <QUrl>

namespace tieout::bench {

// What every step measures against: the sandbox profile with its data ending on the last
// measured day, its BUs (configured as the CLI would be, keys from environment variables), the
// months, a fixed "today" just after them, the backfill plan and the reconcile request.
class BenchScenario final
{
public:
    explicit BenchScenario(const BenchOptions &options);

    const sandbox::SandboxProfile &profile() const { return m_profile; }
    QStringList businessUnits() const;
    YearMonth from() const { return m_from; }
    YearMonth to() const { return m_to; }
    DateRange range() const { return {m_from.firstDay(), m_to.next().firstDay()}; }
    int monthCount() const;
    const Clock &clock() const { return m_clock; }

    // The BackfillPlan of the CLI's `backfill --from … --to …` over every BU.
    QList<backfill::PlannedWindow> windows() const;
    // The BUs as a config file would list them, pointed at `baseUrl`.
    QList<BusinessUnitConfig> unitConfigs(const QUrl &baseUrl) const;
    // The environment AdminKeyResolver reads the admin keys from.
    QProcessEnvironment keyEnvironment() const;
    ReconcileRequest request(YearMonth from, YearMonth to) const;
    // The process environment (TIEOUT_DB_PASSWORD / PGPASSWORD for PostgreSQL).
    static DatabaseOptions databaseOptions();

private:
    static QString keyVariable(const QString &businessUnit);

    sandbox::SandboxProfile m_profile;
    YearMonth m_from;
    YearMonth m_to;
    FixedClock m_clock;
};

} // namespace tieout::bench
