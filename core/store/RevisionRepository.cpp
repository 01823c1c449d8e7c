#include "core/store/RevisionRepository.h"

#include "core/store/BulkInserter.h"
#include "core/store/SqlSupport.h"

namespace tieout {

RevisionRepository::RevisionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Status RevisionRepository::insert(const RevisionRecords &records)
{
    BulkInserter insert(m_db, QStringLiteral("revisions"),
                        {QStringLiteral("bu"), QStringLiteral("date"), QStringLiteral("detected_at"),
                         QStringLiteral("billed_before_nanos"), QStringLiteral("billed_after_nanos"),
                         QStringLiteral("usage_tokens_before"), QStringLiteral("usage_tokens_after")});
    for (const RevisionRecord &record : records) {
        insert.add(record.businessUnit);
        insert.add(sql::date(record.date));
        insert.add(sql::timestamp(record.detectedAt));
        insert.add(sql::int64(record.billedBefore.nanos()));
        insert.add(sql::int64(record.billedAfter.nanos()));
        insert.add(sql::int64(record.usageTokensBefore));
        insert.add(sql::int64(record.usageTokensAfter));
        if (auto status = insert.endRow(); !status)
            return status;
    }
    return insert.finish();
}

Result<RevisionRecords> RevisionRepository::load(const DateRange &range, const QString &businessUnit)
{
    auto query =
        sql::selectRange(m_db,
                         QStringLiteral("bu, date, detected_at, billed_before_nanos, billed_after_nanos, "
                                        "usage_tokens_before, usage_tokens_after"),
                         QStringLiteral("revisions"), range, businessUnit,
                         QStringLiteral("bu, date, detected_at"), QStringLiteral("cannot read revisions"));
    if (!query)
        return query.error();
    RevisionRecords records;
    while (query->next()) {
        records.append({query->value(0).toString(), sql::dateFrom(query->value(1)),
                        sql::timestampFrom(query->value(2)),
                        Money::fromNanos(sql::int64From(query->value(3))),
                        Money::fromNanos(sql::int64From(query->value(4))), sql::int64From(query->value(5)),
                        sql::int64From(query->value(6))});
    }
    return records;
}

RevisionRecords RevisionRepository::changedDays(const QString &businessUnit, const DayTotals &before,
                                                const DayTotals &after, const QDateTime &detectedAt)
{
    RevisionRecords revisions;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        // A day never fetched before is new data, not a restatement.
        if (!it.value().covered)
            continue;
        const DayTotal now = after.value(it.key());
        if (now.billed == it.value().billed && now.usageTokens == it.value().usageTokens)
            continue;
        revisions.append({businessUnit, it.key(), detectedAt, it.value().billed, now.billed,
                          it.value().usageTokens, now.usageTokens});
    }
    return revisions;
}

} // namespace tieout
