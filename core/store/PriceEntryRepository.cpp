#include "core/store/PriceEntryRepository.h"

#include "core/store/BulkInserter.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"

namespace tieout {

namespace {
Status validate(const PriceEntryRow &row)
{
    if (row.model.isEmpty() || row.tokenType.isEmpty())
        return Error(ErrorCode::Config, QStringLiteral("a price entry needs a model and a token type"));
    if (row.unitPriceNanosPerMillion < 0)
        return Error(ErrorCode::Config,
                     QStringLiteral("the price of %1 %2 is negative").arg(row.model, row.tokenType));
    if (row.effectiveFrom.isValid() && row.effectiveTo.isValid() && row.effectiveTo <= row.effectiveFrom)
        return Error(ErrorCode::Config,
                     QStringLiteral("the price entry for %1 %2 ends (%3) before it starts (%4)")
                         .arg(row.model, row.tokenType, row.effectiveTo.toString(Qt::ISODate),
                              row.effectiveFrom.toString(Qt::ISODate)));
    return okStatus();
}
} // namespace

PriceEntryRepository::PriceEntryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<PriceEntryRows> PriceEntryRepository::loadAll()
{
    auto query = sql::prepare(
        m_db, QStringLiteral("SELECT model, token_type, service_tier, context_window, effective_from, "
                             "effective_to, unit_price_nanos_per_mtok, note FROM price_entries "
                             "ORDER BY model, token_type, effective_from"));
    if (!query)
        return query.error();
    if (auto status = sql::exec(*query, QStringLiteral("cannot read price entries")); !status)
        return status.error();
    PriceEntryRows rows;
    while (query->next()) {
        PriceEntryRow row;
        row.model = sql::textFrom(query->value(0));
        row.tokenType = sql::textFrom(query->value(1));
        row.serviceTier = sql::textFrom(query->value(2));
        row.contextWindow = sql::textFrom(query->value(3));
        row.effectiveFrom = sql::dateFrom(query->value(4));
        row.effectiveTo = sql::dateFrom(query->value(5));
        row.unitPriceNanosPerMillion = sql::int64From(query->value(6));
        row.note = sql::textFrom(query->value(7));
        rows.append(std::move(row));
    }
    return rows;
}

Status PriceEntryRepository::insertRows(const PriceEntryRows &rows)
{
    BulkInserter insert(m_db, QStringLiteral("price_entries"),
                        {QStringLiteral("model"), QStringLiteral("token_type"),
                         QStringLiteral("service_tier"), QStringLiteral("context_window"),
                         QStringLiteral("effective_from"), QStringLiteral("effective_to"),
                         QStringLiteral("unit_price_nanos_per_mtok"), QStringLiteral("note")});
    for (const PriceEntryRow &row : rows) {
        if (auto status = validate(row); !status)
            return status;
        insert.add(sql::text(row.model));
        insert.add(sql::text(row.tokenType));
        insert.add(sql::text(row.serviceTier));
        insert.add(sql::text(row.contextWindow));
        insert.add(sql::date(row.effectiveFrom));
        insert.add(sql::date(row.effectiveTo));
        insert.add(sql::int64(row.unitPriceNanosPerMillion));
        insert.add(sql::text(row.note));
        if (auto status = insert.endRow(); !status)
            return status;
    }
    return insert.finish();
}

Status PriceEntryRepository::replaceAll(const PriceEntryRows &rows)
{
    Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status;
    if (auto status = sql::execStatement(m_db, QStringLiteral("DELETE FROM price_entries"),
                                         QStringLiteral("cannot clear price entries"));
        !status)
        return status;
    if (auto status = insertRows(rows); !status)
        return status;
    return transaction.commit();
}

Result<qint64> PriceEntryRepository::deleteByKey(const PriceEntryRow &row)
{
    // NULL-safe without binding a NULL into "? IS NULL" (PostgreSQL cannot type such a
    // parameter): the statement's shape follows which key parts are NULL.
    QString where = QStringLiteral("model = ? AND token_type = ?");
    QVariantList values = {row.model, row.tokenType};
    const auto addText = [&](const char *column, const QString &value) {
        where += QStringLiteral(" AND ") + QLatin1String(column);
        if (value.isNull()) {
            where += QStringLiteral(" IS NULL");
        } else {
            where += QStringLiteral(" = ?");
            values.append(value);
        }
    };
    addText("service_tier", row.serviceTier);
    addText("context_window", row.contextWindow);
    if (row.effectiveFrom.isValid()) {
        where += QStringLiteral(" AND effective_from = ?");
        values.append(row.effectiveFrom);
    } else {
        where += QStringLiteral(" AND effective_from IS NULL");
    }
    auto query = sql::prepare(m_db, QStringLiteral("DELETE FROM price_entries WHERE ") + where);
    if (!query)
        return query.error();
    for (const QVariant &value : std::as_const(values))
        query->addBindValue(value);
    if (auto status = sql::exec(*query, QStringLiteral("cannot delete a price entry")); !status)
        return status.error();
    return static_cast<qint64>(query->numRowsAffected());
}

Status PriceEntryRepository::upsert(const PriceEntryRow &row)
{
    if (auto status = validate(row); !status)
        return status;
    Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status;
    if (auto deleted = deleteByKey(row); !deleted)
        return deleted.error();
    if (auto status = insertRows({row}); !status)
        return status;
    return transaction.commit();
}

Result<bool> PriceEntryRepository::remove(const PriceEntryRow &row)
{
    auto deleted = deleteByKey(row);
    if (!deleted)
        return deleted.error();
    return *deleted > 0;
}

} // namespace tieout
