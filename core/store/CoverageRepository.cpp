#include "core/store/CoverageRepository.h"

#include "core/store/BulkInserter.h"
#include "core/store/SqlSupport.h"

namespace tieout {

CoverageRepository::CoverageRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Status CoverageRepository::insert(const CoverageRecords &records)
{
    BulkInserter insert(m_db, QStringLiteral("fetch_coverage"),
                        {QStringLiteral("bu"), QStringLiteral("date"), QStringLiteral("endpoint"),
                         QStringLiteral("fetched_at"), QStringLiteral("row_count")});
    for (const CoverageRecord &record : records) {
        insert.add(record.businessUnit);
        insert.add(sql::date(record.date));
        insert.add(record.endpoint);
        insert.add(sql::timestamp(record.fetchedAt));
        insert.add(sql::int64(record.rowCount));
        if (auto status = insert.endRow(); !status)
            return status;
    }
    return insert.finish();
}

Result<qint64> CoverageRepository::deleteWindow(const QString &businessUnit, const DateRange &range,
                                                const QList<CoverageEndpoint> &endpoints)
{
    if (endpoints.isEmpty())
        return 0;
    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < endpoints.size(); ++i)
        placeholders += QStringLiteral(", ?");
    auto query = sql::prepare(
        m_db, QStringLiteral("DELETE FROM fetch_coverage WHERE bu = ? AND date >= ? AND date < ? "
                             "AND endpoint IN (") +
                  placeholders + QLatin1Char(')'));
    if (!query)
        return query.error();
    query->addBindValue(businessUnit);
    query->addBindValue(range.from);
    query->addBindValue(range.toExclusive);
    for (CoverageEndpoint endpoint : endpoints)
        query->addBindValue(coverageEndpointName(endpoint));
    if (auto status = sql::exec(*query, QStringLiteral("cannot delete fetch coverage")); !status)
        return status.error();
    return static_cast<qint64>(query->numRowsAffected());
}

Result<CoverageRecords> CoverageRepository::load(const DateRange &range, const QString &businessUnit)
{
    auto query =
        sql::selectRange(m_db, QStringLiteral("bu, date, endpoint, fetched_at, row_count"),
                         QStringLiteral("fetch_coverage"), range, businessUnit,
                         QStringLiteral("bu, date, endpoint"), QStringLiteral("cannot read fetch coverage"));
    if (!query)
        return query.error();
    CoverageRecords records;
    sql::DateCache dates;
    while (query->next()) {
        records.append({query->value(0).toString(), dates.read(query->value(1)), query->value(2).toString(),
                        sql::timestampFrom(query->value(3)), sql::int64From(query->value(4))});
    }
    return records;
}

} // namespace tieout
