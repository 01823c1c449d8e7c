#include "core/store/DirectorySql.h"

#include "core/store/SqlSupport.h"

namespace tieout::sql {

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

} // namespace tieout::sql
