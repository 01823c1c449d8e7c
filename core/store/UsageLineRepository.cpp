#include "core/store/UsageLineRepository.h"

#include "core/store/BulkInserter.h"
#include "core/store/SqlSupport.h"

namespace tieout {

UsageLineRepository::UsageLineRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QStringList UsageLineRepository::tokenColumns()
{
    // Indexed by TokenType: UncachedInput, Output, CacheRead, CacheWrite5m, CacheWrite1h.
    return {QStringLiteral("uncached_input_tokens"), QStringLiteral("output_tokens"),
            QStringLiteral("cache_read_input_tokens"), QStringLiteral("cache_creation_5m_input_tokens"),
            QStringLiteral("cache_creation_1h_input_tokens")};
}

QStringList UsageLineRepository::recordColumns()
{
    return QStringList{QStringLiteral("date"),         QStringLiteral("api_key_id"),
                       QStringLiteral("workspace_id"), QStringLiteral("model"),
                       QStringLiteral("service_tier"), QStringLiteral("context_window"),
                       QStringLiteral("inference_geo")} +
           tokenColumns() + QStringList{QStringLiteral("web_search_requests")};
}

void UsageLineRepository::read(const QSqlQuery &query, int first, UsageLine &line, sql::DateCache &dates)
{
    line.date = dates.read(query.value(first));
    line.apiKeyId = sql::textFrom(query.value(first + 1));
    line.workspaceId = sql::textFrom(query.value(first + 2));
    line.model = sql::textFrom(query.value(first + 3));
    line.serviceTier = sql::textFrom(query.value(first + 4));
    line.contextWindow = sql::textFrom(query.value(first + 5));
    line.inferenceGeo = sql::textFrom(query.value(first + 6));
    for (int i = 0; i < TokenTypeCount; ++i)
        line.tokens[i] = sql::int64From(query.value(first + 7 + i));
    line.webSearchRequests = sql::int64From(query.value(first + 7 + TokenTypeCount));
}

Status UsageLineRepository::insert(const QString &businessUnit, const UsageLines &lines)
{
    BulkInserter insert(m_db, QStringLiteral("usage_lines"),
                        QStringList{QStringLiteral("bu")} + recordColumns());
    const QVariant bu(businessUnit);
    for (const UsageLine &line : lines) {
        insert.add(bu);
        insert.add(sql::date(line.date));
        insert.add(sql::text(line.apiKeyId));
        insert.add(sql::text(line.workspaceId));
        insert.add(sql::text(line.model));
        insert.add(sql::text(line.serviceTier));
        insert.add(sql::text(line.contextWindow));
        insert.add(sql::text(line.inferenceGeo));
        for (qint64 count : line.tokens)
            insert.add(sql::int64(count));
        insert.add(sql::int64(line.webSearchRequests));
        if (auto status = insert.endRow(); !status)
            return status;
    }
    return insert.finish();
}

Result<UsageLines> UsageLineRepository::load(const QString &businessUnit, const DateRange &range)
{
    return sql::loadWindow<UsageLine>(m_db, QStringLiteral("usage_lines"), recordColumns(), businessUnit, range,
                                      [](const QSqlQuery &query, sql::DateCache &dates) -> Result<UsageLine> {
                                          UsageLine line;
                                          read(query, 0, line, dates);
                                          return line;
                                      });
}

Result<qint64> UsageLineRepository::deleteWindow(const QString &businessUnit, const DateRange &range)
{
    return sql::deleteWindow(m_db, QStringLiteral("usage_lines"), businessUnit, range);
}

Result<qint64> UsageLineRepository::count(const QString &businessUnit, const DateRange &range)
{
    return sql::countWindow(m_db, QStringLiteral("usage_lines"), businessUnit, range);
}

} // namespace tieout
