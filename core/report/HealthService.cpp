#include "core/report/HealthService.h"

#include "core/reconcile/CodePointOrder.h"
#include "core/store/AuditRepository.h"
#include "core/store/CoverageEndpoint.h"
#include "core/store/CoverageRepository.h"
#include "core/store/Database.h"
#include "core/store/RevisionRepository.h"
#include "core/store/StoreChecks.h"
#include "core/store/StoreReader.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace tieout {

namespace {

// Every stored day, for "last fetch": coverage rows are few (BUs × days × 3).
const DateRange AllDays{QDate(1970, 1, 1), QDate(9999, 12, 31)};

int endpointOrder(const QString &endpoint)
{
    const auto parsed = coverageEndpointFromName(endpoint);
    return parsed ? int(*parsed) : int(allCoverageEndpoints().size());
}

DayCoverage stateOf(const QList<EndpointFetch> &fetches)
{
    if (fetches.isEmpty())
        return DayCoverage::NeverFetched;
    for (const CoverageEndpoint endpoint : allCoverageEndpoints()) {
        const QString name = coverageEndpointName(endpoint);
        if (std::none_of(fetches.cbegin(), fetches.cend(), [&](const EndpointFetch &f) { return f.endpoint == name; }))
            return DayCoverage::Partial;
    }
    const bool anyRows =
        std::any_of(fetches.cbegin(), fetches.cend(), [](const EndpointFetch &f) { return f.rowCount > 0; });
    return anyRows ? DayCoverage::FetchedWithRows : DayCoverage::FetchedEmpty;
}

QList<BuCoverage> buildCoverage(const DateRange &range, const QStringList &businessUnits,
                                const CoverageRecords &records)
{
    QHash<QPair<QString, QDate>, QList<EndpointFetch>> byDay;
    for (const CoverageRecord &record : records)
        byDay[{record.businessUnit, record.date}].append({record.endpoint, record.fetchedAt, record.rowCount});

    QList<BuCoverage> coverage;
    const QList<QDate> days = range.days();
    for (const QString &bu : businessUnits) {
        BuCoverage unit;
        unit.businessUnit = bu;
        unit.days.reserve(days.size());
        for (const QDate &date : days) {
            CoverageDay day;
            day.date = date;
            day.fetches = byDay.value({bu, date});
            std::sort(day.fetches.begin(), day.fetches.end(), [](const EndpointFetch &a, const EndpointFetch &b) {
                return endpointOrder(a.endpoint) < endpointOrder(b.endpoint);
            });
            day.state = stateOf(day.fetches);
            switch (day.state) {
            case DayCoverage::NeverFetched: ++unit.neverFetched; break;
            case DayCoverage::Partial: ++unit.partial; break;
            case DayCoverage::FetchedEmpty: ++unit.fetchedEmpty; break;
            case DayCoverage::FetchedWithRows: ++unit.fetchedWithRows; break;
            }
            unit.days.append(std::move(day));
        }
        coverage.append(std::move(unit));
    }
    return coverage;
}

QList<LastFetch> buildLastFetches(const DateRange &range, const QStringList &businessUnits,
                                  const CoverageRecords &allRecords)
{
    QHash<QPair<QString, QString>, LastFetch> latest;
    for (const CoverageRecord &record : allRecords) {
        LastFetch &last = latest[{record.businessUnit, record.endpoint}];
        last.businessUnit = record.businessUnit;
        last.endpoint = record.endpoint;
        if (!last.fetchedAt.isValid() || last.fetchedAt < record.fetchedAt)
            last.fetchedAt = record.fetchedAt;
        if (!last.latestDay.isValid() || last.latestDay < record.date)
            last.latestDay = record.date;
        if (range.contains(record.date))
            ++last.daysInRange;
    }
    QList<LastFetch> rows;
    for (const QString &bu : businessUnits) {
        QList<LastFetch> ofBu;
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            if (it.key().first == bu)
                ofBu.append(it.value());
        }
        std::sort(ofBu.begin(), ofBu.end(), [](const LastFetch &a, const LastFetch &b) {
            return std::make_pair(endpointOrder(a.endpoint), a.endpoint)
                   < std::make_pair(endpointOrder(b.endpoint), b.endpoint);
        });
        rows.append(ofBu);
    }
    return rows;
}

} // namespace

Result<HealthReport> HealthService::run(Database *database, const DateRange &range, const QStringList &businessUnits)
{
    QElapsedTimer timer;
    timer.start();
    HealthReport report;
    report.range = range;
    QStringList units = businessUnits;
    CoverageRecords inRange;
    CoverageRecords allDays;

    if (database) {
        auto db = database->connection();
        if (!db)
            return db.error();
        auto withData = StoreReader(*db).businessUnits(range);
        if (!withData)
            return withData.error();
        units += *withData;
        auto all = CoverageRepository(*db).load(AllDays);
        if (!all)
            return all.error();
        allDays = std::move(*all);
        for (const CoverageRecord &record : std::as_const(allDays)) {
            if (range.contains(record.date))
                inRange.append(record);
        }
        auto duplicates = StoreChecks(*db).duplicates(range);
        if (!duplicates)
            return duplicates.error();
        report.duplicates = std::move(*duplicates);
        auto revisions = RevisionRepository(*db).load(range);
        if (!revisions)
            return revisions.error();
        report.revisions = std::move(*revisions);
        auto writes = AuditRepository(*db).recent(RecentWriteLimit);
        if (!writes)
            return writes.error();
        report.recentWrites = std::move(*writes);
    }

    units.removeDuplicates();
    units.removeAll(QString());
    std::sort(units.begin(), units.end(), [](const QString &a, const QString &b) { return codePointLess(a, b); });
    report.coverage = buildCoverage(range, units, inRange);
    report.lastFetches = buildLastFetches(range, units, allDays);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace tieout
