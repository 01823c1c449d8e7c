#include "core/store/BulkInserter.h"

#include "core/store/SqlSupport.h"

#include <QSqlError>

namespace tieout {

namespace {
// SQLite builds older than 3.32 allow 999 host parameters per statement; stay under that on
// both engines. PostgreSQL gains little beyond a few hundred rows per statement anyway.
constexpr int kMaxParameters = 999;
constexpr int kMaxRowsPerStatement = 200;
} // namespace

BulkInserter::BulkInserter(QSqlDatabase db, QString table, QStringList columns, Strategy strategy)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_strategy(strategy)
{
    const int width = qMax<int>(1, m_columns.size());
    if (m_strategy == Strategy::MultiRow)
        m_rowsPerStatement = qBound(1, kMaxParameters / width, kMaxRowsPerStatement);
    else if (m_strategy == Strategy::ExecBatch)
        m_rowsPerStatement = 1000;
    m_values.reserve(m_rowsPerStatement * width);
}

QString BulkInserter::insertSql(int rows) const
{
    QString placeholders = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        placeholders += QStringLiteral(", ?");
    placeholders += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") +
                  m_columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") + placeholders;
    for (int i = 1; i < rows; ++i)
        sql += QStringLiteral(", ") + placeholders;
    return sql;
}

Status BulkInserter::endRow()
{
    Q_ASSERT(m_values.size() % m_columns.size() == 0);
    if (m_values.size() >= m_rowsPerStatement * m_columns.size())
        return m_strategy == Strategy::ExecBatch ? flushBatch() : flush(m_rowsPerStatement);
    return okStatus();
}

Status BulkInserter::finish()
{
    if (m_values.isEmpty())
        return okStatus();
    if (m_strategy == Strategy::ExecBatch)
        return flushBatch();
    return flush(static_cast<int>(m_values.size() / m_columns.size()));
}

Status BulkInserter::flush(int rows)
{
    const QString context = QStringLiteral("cannot insert into %1").arg(m_table);
    std::optional<QSqlQuery> tail;
    QSqlQuery *query = nullptr;
    if (rows == m_rowsPerStatement) {
        if (!m_full) {
            auto prepared = sql::prepare(m_db, insertSql(rows));
            if (!prepared)
                return prepared.error();
            m_full = std::move(*prepared);
        }
        query = &*m_full;
    } else {
        auto prepared = sql::prepare(m_db, insertSql(rows));
        if (!prepared)
            return prepared.error();
        tail = std::move(*prepared);
        query = &*tail;
    }
    for (qsizetype i = 0; i < m_values.size(); ++i)
        query->bindValue(static_cast<int>(i), m_values.at(i));
    if (!query->exec())
        return sql::databaseError(context, query->lastError());
    m_inserted += rows;
    m_values.clear();
    return okStatus();
}

Status BulkInserter::flushBatch()
{
    const qsizetype width = m_columns.size();
    const qsizetype rows = m_values.size() / width;
    if (!m_full) {
        auto prepared = sql::prepare(m_db, insertSql(1));
        if (!prepared)
            return prepared.error();
        m_full = std::move(*prepared);
    }
    for (qsizetype c = 0; c < width; ++c) {
        QVariantList column;
        column.reserve(rows);
        for (qsizetype r = 0; r < rows; ++r)
            column.append(m_values.at(r * width + c));
        m_full->bindValue(static_cast<int>(c), column);
    }
    if (!m_full->execBatch())
        return sql::databaseError(QStringLiteral("cannot insert into %1").arg(m_table), m_full->lastError());
    m_inserted += rows;
    m_values.clear();
    return okStatus();
}

} // namespace tieout
