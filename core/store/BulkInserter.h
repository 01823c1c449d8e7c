#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tieout {

// Inserts many rows into one table with prepared statements that are reused across rows.
// MultiRow (the default) binds up to `rowsPerStatement` rows into one
// INSERT … VALUES (…), (…), … — plain SQL that SQLite, PostgreSQL and Redshift all accept, and
// far fewer round trips to a PostgreSQL server. SingleRow re-executes a one-row statement;
// ExecBatch hands column lists to QSqlQuery::execBatch. The two are kept for the benchmark that
// chose MultiRow (see tst_storeperformance).
//
//     BulkInserter insert(db, "cost_lines", {"bu", "date", …});
//     for (…) { insert.add(bu); insert.add(date); …; if (auto s = insert.endRow(); !s) return s; }
//     return insert.finish();
class BulkInserter final
{
public:
    enum class Strategy : quint8
    {
        MultiRow,
        SingleRow,
        ExecBatch
    };

    BulkInserter(QSqlDatabase db, QString table, QStringList columns, Strategy strategy = Strategy::MultiRow);

    // The next column value of the current row (bind with the sql:: helpers for typed NULLs).
    void add(QVariant value) { m_values.append(std::move(value)); }
    // Ends the current row; executes a statement when enough rows are buffered.
    Status endRow();
    // Executes whatever is still buffered.
    Status finish();

    qint64 inserted() const { return m_inserted; }
    int rowsPerStatement() const { return m_rowsPerStatement; }

private:
    QString insertSql(int rows) const;
    Status flush(int rows);
    Status flushBatch();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    Strategy m_strategy;
    int m_rowsPerStatement = 1;
    QVariantList m_values;           // row-major, m_columns.size() values per row
    std::optional<QSqlQuery> m_full; // the reused statement for a full chunk
    qint64 m_inserted = 0;
};

} // namespace tieout
