#include "core/store/DirectorySql.h"

#include "core/store/SqlSupport.h"

#include <QHash>

namespace tieout::sql {

QList<qsizetype> lastOfEachId(const QStringList &ids)
{
    QHash<QString, qsizetype> lastIndex;
    for (qsizetype i = 0; i < ids.size(); ++i)
        lastIndex.insert(ids.at(i), i);
    QList<qsizetype> kept;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (lastIndex.value(ids.at(i)) == i)
            kept.append(i);
    }
    return kept;
}

Result<qint64> deleteIds(const QSqlDatabase &db, const QString &table, const QString &businessUnit,
                         const QStringList &ids)
{
    constexpr qsizetype kChunk = 200;
    qint64 deleted = 0;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const qsizetype n = qMin(kChunk, ids.size() - start);
        QString placeholders = QStringLiteral("?");
        for (qsizetype i = 1; i < n; ++i)
            placeholders += QStringLiteral(", ?");
        auto query =
            prepare(db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE bu = ? AND id IN (") +
                            placeholders + QLatin1Char(')'));
        if (!query)
            return query.error();
        query->addBindValue(businessUnit);
        for (qsizetype i = 0; i < n; ++i)
            query->addBindValue(ids.at(start + i));
        if (auto status = exec(*query, QStringLiteral("cannot delete from %1").arg(table)); !status)
            return status.error();
        deleted += query->numRowsAffected();
    }
    return deleted;
}

Result<QSqlQuery> selectDirectory(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                  const QString &businessUnit, const QString &context)
{
    const QString where = businessUnit.isNull() ? QString() : QStringLiteral(" WHERE bu = ?");
    auto query = prepare(db, QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                                 QStringLiteral(" FROM ") + table + where + QStringLiteral(" ORDER BY id"));
    if (!query)
        return query.error();
    if (!businessUnit.isNull())
        query->addBindValue(businessUnit);
    if (auto status = exec(*query, context); !status)
        return status.error();
    return std::move(*query);
}

} // namespace tieout::sql
