#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tieout {

// Numbered schema migrations, recorded in schema_version. Each migration runs in one transaction
// (DDL is transactional on SQLite and PostgreSQL), so a failed one leaves the previous version
// intact. A database whose version is newer than the latest known migration is refused rather
// than misread. Statements may use {DATE} (DATE on PostgreSQL, TEXT on SQLite) and {ID} (an
// auto-incremented primary key); everything else is the SQL both engines share.
class Migrator final
{
public:
    struct Migration
    {
        int version = 0;
        QString description;
        QStringList statements;
    };

    explicit Migrator(QSqlDatabase db, QList<Migration> migrations = builtinMigrations());

    static const QList<Migration> &builtinMigrations();
    static int latestBuiltinVersion();

    // 0 when the database has no schema_version table yet. Read-only.
    Result<int> currentVersion();
    // Brings the schema to the latest version; returns it.
    Result<int> migrate();

private:
    QString expand(const QString &statement) const;
    Status apply(const Migration &migration);

    QSqlDatabase m_db;
    QList<Migration> m_migrations;
    int m_latest = 0;
};

} // namespace tieout
