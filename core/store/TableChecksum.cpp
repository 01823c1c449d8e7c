#include "core/store/TableChecksum.h"

#include "core/store/SqlSupport.h"
#include "core/store/StoreSchema.h"

#include <QCryptographicHash>

#include <algorithm>

namespace tieout {

namespace {

// One value as text that cannot be confused with another: NULL is \N, and the separators a row
// uses are escaped inside values.
void appendCanonical(QByteArray &out, const QVariant &value, StoreSchema::ColumnType type)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (type) {
    case StoreSchema::ColumnType::Date:
        out += sql::dateFrom(value).toString(Qt::ISODate).toUtf8();
        return;
    case StoreSchema::ColumnType::Integer:
        out += QByteArray::number(value.toLongLong());
        return;
    case StoreSchema::ColumnType::Text:
    case StoreSchema::ColumnType::Timestamp:
        break;
    }
    QByteArray text = value.toString().toUtf8();
    text.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n");
    out += text;
}

} // namespace

Result<QByteArray> tableChecksum(const QSqlDatabase &db, const QString &tableName,
                                 const std::optional<ChecksumScope> &scope)
{
    const StoreSchema::Table *table = StoreSchema::table(tableName);
    if (!table)
        return Error(ErrorCode::Internal, QStringLiteral("no store table named \"%1\"").arg(tableName));

    QStringList names;
    for (const StoreSchema::Column &column : table->columns)
        names.append(column.name);
    QString text =
        QStringLiteral("SELECT ") + names.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table->name;
    QStringList conditions;
    QVariantList values;
    if (scope && table->hasBu) {
        conditions.append(QStringLiteral("bu = ?"));
        values.append(scope->businessUnit);
    }
    if (scope && scope->range && table->hasDate) {
        conditions.append(QStringLiteral("date >= ? AND date < ?"));
        values.append(scope->range->from);
        values.append(scope->range->toExclusive);
    }
    if (!conditions.isEmpty())
        text += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));

    auto query = sql::prepare(db, text);
    if (!query)
        return query.error();
    for (const QVariant &value : std::as_const(values))
        query->addBindValue(value);
    if (auto status = sql::exec(*query, QStringLiteral("cannot checksum %1").arg(table->name)); !status)
        return status.error();

    QList<QByteArray> rows;
    const int width = static_cast<int>(table->columns.size());
    while (query->next()) {
        QByteArray row;
        for (int i = 0; i < width; ++i) {
            if (i)
                row += '\t';
            appendCanonical(row, query->value(i), table->columns.at(i).type);
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(table->name.toUtf8());
    for (const QByteArray &row : std::as_const(rows)) {
        hash.addData("\n");
        hash.addData(row);
    }
    return hash.result().toHex();
}

} // namespace tieout
