#include "core/store/StoreChecks.h"

#include "core/store/SqlSupport.h"
#include "core/store/StoreSchema.h"

#include <QSet>
#include <QSqlField>
#include <QSqlRecord>

namespace tieout {

namespace {

QString cell(const QVariant &value, StoreSchema::ColumnType type)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (type == StoreSchema::ColumnType::Date)
        return sql::dateFrom(value).toString(Qt::ISODate);
    return value.toString();
}

QString dollars(qint64 nanos)
{
    return QStringLiteral("$") + Money::fromNanos(nanos).toDecimalString(2);
}

} // namespace

StoreChecks::StoreChecks(QSqlDatabase db, int maxExamples)
    : m_db(std::move(db)), m_maxExamples(qMax(0, maxExamples))
{
}

Result<StoreCheckResults> StoreChecks::duplicates(const DateRange &range)
{
    StoreCheckResults results;
    for (const StoreSchema::Table &table : StoreSchema::tables()) {
        if (table.grain.isEmpty())
            continue;
        auto result = duplicatesIn(table.name, range);
        if (!result)
            return result.error();
        results.append(std::move(*result));
    }
    return results;
}

Result<StoreCheckResult> StoreChecks::duplicatesIn(const QString &tableName, const DateRange &range)
{
    const StoreSchema::Table *table = StoreSchema::table(tableName);
    if (!table)
        return Error(ErrorCode::Internal, QStringLiteral("no store table named \"%1\"").arg(tableName));

    StoreCheckResult result;
    result.name = QStringLiteral("duplicates.") + table->name;
    result.title = QStringLiteral("No duplicate rows in %1 at its grain (%2)")
                       .arg(table->name, table->grain.join(QStringLiteral(", ")));
    result.columns = table->grain + QStringList{QStringLiteral("count")};

    // GROUP BY puts all NULLs of a column in one group and keeps NULL apart from '' on every
    // engine, which is exactly the null-safe equality the grain needs — no sentinels required.
    const QString grain = table->grain.join(QStringLiteral(", "));
    QString text = QStringLiteral("SELECT ") + grain + QStringLiteral(", COUNT(*) FROM ") + table->name;
    if (table->hasDate)
        text += QStringLiteral(" WHERE date >= ? AND date < ?");
    text +=
        QStringLiteral(" GROUP BY ") + grain + QStringLiteral(" HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC");
    auto query = sql::prepare(m_db, text);
    if (!query)
        return query.error();
    if (table->hasDate) {
        query->addBindValue(range.from);
        query->addBindValue(range.toExclusive);
    }
    if (auto status = sql::exec(*query, QStringLiteral("cannot check %1 for duplicates").arg(table->name));
        !status)
        return status.error();

    qint64 surplus = 0;
    const int width = static_cast<int>(table->grain.size());
    while (query->next()) {
        const qint64 count = sql::int64From(query->value(width));
        ++result.offendingCount;
        surplus += count - 1;
        if (result.examples.size() < m_maxExamples) {
            QStringList row;
            for (int i = 0; i < width; ++i)
                row.append(cell(query->value(i), table->column(table->grain.at(i))->type));
            row.append(QString::number(count));
            result.examples.append(row);
        }
    }
    result.passed = result.offendingCount == 0;
    result.summary = result.passed ? QStringLiteral("%1: no duplicates").arg(table->name)
                                   : QStringLiteral("%1: %2 duplicated keys, %3 surplus rows")
                                         .arg(table->name)
                                         .arg(result.offendingCount)
                                         .arg(surplus);
    return result;
}

Result<StoreCheckResult> StoreChecks::completeness(const DateRange &range, const QStringList &businessUnits,
                                                   const QList<CoverageEndpoint> &endpoints)
{
    StoreCheckResult result;
    result.name = QStringLiteral("completeness");
    result.title = QStringLiteral("Every day fetched for every BU and endpoint");
    result.columns = {QStringLiteral("bu"), QStringLiteral("endpoint"), QStringLiteral("date")};

    auto query = sql::prepare(m_db, QStringLiteral("SELECT bu, date, endpoint FROM fetch_coverage "
                                                   "WHERE date >= ? AND date < ?"));
    if (!query)
        return query.error();
    query->addBindValue(range.from);
    query->addBindValue(range.toExclusive);
    if (auto status = sql::exec(*query, QStringLiteral("cannot check completeness")); !status)
        return status.error();
    QSet<QString> covered;
    sql::DateCache dates;
    const QChar separator(0x1f);
    while (query->next()) {
        covered.insert(query->value(0).toString() + separator +
                       dates.read(query->value(1)).toString(Qt::ISODate) + separator +
                       query->value(2).toString());
    }

    const QList<QDate> days = range.days();
    QSet<QString> incompleteUnits;
    for (const QString &bu : businessUnits) {
        for (CoverageEndpoint endpoint : endpoints) {
            const QString name = coverageEndpointName(endpoint);
            for (const QDate &day : days) {
                const QString iso = day.toString(Qt::ISODate);
                if (covered.contains(bu + separator + iso + separator + name))
                    continue;
                ++result.offendingCount;
                incompleteUnits.insert(bu);
                if (result.examples.size() < m_maxExamples)
                    result.examples.append({bu, name, iso});
            }
        }
    }
    result.passed = result.offendingCount == 0;
    const qint64 expected = qint64(businessUnits.size()) * endpoints.size() * days.size();
    result.summary = result.passed ? QStringLiteral("all %1 BU-endpoint-days fetched").arg(expected)
                                   : QStringLiteral("%1 of %2 BU-endpoint-days never fetched, in %3 BUs")
                                         .arg(result.offendingCount)
                                         .arg(expected)
                                         .arg(incompleteUnits.size());
    return result;
}

