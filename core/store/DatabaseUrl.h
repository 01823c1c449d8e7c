#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tieout {

enum class DatabaseEngine : quint8
{
    Sqlite,
    Postgres
};

// Where the store lives, parsed from the --db / config "database" text (SPEC §8):
//   sqlite:PATH                                   (also sqlite:///abs/path, sqlite:~/path)
//   postgresql://user@host[:port]/dbname[?sslmode=…&schema=…]   (also postgres://)
// A password in the URL is refused: URLs end up in shell history, config files and logs. The
// password comes from TIEOUT_DB_PASSWORD / PGPASSWORD or the keychain (see DatabaseOptions).
class DatabaseUrl final
{
public:
    DatabaseUrl() = default;

    // `errorCode` is Usage for a command-line flag, Config for the config file.
    static Result<DatabaseUrl> parse(const QString &text, ErrorCode errorCode = ErrorCode::Usage);
    static DatabaseUrl sqlite(const QString &path);
    // QStandardPaths::AppDataLocation + "/tieout.sqlite".
    static QString defaultSqlitePath();
    static DatabaseUrl defaultSqlite() { return sqlite(defaultSqlitePath()); }

    bool isValid() const { return m_valid; }
    DatabaseEngine engine() const { return m_engine; }
    const QString &path() const { return m_path; } // SQLite only, absolute
    const QString &user() const { return m_user; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &databaseName() const { return m_databaseName; }
    const QString &sslMode() const { return m_sslMode; } // empty = libpq default
    const QString &schema() const { return m_schema; }   // empty = the server's search_path

    // Canonical text, never containing a password: "sqlite:/abs/path" or "postgresql://u@h:p/db".
    QString toString() const;
    // For messages: "SQLite database /abs/path" or "PostgreSQL tieout@127.0.0.1:55432, database tieout_test".
    QString describe() const;
    // The keychain entry a stored PostgreSQL password is looked up under.
    QString keychainEntry() const;

    friend bool operator==(const DatabaseUrl &, const DatabaseUrl &) = default;

private:
    bool m_valid = false;
    DatabaseEngine m_engine = DatabaseEngine::Sqlite;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_sslMode;
    QString m_schema;
};

} // namespace tieout
