#include "core/store/CostLineRepository.h"

#include "core/store/BulkInserter.h"
#include "core/store/SqlSupport.h"

namespace tieout {

CostLineRepository::CostLineRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QStringList CostLineRepository::recordColumns()
{
    return {QStringLiteral("date"),         QStringLiteral("workspace_id"),   QStringLiteral("description"),
            QStringLiteral("cost_type"),    QStringLiteral("model"),          QStringLiteral("token_type"),
            QStringLiteral("service_tier"), QStringLiteral("context_window"), QStringLiteral("inference_geo"),
            QStringLiteral("currency"),     QStringLiteral("amount_nanos")};
}

void CostLineRepository::read(const QSqlQuery &query, int first, CostLine &line, sql::DateCache &dates)
{
    line.date = dates.read(query.value(first));
    line.workspaceId = sql::textFrom(query.value(first + 1));
    line.description = sql::textFrom(query.value(first + 2));
    line.costType = sql::textFrom(query.value(first + 3));
    line.model = sql::textFrom(query.value(first + 4));
    line.tokenType = sql::textFrom(query.value(first + 5));
    line.serviceTier = sql::textFrom(query.value(first + 6));
    line.contextWindow = sql::textFrom(query.value(first + 7));
    line.inferenceGeo = sql::textFrom(query.value(first + 8));
    line.currency = sql::textFrom(query.value(first + 9));
    line.amount = Money::fromNanos(sql::int64From(query.value(first + 10)));
}

Status CostLineRepository::insert(const QString &businessUnit, const CostLines &lines)
{
    BulkInserter insert(m_db, QStringLiteral("cost_lines"),
                        QStringList{QStringLiteral("bu")} + recordColumns());
    const QVariant bu(businessUnit);
    for (const CostLine &line : lines) {
        insert.add(bu);
        insert.add(sql::date(line.date));
        insert.add(sql::text(line.workspaceId));
        insert.add(sql::text(line.description));
        insert.add(sql::text(line.costType));
        insert.add(sql::text(line.model));
        insert.add(sql::text(line.tokenType));
        insert.add(sql::text(line.serviceTier));
        insert.add(sql::text(line.contextWindow));
        insert.add(sql::text(line.inferenceGeo));
        insert.add(sql::text(line.currency));
        insert.add(sql::int64(line.amount.nanos()));
        if (auto status = insert.endRow(); !status)
            return status;
    }
    return insert.finish();
}

Result<CostLines> CostLineRepository::load(const QString &businessUnit, const DateRange &range)
{
    return sql::loadWindow<CostLine>(m_db, QStringLiteral("cost_lines"), recordColumns(), businessUnit, range,
                                     [](const QSqlQuery &query, sql::DateCache &dates) -> Result<CostLine> {
                                         CostLine line;
                                         read(query, 0, line, dates);
                                         return line;
                                     });
}

Result<qint64> CostLineRepository::deleteWindow(const QString &businessUnit, const DateRange &range)
{
    return sql::deleteWindow(m_db, QStringLiteral("cost_lines"), businessUnit, range);
}

Result<qint64> CostLineRepository::count(const QString &businessUnit, const DateRange &range)
{
    return sql::countWindow(m_db, QStringLiteral("cost_lines"), businessUnit, range);
}

Result<Money> CostLineRepository::billedTotal(const QString &businessUnit, const DateRange &range)
{
    // SUM(BIGINT) is NUMERIC on PostgreSQL: cast back so no driver ever turns it into a double.
    auto query = sql::execWindow(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(amount_nanos), 0) AS BIGINT)"),
                                 QStringLiteral("cost_lines"), businessUnit, range,
                                 QStringLiteral("cannot total cost lines"));
    if (!query)
        return query.error();
    return Money::fromNanos(query->next() ? sql::int64From(query->value(0)) : 0);
}

} // namespace tieout