Result<StoreCheckResult> StoreChecks::amountsLookLikeDollars(const DateRange &range, Money threshold)
{
    StoreCheckResult result;
    result.name = QStringLiteral("amounts-in-dollars");
    result.title =
        QStringLiteral("Every cost line under %1 (cents stored as dollars would be 100x too large)")
            .arg(dollars(threshold.nanos()));
    result.columns = {QStringLiteral("bu"),           QStringLiteral("date"),
                      QStringLiteral("workspace_id"), QStringLiteral("model"),
                      QStringLiteral("cost_type"),    QStringLiteral("description"),
                      QStringLiteral("amount_usd")};

    const qint64 limit = qAbs(threshold.nanos());
    auto query =
        sql::prepare(m_db, QStringLiteral("SELECT bu, date, workspace_id, model, cost_type, description, "
                                          "amount_nanos FROM cost_lines WHERE date >= ? AND date < ? "
                                          "AND (amount_nanos >= ? OR amount_nanos <= ?) "
                                          "ORDER BY amount_nanos DESC"));
    if (!query)
        return query.error();
    query->addBindValue(range.from);
    query->addBindValue(range.toExclusive);
    query->addBindValue(sql::int64(limit));
    query->addBindValue(sql::int64(-limit));
    if (auto status = sql::exec(*query, QStringLiteral("cannot check cost amounts")); !status)
        return status.error();
    qint64 largest = 0;
    while (query->next()) {
        const qint64 nanos = sql::int64From(query->value(6));
        largest = qMax(largest, qAbs(nanos));
        ++result.offendingCount;
        if (result.examples.size() < m_maxExamples) {
            result.examples.append({query->value(0).toString(),
                                    cell(query->value(1), StoreSchema::ColumnType::Date),
                                    cell(query->value(2), StoreSchema::ColumnType::Text),
                                    cell(query->value(3), StoreSchema::ColumnType::Text),
                                    cell(query->value(4), StoreSchema::ColumnType::Text),
                                    cell(query->value(5), StoreSchema::ColumnType::Text),
                                    Money::fromNanos(nanos).toDecimalString(9)});
        }
    }
    result.passed = result.offendingCount == 0;
    result.summary = result.passed
                         ? QStringLiteral("no cost line reaches %1").arg(dollars(limit))
                         : QStringLiteral("%1 cost lines reach %2 (largest %3): amounts may be in cents")
                               .arg(result.offendingCount)
                               .arg(dollars(limit), dollars(largest));
    return result;
}

Result<StoreCheckResult> StoreChecks::productivityHasNoMoney()
{
    StoreCheckResult result;
    result.name = QStringLiteral("productivity-has-no-money");
    result.title = QStringLiteral("The productivity table has no money or token column");
    result.columns = {QStringLiteral("column")};

    // The live schema, not the one this build expects: a hand-made column must be caught too.
    const QSqlRecord record = m_db.record(QStringLiteral("productivity"));
    if (record.isEmpty()) {
        result.passed = false;
        result.offendingCount = 1;
        result.examples.append({QStringLiteral("(table missing)")});
        result.summary = QStringLiteral("the productivity table does not exist");
        return result;
    }
    static const QStringList forbidden = {
        QStringLiteral("cost"),   QStringLiteral("amount"), QStringLiteral("price"), QStringLiteral("token"),
        QStringLiteral("usd"),    QStringLiteral("dollar"), QStringLiteral("cent"),  QStringLiteral("nano"),
        QStringLiteral("billed"), QStringLiteral("spend"),  QStringLiteral("money")};
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        for (const QString &word : forbidden) {
            if (column.contains(word, Qt::CaseInsensitive)) {
                ++result.offendingCount;
                if (result.examples.size() < m_maxExamples)
                    result.examples.append({column});
                break;
            }
        }
    }
    result.passed = result.offendingCount == 0;
    result.summary =
        result.passed
            ? QStringLiteral("%1 columns, none about money or tokens").arg(record.count())
            : QStringLiteral("%1 money or token columns in productivity").arg(result.offendingCount);
    return result;
}

Result<StoreCheckResults> StoreChecks::runAll(const DateRange &range, const QStringList &businessUnits,
                                              Money threshold)
{
    auto results = duplicates(range);
    if (!results)
        return results.error();
    auto complete = completeness(range, businessUnits);
    if (!complete)
        return complete.error();
    auto amounts = amountsLookLikeDollars(range, threshold);
    if (!amounts)
        return amounts.error();
    auto productivity = productivityHasNoMoney();
    if (!productivity)
        return productivity.error();
    results->append(*complete);
    results->append(*amounts);
    results->append(*productivity);
    return results;
}

} // namespace tieout
