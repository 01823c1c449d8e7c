#include "core/store/WindowStore.h"

#include "core/common/LogCategories.h"
#include "core/store/ApiKeyRepository.h"
#include "core/store/AuditRepository.h"
#include "core/store/CostLineRepository.h"
#include "core/store/CoverageRepository.h"
#include "core/store/ProductivityRepository.h"
#include "core/store/RevisionRepository.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"
#include "core/store/UsageLineRepository.h"
#include "core/store/WorkspaceRepository.h"

#include <QHash>

#include <array>

namespace tieout {

namespace {

template<typename Rows> QHash<QDate, qint64> rowsPerDay(const Rows &rows)
{
    QHash<QDate, qint64> counts;
    for (const auto &row : rows)
        ++counts[row.date];
    return counts;
}

template<typename Rows> Status checkDates(const Rows &rows, const DateRange &range, const char *what)
{
    for (const auto &row : rows) {
        if (!range.contains(row.date))
            return Error(ErrorCode::Internal, QStringLiteral("a %1 dated \"%2\" lies outside the window")
                                                  .arg(QLatin1String(what), row.date.toString(Qt::ISODate)));
    }
    return okStatus();
}

QString countsText(const char *table, const TableWriteCounts &counts)
{
    return QStringLiteral("%1 fetched=%2 deleted=%3 inserted=%4")
        .arg(QLatin1String(table))
        .arg(counts.fetched)
        .arg(counts.deleted)
        .arg(counts.inserted);
}

} // namespace

WindowStore::WindowStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<WindowData> WindowStore::load(const QString &businessUnit, const DateRange &range)
{
    WindowData data;
    data.businessUnit = businessUnit;
    data.range = range;
    auto costs = CostLineRepository(m_db).load(businessUnit, range);
    if (!costs)
        return costs.error();
    auto usage = UsageLineRepository(m_db).load(businessUnit, range);
    if (!usage)
        return usage.error();
    auto productivity = ProductivityRepository(m_db).load(businessUnit, range);
    if (!productivity)
        return productivity.error();
    auto keys = ApiKeyRepository(m_db).load(businessUnit);
    if (!keys)
        return keys.error();
    auto workspaces = WorkspaceRepository(m_db).load(businessUnit);
    if (!workspaces)
        return workspaces.error();
    data.costLines = std::move(*costs);
    data.usageLines = std::move(*usage);
    data.productivity = std::move(*productivity);
    data.apiKeys = std::move(*keys);
    data.workspaces = std::move(*workspaces);
    return data;
}

Status WindowStore::validate(const WindowData &fetched, const WriteOptions &options) const
{
    if (fetched.businessUnit.isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("a window to write names no BU"));
    if (!fetched.range.from.isValid() || fetched.range.isEmpty())
        return Error(ErrorCode::Internal,
                     QStringLiteral("BU %1: the window to write is empty").arg(fetched.businessUnit));
    const auto missing = [&](CoverageEndpoint endpoint, bool hasRows) {
        return hasRows && !options.endpoints.contains(endpoint);
    };
    if (missing(CoverageEndpoint::CostReport, !fetched.costLines.isEmpty()) ||
        missing(CoverageEndpoint::UsageMessages, !fetched.usageLines.isEmpty()) ||
        missing(CoverageEndpoint::ClaudeCodeUsage, !fetched.productivity.isEmpty()))
        return Error(ErrorCode::Internal,
                     QStringLiteral("rows were given for an endpoint not listed as fetched"));
    Status status = checkDates(fetched.costLines, fetched.range, "cost line");
    if (status)
        status = checkDates(fetched.usageLines, fetched.range, "usage line");
    if (status)
        status = checkDates(fetched.productivity, fetched.range, "productivity record");
    return status;
}

Result<WindowWriteOutcome> WindowStore::replaceWindow(const WindowData &fetched, const QString &actor)
{
    return replaceWindow(fetched, actor, WriteOptions());
}

Result<WindowWriteOutcome> WindowStore::replaceWindow(const WindowData &fetched, const QString &actor,
                                                      const WriteOptions &options)
{
    const QString where = sql::describeWindow(fetched.businessUnit, fetched.range);
    if (auto status = validate(fetched, options); !status)
        return status.error().withContext(where + QStringLiteral(" (nothing was written)"));

    WindowWriteOutcome outcome;
    outcome.businessUnit = fetched.businessUnit;
    outcome.range = fetched.range;

    Transaction transaction(m_db);
    Status status = transaction.begin();
    if (status)
        status = writeInTransaction(fetched, actor, options, outcome);
    if (status)
        status = transaction.commit();
    if (!status) {
        if (transaction.isActive())
            transaction.rollback();
        qCDebug(lcStore) << where << "rolled back:" << status.error().message();
        return Error(ErrorCode::Database,
                     QStringLiteral("%1: %2; the window was rolled back and is unchanged")
                         .arg(where, status.error().message()));
    }
    qCDebug(lcStore) << where << outcome.logLine();
    return outcome;
}

Status WindowStore::writeInTransaction(const WindowData &fetched, const QString &actor,
                                       const WriteOptions &options, WindowWriteOutcome &outcome)
{
    const QString &bu = fetched.businessUnit;
    const DateRange &range = fetched.range;
    const auto has = [&](CoverageEndpoint endpoint) { return options.endpoints.contains(endpoint); };
    CostLineRepository costs(m_db);
    UsageLineRepository usage(m_db);
    ProductivityRepository productivity(m_db);
    CoverageRepository coverage(m_db);

    auto billedBefore = costs.billedTotal(bu, range);
    if (!billedBefore)
        return billedBefore.error();
    outcome.billedBefore = *billedBefore;
    DayTotals daysBefore;
    if (options.recordRevisions) {
        auto totals = dayTotals(bu, range);
        if (!totals)
            return totals.error();
        daysBefore = std::move(*totals);
    }

    // Delete first, then insert: the portable replacement for an upsert (SPEC §7).
    const auto replace = [&](CoverageEndpoint endpoint, auto &repository, const auto &rows,
                             TableWriteCounts &counts) -> Status {
        if (!has(endpoint))
            return okStatus();
        counts.fetched = rows.size();
        auto deleted = repository.deleteWindow(bu, range);
        if (!deleted)
            return deleted.error();
        counts.deleted = *deleted;
        if (auto s = inject(QStringLiteral("deleted")); !s)
            return s;
        if (auto s = repository.insert(bu, rows); !s)
            return s;
        counts.inserted = rows.size();
        return okStatus();
    };
    if (auto s = replace(CoverageEndpoint::CostReport, costs, fetched.costLines, outcome.costLines); !s)
        return s;
    if (auto s = replace(CoverageEndpoint::UsageMessages, usage, fetched.usageLines, outcome.usageLines); !s)
        return s;
    if (auto s = replace(CoverageEndpoint::ClaudeCodeUsage, productivity, fetched.productivity,
                         outcome.productivity);
        !s)
        return s;
    if (auto s = inject(QStringLiteral("inserted")); !s)
        return s;

    auto keys = ApiKeyRepository(m_db).replaceById(bu, fetched.apiKeys);
    if (!keys)
        return keys.error();
    outcome.apiKeys = *keys;
    auto workspaces = WorkspaceRepository(m_db).replaceById(bu, fetched.workspaces);
    if (!workspaces)
        return workspaces.error();
    outcome.workspaces = *workspaces;

    // Every day of the window, for every fetched endpoint, even with no rows: "fetched, empty".
    const QDateTime now = m_clock.nowUtc();
    const std::array<QHash<QDate, qint64>, 3> perDay = {
        rowsPerDay(fetched.costLines), rowsPerDay(fetched.usageLines),
        rowsPerDay(fetched.productivity)}; // by CoverageEndpoint
    CoverageRecords covered;
    const QList<QDate> days = range.days();
    for (CoverageEndpoint endpoint : options.endpoints) {
        const QString name = coverageEndpointName(endpoint);
        for (const QDate &day : days)
            covered.append({bu, day, name, now, perDay[static_cast<int>(endpoint)].value(day)});
    }
    auto coverageDeleted = coverage.deleteWindow(bu, range, options.endpoints);
    if (!coverageDeleted)
        return coverageDeleted.error();
    if (auto s = coverage.insert(covered); !s)
        return s;
    outcome.coverage = {covered.size(), *coverageDeleted, covered.size()};

    for (const TableWriteCounts *counts : {&outcome.costLines, &outcome.usageLines, &outcome.productivity}) {
        outcome.fetched += counts->fetched;
        outcome.deleted += counts->deleted;
        outcome.inserted += counts->inserted;
    }
    auto billedAfter = costs.billedTotal(bu, range);
    if (!billedAfter)
        return billedAfter.error();
    outcome.billedAfter = *billedAfter;

    if (options.recordRevisions) {
        auto daysAfter = dayTotals(bu, range);
        if (!daysAfter)
            return daysAfter.error();
        auto revisions = recordRevisions(bu, daysBefore, *daysAfter);
        if (!revisions)
            return revisions.error();
        outcome.revisions = std::move(*revisions);
    }

    QStringList endpointNames;
    for (CoverageEndpoint endpoint : options.endpoints)
        endpointNames.append(coverageEndpointName(endpoint));
    AuditRecord audit;
    audit.at = now;
    audit.actor = actor;
    audit.action = options.action;
    audit.businessUnit = bu;
    audit.windowFrom = range.from;
    audit.windowTo = range.toExclusive;
    audit.fetched = outcome.fetched;
    audit.deleted = outcome.deleted;
    audit.inserted = outcome.inserted;
    audit.billedBefore = outcome.billedBefore;
    audit.billedAfter = outcome.billedAfter;
    audit.detail = QStringList{countsText("cost_lines", outcome.costLines),
                               countsText("usage_lines", outcome.usageLines),
                               countsText("productivity", outcome.productivity),
                               countsText("api_keys", outcome.apiKeys),
                               countsText("workspaces", outcome.workspaces),
                               QStringLiteral("endpoints=%1").arg(endpointNames.join(QLatin1Char(','))),
                               QStringLiteral("rounded_amounts=%1").arg(fetched.roundedAmounts),
                               QStringLiteral("revisions=%1").arg(outcome.revisions.size())}
                       .join(QStringLiteral("; "));
    if (auto s = AuditRepository(m_db).append(audit); !s)
        return s;
    return inject(QStringLiteral("before-commit"));
}

Status WindowStore::inject(const QString &stage)
{
    return m_faultInjector ? m_faultInjector(m_db, stage) : okStatus();
}

Result<DayTotals> WindowStore::dayTotals(const QString &businessUnit, const DateRange &range)
{
    DayTotals totals;
    for (const QDate &day : range.days())
        totals.insert(day, DayTotal());

    const auto run = [&](const QString &text, const auto &onRow) -> Status {
        auto query = sql::prepare(m_db, text);
        if (!query)
            return query.error();
        query->addBindValue(businessUnit);
        query->addBindValue(range.from);
        query->addBindValue(range.toExclusive);
        if (auto status = sql::exec(
                *query,
                QStringLiteral("cannot total the days of %1").arg(sql::describeWindow(businessUnit, range)));
            !status)
            return status;
        while (query->next()) {
            const QDate day = sql::dateFrom(query->value(0));
            if (totals.contains(day))
                onRow(totals[day], *query);
        }
        return okStatus();
    };
    Status status =
        run(QStringLiteral("SELECT date, CAST(COALESCE(SUM(amount_nanos), 0) AS BIGINT), COUNT(*) "
                           "FROM cost_lines WHERE bu = ? AND date >= ? AND date < ? GROUP BY date"),
            [](DayTotal &day, const QSqlQuery &q) {
                day.billed = Money::fromNanos(sql::int64From(q.value(1)));
                day.costRows = sql::int64From(q.value(2));
            });
    if (status)
        status =
            run(QStringLiteral("SELECT date, CAST(COALESCE(SUM(uncached_input_tokens + output_tokens + "
                               "cache_read_input_tokens + cache_creation_5m_input_tokens + "
                               "cache_creation_1h_input_tokens), 0) AS BIGINT), COUNT(*) FROM usage_lines "
                               "WHERE bu = ? AND date >= ? AND date < ? GROUP BY date"),
                [](DayTotal &day, const QSqlQuery &q) {
                    day.usageTokens = sql::int64From(q.value(1));
                    day.usageRows = sql::int64From(q.value(2));
                });
    if (status)
        status = run(QStringLiteral(
                         "SELECT DISTINCT date FROM fetch_coverage WHERE bu = ? AND date >= ? AND date < ?"),
                     [](DayTotal &day, const QSqlQuery &) { day.covered = true; });
    if (!status)
        return status.error();
    return totals;
}

Result<RevisionRecords> WindowStore::recordRevisions(const QString &businessUnit, const DayTotals &before,
                                                     const DayTotals &after)
{
    RevisionRecords revisions =
        RevisionRepository::changedDays(businessUnit, before, after, m_clock.nowUtc());
    if (auto status = RevisionRepository(m_db).insert(revisions); !status)
        return status.error();
    return revisions;
}

} // namespace tieout
