#include "IncrementalRecompute.h"

#include "core/reconcile/ReconcileInputBuilder.h"
#include "core/store/CoverageEndpoint.h"
#include "core/store/Database.h"
#include "core/store/StoreReader.h"

namespace tieout::bench {

namespace {

// ReconcileService's rule: a day counts as fetched when both cost and usage were fetched.
void addWindowCoverage(ReconcileInputBuilder &builder, const CoverageRecords &records, const QString &bu)
{
    const QString cost = coverageEndpointName(CoverageEndpoint::CostReport);
    const QString usage = coverageEndpointName(CoverageEndpoint::UsageMessages);
    QHash<QDate, int> seen;
    for (const CoverageRecord &record : records) {
        if (record.businessUnit != bu)
            continue;
        seen[record.date] |= record.endpoint == cost ? 1 : record.endpoint == usage ? 2 : 0;
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() == 3)
            builder.addFetchedDay(bu, it.key());
    }
}

} // namespace

Result<ReconcileInput> IncrementalRecompute::build(Database *database, const ReconcileInput &previous,
                                                   const ReconcileRequest &request, const Windows &replaced)
{
    ReconcileInputBuilder builder(request.from, request.to);
    builder.setCoverageTracked(true);
    for (const QString &bu : request.configuredBusinessUnits)
        builder.addConfiguredBusinessUnit(bu);
    builder.setOverrides(previous.overrides);
    builder.setApiKeyNames(previous.apiKeyNames);
    builder.setWorkspaceNames(previous.workspaceNames);
    builder.addFromPrevious(previous, replaced);
    if (!replaced.isEmpty()) {
        auto db = database->connection();
        if (!db)
            return db.error();
        StoreReader reader(*db);
        for (const auto &[bu, month] : replaced) {
            const DateRange range{month.firstDay(), month.next().firstDay()};
            if (auto scanned =
                    reader.scanCostLines(range,
                                         [&builder, &bu](const QString &lineBu, const CostLine &line) {
                                             if (lineBu == bu)
                                                 builder.addCost(lineBu, line);
                                         });
                !scanned)
                return scanned.error();
            if (auto scanned =
                    reader.scanUsageLines(range,
                                          [&builder, &bu](const QString &lineBu, const UsageLine &line) {
                                              if (lineBu == bu)
                                                  builder.addUsage(lineBu, line);
                                          });
                !scanned)
                return scanned.error();
            auto coverage = reader.coverage(range);
            if (!coverage)
                return coverage.error();
            addWindowCoverage(builder, *coverage, bu);
        }
    }
    return builder.build();
}

} // namespace tieout::bench
