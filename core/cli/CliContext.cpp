#include "core/cli/CliContext.h"

#include "core/store/DatabaseUrl.h"

#include <QTextStream>

namespace tieout::cli {

Result<QList<BusinessUnitConfig>> CliContext::selectedBusinessUnits() const
{
    if (config.businessUnits.isEmpty()) {
        return Error(ErrorCode::Config,
                     configPath.isEmpty()
                         ? QStringLiteral("no config file found: pass --config FILE or set TIEOUT_CONFIG")
                         : QStringLiteral("config %1 has no business units").arg(configPath));
    }
    if (options.businessUnits.isEmpty())
        return config.businessUnits;
    QList<BusinessUnitConfig> selected;
    for (const QString &name : options.businessUnits) {
        const BusinessUnitConfig *bu = config.findBusinessUnit(name);
        if (!bu) {
            QStringList known;
            for (const BusinessUnitConfig &unit : config.businessUnits)
                known.append(unit.name);
            return Error(ErrorCode::Usage, QStringLiteral("--bu %1 is not a configured business unit (configured: %2)")
                                               .arg(name, known.join(QStringLiteral(", "))));
        }
        selected.append(*bu);
    }
    return selected;
}

QString CliContext::databaseUrl() const
{
    if (!options.databaseUrl.isEmpty())
        return options.databaseUrl;
    if (!config.database.isEmpty())
        return config.database;
    return DatabaseUrl::defaultSqlite().toString();
}

void CliContext::progress(const QString &line) const
{
    *services.err << line << '\n';
    services.err->flush();
}

} // namespace tieout::cli
