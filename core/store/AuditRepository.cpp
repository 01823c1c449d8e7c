#include "core/store/AuditRepository.h"

#include "core/store/SqlSupport.h"

namespace tieout {

AuditRepository::AuditRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Status AuditRepository::append(const AuditRecord &record)
{
    // The id comes from the database (no RETURNING needed: nobody reads it back here).
    auto query = sql::prepare(
        m_db, QStringLiteral("INSERT INTO audit_log (at, actor, action, bu, window_from, window_to, "
                             "fetched, deleted, inserted, billed_before_nanos, billed_after_nanos, "
                             "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    query->addBindValue(sql::timestamp(record.at));
    query->addBindValue(record.actor.isEmpty() ? QStringLiteral("unknown") : record.actor);
    query->addBindValue(record.action);
    query->addBindValue(sql::text(record.businessUnit));
    query->addBindValue(sql::date(record.windowFrom));
    query->addBindValue(sql::date(record.windowTo));
    query->addBindValue(sql::int64(record.fetched));
    query->addBindValue(sql::int64(record.deleted));
    query->addBindValue(sql::int64(record.inserted));
    query->addBindValue(sql::int64(record.billedBefore.nanos()));
    query->addBindValue(sql::int64(record.billedAfter.nanos()));
    query->addBindValue(sql::text(record.detail));
    return sql::exec(*query, QStringLiteral("cannot write the audit log"));
}

Result<AuditRecords> AuditRepository::recent(int limit, const QString &businessUnit)
{
    QString text = QStringLiteral(
        "SELECT id, at, actor, action, bu, window_from, window_to, fetched, deleted, inserted, "
        "billed_before_nanos, billed_after_nanos, detail FROM audit_log");
    if (!businessUnit.isNull())
        text += QStringLiteral(" WHERE bu = ?");
    auto query = sql::prepare(m_db, text + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    if (!query)
        return query.error();
    if (!businessUnit.isNull())
        query->addBindValue(businessUnit);
    query->addBindValue(qMax(0, limit));
    if (auto status = sql::exec(*query, QStringLiteral("cannot read the audit log")); !status)
        return status.error();
    AuditRecords records;
    while (query->next()) {
        AuditRecord record;
        record.id = sql::int64From(query->value(0));
        record.at = sql::timestampFrom(query->value(1));
        record.actor = sql::textFrom(query->value(2));
        record.action = sql::textFrom(query->value(3));
        record.businessUnit = sql::textFrom(query->value(4));
        record.windowFrom = sql::dateFrom(query->value(5));
        record.windowTo = sql::dateFrom(query->value(6));
        record.fetched = sql::int64From(query->value(7));
        record.deleted = sql::int64From(query->value(8));
        record.inserted = sql::int64From(query->value(9));
        record.billedBefore = Money::fromNanos(sql::int64From(query->value(10)));
        record.billedAfter = Money::fromNanos(sql::int64From(query->value(11)));
        record.detail = sql::textFrom(query->value(12));
        records.append(std::move(record));
    }
    return records;
}

} // namespace tieout
