#pragma once

#include "core/common/Result.h"
#include "core/store/BulkInserter.h"
#include "core/store/DirectorySql.h"
#include "core/store/StoreRecords.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace tieout {

// A directory table (api_keys, workspaces): names for ids, per BU (SPEC §2.4), keyed by (bu, id).
// Rows are replaced by id, never wholesale, so an id that has since gone (a deleted key, an
// archived workspace) keeps its name for the history that mentions it. Each repository derives
// from it and gives only its Layout; Record needs an `id`.
template<typename Record> class DirectoryTable
{
public:
    // What tells one directory table from another.
    struct Layout
    {
        QString table;
        QStringList columns; // after bu, in the order addValues adds and readRow reads them
        QString readContext; // "cannot read …", for load()'s error
        void (*addValues)(BulkInserter &insert, const Record &record); // typed NULLs: the sql:: helpers
        Record (*readRow)(const QSqlQuery &row);
    };

    // Deletes the BU's rows with these ids, then inserts the records (last one wins for an id
    // that appears twice). Runs inside the caller's transaction.
    Result<TableWriteCounts> replaceById(const QString &businessUnit, const QList<Record> &records);
    // Ordered by id; a null businessUnit reads every BU's rows.
    Result<QList<Record>> load(const QString &businessUnit);

protected:
    DirectoryTable(QSqlDatabase db, Layout layout) : m_db(std::move(db)), m_layout(std::move(layout)) {}
    ~DirectoryTable() = default;

private:
    QSqlDatabase m_db;
    Layout m_layout;
};

template<typename Record>
Result<TableWriteCounts> DirectoryTable<Record>::replaceById(const QString &businessUnit,
                                                             const QList<Record> &records)
{
    QStringList ids;
    ids.reserve(records.size());
    for (const Record &record : records)
        ids.append(record.id);
    const QList<qsizetype> kept = sql::lastOfEachId(ids);
    QStringList keptIds;
    for (qsizetype i : kept)
        keptIds.append(ids.at(i));

    TableWriteCounts counts;
    counts.fetched = records.size();
    auto deleted = sql::deleteIds(m_db, m_layout.table, businessUnit, keptIds);
    if (!deleted)
        return deleted.error();
    counts.deleted = *deleted;

    BulkInserter insert(m_db, m_layout.table, QStringList{QStringLiteral("bu")} + m_layout.columns);
    for (qsizetype i : kept) {
        insert.add(businessUnit);
        m_layout.addValues(insert, records.at(i));
        if (auto status = insert.endRow(); !status)
            return status.error();
    }
    if (auto status = insert.finish(); !status)
        return status.error();
    counts.inserted = insert.inserted();
    return counts;
}

template<typename Record> Result<QList<Record>> DirectoryTable<Record>::load(const QString &businessUnit)
{
    auto query =
        sql::selectDirectory(m_db, m_layout.table, m_layout.columns, businessUnit, m_layout.readContext);
    if (!query)
        return query.error();
    QList<Record> records;
    while (query->next())
        records.append(m_layout.readRow(*query));
    return records;
}

} // namespace tieout
