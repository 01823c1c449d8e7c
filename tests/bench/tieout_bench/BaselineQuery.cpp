#include "BaselineQuery.h"

#include "core/store/SqlSupport.h"

namespace tieout::bench {

QString BaselineQuery::text(bool nullSafe)
{
    // clang-format off
    const QString workspaceMatch = nullSafe
        ? QStringLiteral("(c.workspace_id = u.workspace_id OR (c.workspace_id IS NULL AND u.workspace_id IS NULL))")
        : QStringLiteral("c.workspace_id = u.workspace_id");
    return QStringLiteral(
        "SELECT a.month, a.bu, a.api_key_id, SUM(a.allocated) AS allocated_nanos "
        "FROM ("
        " SELECT u.bu, SUBSTR(CAST(u.date AS VARCHAR(10)), 1, 7) AS month, u.api_key_id,"
        "  c.amount * u.tokens"
        "   / NULLIF(SUM(u.tokens) OVER (PARTITION BY u.bu, u.date, u.workspace_id, u.model), 0) AS allocated"
        " FROM ("
        "  SELECT bu, date, workspace_id, model, api_key_id,"
        "   CAST(SUM(uncached_input_tokens + output_tokens + cache_read_input_tokens"
        "            + cache_creation_5m_input_tokens + cache_creation_1h_input_tokens)"
        "        AS DOUBLE PRECISION) AS tokens"
        "  FROM usage_lines WHERE date >= ? AND date < ?"
        "  GROUP BY bu, date, workspace_id, model, api_key_id"
        " ) u"
        " JOIN ("
        "  SELECT bu, date, workspace_id, model, SUM(amount_nanos) AS amount"
        "  FROM cost_lines WHERE date >= ? AND date < ?"
        "  GROUP BY bu, date, workspace_id, model"
        " ) c ON c.bu = u.bu AND c.date = u.date AND c.model = u.model AND ")
        + workspaceMatch + QStringLiteral(
        ") a "
        "GROUP BY a.month, a.bu, a.api_key_id "
        "ORDER BY a.month, a.bu, a.api_key_id");
    // clang-format on
}

Result<BaselineQuery::Outcome> BaselineQuery::run(const QSqlDatabase &db, const DateRange &range,
                                                  bool nullSafe)
{
    auto query = sql::prepare(db, text(nullSafe));
    if (!query)
        return query.error();
    for (int i = 0; i < 2; ++i) {
        query->addBindValue(range.from);
        query->addBindValue(range.toExclusive);
    }
    if (auto status = sql::exec(*query, QStringLiteral("baseline allocation query")); !status)
        return status.error();
    Outcome outcome;
    while (query->next()) {
        ++outcome.rows;
        outcome.allocatedNanos += query->value(3).toDouble();
    }
    if (query->lastError().isValid())
        return sql::databaseError(QStringLiteral("baseline allocation query"), query->lastError());
    return outcome;
}

Result<qint64> BaselineQuery::billedNanos(const QSqlDatabase &db, const DateRange &range)
{
    auto query = sql::prepare(
        db, QStringLiteral("SELECT SUM(amount_nanos) FROM cost_lines WHERE date >= ? AND date < ?"));
    if (!query)
        return query.error();
    query->addBindValue(range.from);
    query->addBindValue(range.toExclusive);
    if (auto status = sql::exec(*query, QStringLiteral("billed total")); !status)
        return status.error();
    if (!query->next())
        return qint64(0);
    return query->value(0).toLongLong();
}

} // namespace tieout::bench
