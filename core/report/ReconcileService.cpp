#include "core/report/ReconcileService.h"

#include "core/common/LogCategories.h"
#include "core/reconcile/ReconcileInputBuilder.h"
#include "core/reconcile/Reconciler.h"
#include "core/report/PriceBookSource.h"
#include "core/store/CoverageEndpoint.h"
#include "core/store/Database.h"
#include "core/store/PriceEntryRepository.h"
#include "core/store/StoreReader.h"

#include <QElapsedTimer>
#include <QSet>

namespace tieout {

ReconcileRequest ReconcileRequest::fromConfig(const AppConfig &config, YearMonth from, YearMonth to, QDate todayUtc)
{
    ReconcileRequest request;
    request.from = from;
    request.to = to;
    // The BUs that fetch (coverage required). Override targets get their rows from the overrides.
    for (const BusinessUnitConfig &bu : config.businessUnits)
        request.configuredBusinessUnits.append(bu.name);
    request.overrides = config.overrides;
    request.checks = config.checks;
    request.coverageThrough = todayUtc.addDays(-1);
    return request;
}

ReconcileOptions ReconcileRequest::options() const
{
    ReconcileOptions options;
    options.ratioBandLow = checks.ratioLowBasisPoints;
    options.ratioBandHigh = checks.ratioHighBasisPoints;
    options.coverageThrough = coverageThrough;
    return options;
}

namespace {

// A day counts as fetched for a BU when both money-bearing reports were fetched for it.
void addCoverage(ReconcileInputBuilder &builder, const CoverageRecords &records)
{
    const QString cost = coverageEndpointName(CoverageEndpoint::CostReport);
    const QString usage = coverageEndpointName(CoverageEndpoint::UsageMessages);
    QHash<QPair<QString, QDate>, int> seen; // bit 1: cost, bit 2: usage
    for (const CoverageRecord &record : records) {
        const int bit = record.endpoint == cost ? 1 : record.endpoint == usage ? 2 : 0;
        if (bit)
            seen[{record.businessUnit, record.date}] |= bit;
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() == 3)
            builder.addFetchedDay(it.key().first, it.key().second);
    }
}

// Names and overrides: the config's overrides win over those stored in the database.
Status loadDirectory(Database &database, ReconcileInputBuilder &builder, const QHash<QString, QString> &configOverrides)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    StoreReader reader(*db);
    auto overrides = reader.overrides();
    if (!overrides)
        return overrides.error();
    for (auto it = configOverrides.cbegin(); it != configOverrides.cend(); ++it)
        overrides->insert(it.key(), it.value());
    builder.setOverrides(*overrides);
    auto keyNames = reader.apiKeyNames();
    if (!keyNames)
        return keyNames.error();
    builder.setApiKeyNames(*keyNames);
    auto workspaceNames = reader.workspaceNames();
    if (!workspaceNames)
        return workspaceNames.error();
    builder.setWorkspaceNames(*workspaceNames);
    return okStatus();
}

} // namespace

Result<ReconcileRun> ReconcileService::run(Database *database, const ReconcileRequest &request)
{
    ReconcileRun run;
    QElapsedTimer timer;
    timer.start();
    const DateRange range{request.from.firstDay(), request.to.next().firstDay()};
    ReconcileInputBuilder builder(request.from, request.to);
    builder.setCoverageTracked(true);
    for (const QString &bu : request.configuredBusinessUnits)
        builder.addConfiguredBusinessUnit(bu);
    QHash<QString, QString> configOverrides;
    for (const KeyOverride &override : request.overrides)
        configOverrides.insert(override.apiKeyId, override.businessUnit);

    PriceEntryRows priceRows;
    if (database) {
        if (auto loaded = loadDirectory(*database, builder, configOverrides); !loaded)
            return loaded.error();
        auto db = database->connection();
        if (!db)
            return db.error();
        auto rows = PriceEntryRepository(*db).loadAll();
        if (!rows)
            return rows.error();
        priceRows = *rows;
        StoreReader reader(*db);
        auto coverage = reader.coverage(range);
        if (!coverage)
            return coverage.error();
        addCoverage(builder, *coverage);
        if (auto scanned = reader.scanCostLines(range, [&](const QString &bu, const CostLine &line) {
                ++run.costLines;
                builder.addCost(bu, line);
            });
            !scanned)
            return scanned.error();
        if (auto scanned = reader.scanUsageLines(range, [&](const QString &bu, const UsageLine &line) {
                ++run.usageRows;
                builder.addUsage(bu, line);
            });
            !scanned)
            return scanned.error();
    } else {
        builder.setOverrides(configOverrides);
    }
    run.scanMs = timer.restart();

    auto book = PriceBookSource::withUserRows(priceRows);
    if (!book)
        return book.error();
    const Reconciler reconciler(*book, request.options());
    run.result = reconciler.run(std::make_shared<const ReconcileInput>(builder.build()));
    run.reconcileMs = timer.elapsed();
    qCInfo(lcReconcile) << "reconciled" << run.costLines << "cost lines and" << run.usageRows << "usage rows: scan"
                        << run.scanMs << "ms, reconcile" << run.reconcileMs << "ms";
    return run;
}

} // namespace tieout
