#include "core/store/SqlSupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

namespace tieout::sql {

DatabaseEngine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? DatabaseEngine::Postgres : DatabaseEngine::Sqlite;
}

Error databaseError(const QString &context, const QSqlError &error)
{
    QString reason = error.databaseText().trimmed();
    const QString driverText = error.driverText().trimmed();
    if (reason.isEmpty())
        reason = driverText;
    else if (!driverText.isEmpty() && !reason.contains(driverText))
        reason = driverText + QStringLiteral(": ") + reason;
    if (reason.isEmpty())
        reason = QStringLiteral("unknown database error");
    return Error(ErrorCode::Database, context + QStringLiteral(": ") + reason);
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    if (!db.isOpen())
        return Error(ErrorCode::Database,
                     QStringLiteral("the database connection %1 is closed").arg(db.connectionName()));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return databaseError(QStringLiteral("cannot prepare \"%1\"").arg(sql.simplified().left(120)),
                             query.lastError());
    return query;
}

Status exec(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return databaseError(context, query.lastError());
    return okStatus();
}

Status execStatement(const QSqlDatabase &db, const QString &sql, const QString &context)
{
    // Constant text with no values in it; PostgreSQL cannot PREPARE DDL, BEGIN, LOCK or SET.
    if (!db.isOpen())
        return Error(
            ErrorCode::Database,
            QStringLiteral("%1: the database connection %2 is closed").arg(context, db.connectionName()));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return databaseError(context, query.lastError());
    return okStatus();
}

QString describeWindow(const QString &businessUnit, const DateRange &range)
{
    QString window;
    if (range.from.day() == 1 && range.toExclusive == range.from.addMonths(1))
        window = range.from.toString(QStringLiteral("yyyy-MM"));
    else
        window =
            QStringLiteral("%1 to %2")
                .arg(range.from.toString(Qt::ISODate), range.toExclusive.addDays(-1).toString(Qt::ISODate));
    return QStringLiteral("BU %1, window %2").arg(businessUnit, window);
}

Result<QSqlQuery> execWindow(const QSqlDatabase &db, const QString &verb, const QString &table,
                             const QString &businessUnit, const DateRange &range, const QString &context,
                             const QString &suffix)
{
    auto query = prepare(db, verb + QStringLiteral(" FROM ") + table +
                                 QStringLiteral(" WHERE bu = ? AND date >= ? AND date < ?") + suffix);
    if (!query)
        return query.error();
    query->addBindValue(businessUnit);
    query->addBindValue(range.from);
    query->addBindValue(range.toExclusive);
    if (auto status = exec(*query, context); !status)
        return status.error();
    return std::move(*query);
}

Result<QSqlQuery> selectRange(const QSqlDatabase &db, const QString &columns, const QString &table,
                              const DateRange &range, const QString &businessUnit, const QString &orderBy,
                              const QString &context)
{
    QString text = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + table +
                   QStringLiteral(" WHERE date >= ? AND date < ?");
    if (!businessUnit.isNull())
        text += QStringLiteral(" AND bu = ?");
    auto query = prepare(db, text + QStringLiteral(" ORDER BY ") + orderBy);
    if (!query)
        return query.error();
    query->addBindValue(range.from);
    query->addBindValue(range.toExclusive);
    if (!businessUnit.isNull())
        query->addBindValue(businessUnit);
    if (auto status = exec(*query, context); !status)
        return status.error();
    return std::move(*query);
}

Result<qint64> deleteWindow(const QSqlDatabase &db, const QString &table, const QString &businessUnit,
                            const DateRange &range)
{
    auto query = execWindow(db, QStringLiteral("DELETE"), table, businessUnit, range,
                            QStringLiteral("cannot delete from %1").arg(table));
    if (!query)
        return query.error();
    return static_cast<qint64>(query->numRowsAffected());
}

Result<qint64> countWindow(const QSqlDatabase &db, const QString &table, const QString &businessUnit,
                           const DateRange &range)
{
    auto query = execWindow(db, QStringLiteral("SELECT COUNT(*)"), table, businessUnit, range,
                            QStringLiteral("cannot count %1").arg(table));
    if (!query)
        return query.error();
    return query->next() ? int64From(query->value(0)) : 0;
}

QVariant timestamp(const QDateTime &value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return QVariant(value.toUTC().toString(Qt::ISODateWithMs));
}

QDate dateFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime timestampFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime result = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return result.isValid() ? result.toUTC() : result;
}

QDate DateCache::read(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text != m_lastText) {
        m_lastText = text;
        m_lastDate = QDate::fromString(text, Qt::ISODate);
    }
    return m_lastDate;
}

} // namespace tieout::sql
