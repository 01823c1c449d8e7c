#pragma once

#include "core/common/Result.h"
#include "core/store/DatabaseOptions.h"
#include "core/store/DatabaseUrl.h"

#include <QSqlDatabase>

#include <memory>

namespace tieout {

// The store's database: one URL, and one named QSqlDatabase connection per thread that uses it
// (Qt connections must stay on the thread that opened them). Each thread's connection is opened
// on first use, configured (SQLite: WAL, busy timeout, foreign keys, file mode 0600; PostgreSQL:
// connect timeout, optional schema), and closed when the thread exits, when
// closeThreadConnection() is called, or — for the destroying thread — with the Database.
// Failures are ErrorCode::Database naming the server or file; nothing here throws or asserts on
// an unreachable server.
class Database final
{
public:
    explicit Database(DatabaseUrl url, DatabaseOptions options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The usual way in: opens the calling thread's connection and brings the schema up to date
    // (refusing a database whose schema is newer than this build).
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, DatabaseOptions options = {});

    const DatabaseUrl &url() const;
    DatabaseEngine engine() const;

    // This thread's connection, opened (or reopened once closed) on demand. A PostgreSQL
    // connection the server dropped still looks open: after a connection-level Database error,
    // call closeThreadConnection() so the next call connects afresh.
    Result<QSqlDatabase> connection();
    // Applies pending migrations on this thread's connection; returns the resulting version.
    Result<int> migrate();
    // The version recorded in schema_version (0 for an empty database).
    Result<int> schemaVersion();

    // Closes and unregisters this thread's connection; the next connection() opens a new one.
    void closeThreadConnection();
    // "tieout-db<N>-<thread id>": unique per Database and thread.
    QString threadConnectionName() const;

private:
    struct Shared;
    Status configureSqlite(QSqlDatabase &db);
    Status configurePostgres(QSqlDatabase &db);
    QString postgresPassword();

    std::shared_ptr<Shared> m_shared;
};

} // namespace tieout
