#include "BenchScenario.h"

#include <QTimeZone>

namespace tieout::bench {

BenchScenario::BenchScenario(const BenchOptions &options)
    : m_profile(*sandbox::SandboxProfile::byName(options.profile)), m_from(options.from()), m_to(options.to())
      // "Today" is the day after the range: every month is complete and fully expected.
      ,
      m_clock(QDateTime(options.to().next().firstDay(), QTime(12, 0), QTimeZone::utc()))
{
    m_profile.lastDay = m_to.lastDay();
}

QStringList BenchScenario::businessUnits() const
{
    QStringList names;
    for (const sandbox::SandboxBusinessUnit &unit : m_profile.businessUnits)
        names.append(unit.name);
    return names;
}

int BenchScenario::monthCount() const
{
    return int(YearMonth::range(m_from, m_to).size());
}

QList<backfill::PlannedWindow> BenchScenario::windows() const
{
    auto plan = backfill::BackfillPlan::make(businessUnits(), m_from, m_to, m_clock.todayUtc());
    return plan ? *plan : QList<backfill::PlannedWindow>();
}

QString BenchScenario::keyVariable(const QString &businessUnit)
{
    return QStringLiteral("TIEOUT_BENCH_KEY_") + businessUnit.toUpper();
}

QList<BusinessUnitConfig> BenchScenario::unitConfigs(const QUrl &baseUrl) const
{
    QList<BusinessUnitConfig> units;
    for (const sandbox::SandboxBusinessUnit &unit : m_profile.businessUnits) {
        BusinessUnitConfig config;
        config.name = unit.name;
        config.apiBaseUrl = baseUrl;
        config.adminKey = SecretRef{SecretRef::Kind::Environment, keyVariable(unit.name)};
        units.append(config);
    }
    return units;
}

QProcessEnvironment BenchScenario::keyEnvironment() const
{
    QProcessEnvironment environment;
    for (const sandbox::SandboxBusinessUnit &unit : m_profile.businessUnits)
        environment.insert(keyVariable(unit.name), unit.adminKey);
    return environment;
}

ReconcileRequest BenchScenario::request(YearMonth from, YearMonth to) const
{
    ReconcileRequest request;
    request.from = from;
    request.to = to;
    request.configuredBusinessUnits = businessUnits();
    request.coverageThrough = m_clock.todayUtc().addDays(-1);
    return request;
}

DatabaseOptions BenchScenario::databaseOptions()
{
    return DatabaseOptions{};
}

} // namespace tieout::bench
