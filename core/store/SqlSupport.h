#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/store/DatabaseUrl.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small helpers shared by the repositories: binding nullable values portably, reading them back
// the same way from both drivers, and turning driver errors into Errors a person can act on.
namespace tieout::sql {

DatabaseEngine engineOf(const QSqlDatabase &db);

// A forward-only prepared statement (SPEC §7: prepared statements only).
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);
// Executes a prepared statement; the error names `context` and the driver's reason.
Status exec(QSqlQuery &query, const QString &context);
// Executes constant text without any values in it (DDL, BEGIN, PRAGMA, SET), unprepared.
Status execStatement(const QSqlDatabase &db, const QString &sql, const QString &context);

Error databaseError(const QString &context, const QSqlError &error);

// "BU x, window 2025-01" for a whole month, else "BU x, window 2025-01-03 to 2025-01-09".
QString describeWindow(const QString &businessUnit, const DateRange &range);

// Statements over one BU's rows of a table with (bu, date) in a date range; `table` must be a
// StoreSchema table name (never user text).
Result<qint64> deleteWindow(const QSqlDatabase &db, const QString &table, const QString &businessUnit,
                            const DateRange &range);
Result<qint64> countWindow(const QSqlDatabase &db, const QString &table, const QString &businessUnit,
                           const DateRange &range);
// Prepares and executes "<verb> FROM <table> WHERE bu = ? AND date >= ? AND date < ?<suffix>".
Result<QSqlQuery> execWindow(const QSqlDatabase &db, const QString &verb, const QString &table,
                             const QString &businessUnit, const DateRange &range, const QString &context,
                             const QString &suffix = QString());
// Prepares and executes "SELECT <columns> FROM <table> WHERE date >= ? AND date < ?[ AND bu = ?]
// ORDER BY <orderBy>": the rows of a date range, of one BU or of every BU when businessUnit is null.
Result<QSqlQuery> selectRange(const QSqlDatabase &db, const QString &columns, const QString &table,
                              const DateRange &range, const QString &businessUnit, const QString &orderBy,
                              const QString &context);

class DateCache;

// One BU's rows of a table in a date range, in date order, each turned into a record by
// `readRow(const QSqlQuery &, DateCache &) -> Result<Record>`.
template<typename Record, typename ReadRow>
Result<QList<Record>> loadWindow(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                 const QString &businessUnit, const DateRange &range, ReadRow readRow);

// Typed nulls: both drivers bind these as SQL NULL (a QVariant holding a null QString does not
// count as null in Qt 6 for every driver).
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
inline QVariant date(QDate value)
{
    return value.isValid() ? QVariant(value) : QVariant(QMetaType::fromType<QDate>());
}
inline QVariant int64(qint64 value)
{
    return QVariant(static_cast<qlonglong>(value));
}
// Timestamps are stored as RFC 3339 text in UTC with milliseconds on every engine, so they read
// back identically and sort as text.
QVariant timestamp(const QDateTime &value);

// Readers that accept what either driver returns (SQLite gives text for dates, PostgreSQL QDate).
inline QString textFrom(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}
QDate dateFrom(const QVariant &value);
QDateTime timestampFrom(const QVariant &value);
inline qint64 int64From(const QVariant &value)
{
    return value.toLongLong();
}

// Caches the last date text: scans read dates in runs, and parsing each one dominates otherwise.
class DateCache final
{
public:
    QDate read(const QVariant &value);

private:
    QString m_lastText;
    QDate m_lastDate;
};

template<typename Record, typename ReadRow>
Result<QList<Record>> loadWindow(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                 const QString &businessUnit, const DateRange &range, ReadRow readRow)
{
    auto query = execWindow(db, QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")), table, businessUnit,
                            range, QStringLiteral("cannot read %1").arg(table), QStringLiteral(" ORDER BY date"));
    if (!query)
        return query.error();
    QList<Record> records;
    DateCache dates;
    while (query->next()) {
        Result<Record> record = readRow(*query, dates);
        if (!record)
            return record.error().withContext(describeWindow(businessUnit, range));
        records.append(std::move(record.value()));
    }
    return records;
}

} // namespace tieout::sql
