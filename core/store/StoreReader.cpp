#include "core/store/StoreReader.h"

#include "core/store/CoverageRepository.h"
#include "core/store/SqlSupport.h"
#include "core/store/SqliteNativeScan.h"

#include <QSet>

namespace tieout {

StoreReader::StoreReader(QSqlDatabase db) : m_db(std::move(db)) {}

bool StoreReader::usesNativeSqliteScans() const
{
    return m_nativeSqlite && sqlite_native::available(m_db);
}

Status StoreReader::scanCostLines(const DateRange &range, const CostCallback &callback, Columns columns)
{
    const bool all = columns == Columns::All;
    if (usesNativeSqliteScans())
        return sqlite_native::scanCostLines(m_db, range, callback, all);
    const QString text =
        all ? QStringLiteral("SELECT bu, date, workspace_id, cost_type, model, token_type, service_tier, "
                             "context_window, amount_nanos, description, inference_geo, currency "
                             "FROM cost_lines WHERE date >= ? AND date < ?")
            : QStringLiteral("SELECT bu, date, workspace_id, cost_type, model, token_type, service_tier, "
                             "context_window, amount_nanos FROM cost_lines WHERE date >= ? AND date < ?");
    auto query = sql::prepare(m_db, text);
    if (!query)
        return query.error();
    query->addBindValue(range.from);
    query->addBindValue(range.toExclusive);
    if (auto status = sql::exec(*query, QStringLiteral("cannot read cost lines")); !status)
        return status;

    // One line and one BU string refilled per row: the driver's QVariants are the only
    // per-row allocations.
    CostLine line;
    QString bu;
    sql::DateCache dates;
    while (query->next()) {
        bu = query->value(0).toString();
        line.date = dates.read(query->value(1));
        line.workspaceId = sql::textFrom(query->value(2));
        line.costType = sql::textFrom(query->value(3));
        line.model = sql::textFrom(query->value(4));
        line.tokenType = sql::textFrom(query->value(5));
        line.serviceTier = sql::textFrom(query->value(6));
        line.contextWindow = sql::textFrom(query->value(7));
        line.amount = Money::fromNanos(sql::int64From(query->value(8)));
        if (all) {
            line.description = sql::textFrom(query->value(9));
            line.inferenceGeo = sql::textFrom(query->value(10));
            line.currency = sql::textFrom(query->value(11));
        }
        callback(bu, line);
    }
    if (query->lastError().isValid())
        return sql::databaseError(QStringLiteral("reading cost lines stopped"), query->lastError());
    return okStatus();
}

Status StoreReader::scanUsageLines(const DateRange &range, const UsageCallback &callback, Columns columns)
{
    const bool all = columns == Columns::All;
    if (usesNativeSqliteScans())
        return sqlite_native::scanUsageLines(m_db, range, callback, all);
    QString text =
        QStringLiteral("SELECT bu, date, api_key_id, workspace_id, model, service_tier, context_window, "
                       "uncached_input_tokens, output_tokens, cache_read_input_tokens, "
                       "cache_creation_5m_input_tokens, cache_creation_1h_input_tokens, web_search_requests");
    if (all)
        text += QStringLiteral(", inference_geo");
    auto query = sql::prepare(m_db, text + QStringLiteral(" FROM usage_lines WHERE date >= ? AND date < ?"));
    if (!query)
        return query.error();
    query->addBindValue(range.from);
    query->addBindValue(range.toExclusive);
    if (auto status = sql::exec(*query, QStringLiteral("cannot read usage lines")); !status)
        return status;

    UsageLine line;
    QString bu;
    sql::DateCache dates;
    while (query->next()) {
        bu = query->value(0).toString();
        line.date = dates.read(query->value(1));
        line.apiKeyId = sql::textFrom(query->value(2));
        line.workspaceId = sql::textFrom(query->value(3));
        line.model = sql::textFrom(query->value(4));
        line.serviceTier = sql::textFrom(query->value(5));
        line.contextWindow = sql::textFrom(query->value(6));
        for (int i = 0; i < TokenTypeCount; ++i)
            line.tokens[i] = sql::int64From(query->value(7 + i));
        line.webSearchRequests = sql::int64From(query->value(7 + TokenTypeCount));
        if (all)
            line.inferenceGeo = sql::textFrom(query->value(8 + TokenTypeCount));
        callback(bu, line);
    }
    if (query->lastError().isValid())
        return sql::databaseError(QStringLiteral("reading usage lines stopped"), query->lastError());
    return okStatus();
}

Result<QHash<QString, QString>> StoreReader::overrides()
{
    auto query = sql::prepare(m_db, QStringLiteral("SELECT api_key_id, bu FROM bu_overrides"));
    if (!query)
        return query.error();
    if (auto status = sql::exec(*query, QStringLiteral("cannot read key overrides")); !status)
        return status.error();
    QHash<QString, QString> result;
    while (query->next())
        result.insert(query->value(0).toString(), query->value(1).toString());
    return result;
}

Result<QHash<QString, QString>> StoreReader::namesOf(const QString &table)
{
    auto query = sql::prepare(m_db, QStringLiteral("SELECT id, name FROM ") + table);
    if (!query)
        return query.error();
    if (auto status = sql::exec(*query, QStringLiteral("cannot read %1").arg(table)); !status)
        return status.error();
    QHash<QString, QString> result;
    while (query->next())
        result.insert(query->value(0).toString(), sql::textFrom(query->value(1)));
    return result;
}

Result<QHash<QString, QString>> StoreReader::apiKeyNames()
{
    return namesOf(QStringLiteral("api_keys"));
}

Result<QHash<QString, QString>> StoreReader::workspaceNames()
{
    return namesOf(QStringLiteral("workspaces"));
}

Result<QStringList> StoreReader::businessUnits(const DateRange &range)
{
    QSet<QString> units;
    for (const char *table : {"cost_lines", "usage_lines", "fetch_coverage"}) {
        auto query = sql::prepare(m_db, QStringLiteral("SELECT DISTINCT bu FROM ") + QLatin1String(table) +
                                            QStringLiteral(" WHERE date >= ? AND date < ?"));
        if (!query)
            return query.error();
        query->addBindValue(range.from);
        query->addBindValue(range.toExclusive);
        if (auto status = sql::exec(*query, QStringLiteral("cannot list BUs")); !status)
            return status.error();
        while (query->next())
            units.insert(query->value(0).toString());
    }
    QStringList sorted(units.cbegin(), units.cend());
    sorted.sort();
    return sorted;
}

Result<CoverageRecords> StoreReader::coverage(const DateRange &range)
{
    return CoverageRepository(m_db).load(range);
}

} // namespace tieout
