#include "core/store/Database.h"

#include "core/common/LogCategories.h"
#include "core/store/Migrator.h"
#include "core/store/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tieout {

struct Database::Shared
{
    DatabaseUrl url;
    DatabaseOptions options;
    quint64 id = 0;
    QMutex mutex;
    bool passwordResolved = false;
    QString password;
};

namespace {

std::atomic<quint64> g_nextDatabaseId{1};

void removeConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The connections this thread opened. Removed when the thread ends, and pruned whenever the
// thread connects again once their Database is gone (so pool threads do not keep files open).
struct ThreadConnections
{
    struct Entry
    {
        QString name;
        std::weak_ptr<void> owner;
    };
    QList<Entry> entries;

    ~ThreadConnections()
    {
        // thread_local destructors run when the pthread exits, which is after QThread::wait()
        // has returned to whoever joined the thread. If that was the process shutting down, Qt
        // SQL's registry may already be torn down: leave the connections to the OS then. Owners
        // of worker threads close their connections on the thread itself (closeThreadConnection)
        // before joining, so this is only the fallback.
        if (!QCoreApplication::instance())
            return;
        for (const Entry &entry : std::as_const(entries)) {
            qCDebug(lcStore) << "thread exit closes" << entry.name;
            removeConnection(entry.name);
        }
    }

    void pruneOrphans()
    {
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            if (entries.at(i).owner.expired()) {
                removeConnection(entries.at(i).name);
                entries.removeAt(i);
            }
        }
    }

    void add(const QString &name, const std::shared_ptr<void> &owner) { entries.append({name, owner}); }

    void remove(const QString &name)
    {
        removeConnection(name);
        entries.removeIf([&](const Entry &entry) { return entry.name == name; });
    }
};

thread_local ThreadConnections t_connections;

Status createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return okStatus();
    const QString dir = info.absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return Error(ErrorCode::Database,
                         QStringLiteral("cannot create the folder %1 for the SQLite database").arg(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Created 0600 before SQLite opens it: the file holds an organisation's spend. SQLite gives
    // its -wal and -shm files the same mode.
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
        return Error(ErrorCode::Database, QStringLiteral("cannot create SQLite database %1: %2")
                                              .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (fd >= 0)
        ::close(fd);
    return okStatus();
}

} // namespace

Database::Database(DatabaseUrl url, DatabaseOptions options) : m_shared(std::make_shared<Shared>())
{
    m_shared->url = std::move(url);
    m_shared->options = std::move(options);
    m_shared->id = g_nextDatabaseId.fetch_add(1);
}

Database::~Database()
{
    closeThreadConnection();
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, DatabaseOptions options)
{
    auto database = std::make_unique<Database>(url, std::move(options));
    auto version = database->migrate();
    if (!version)
        return version.error();
    qCDebug(lcStore) << "opened" << url.describe() << "schema version" << *version;
    return database;
}

const DatabaseUrl &Database::url() const
{
    return m_shared->url;
}

DatabaseEngine Database::engine() const
{
    return m_shared->url.engine();
}

QString Database::threadConnectionName() const
{
    return QStringLiteral("tieout-db%1-%2")
        .arg(m_shared->id)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Database::connection()
{
    const DatabaseUrl &url = m_shared->url;
    if (!url.isValid())
        return Error(ErrorCode::Database, QStringLiteral("no database configured"));

    t_connections.pruneOrphans();
    const QString name = threadConnectionName();
    const bool sqlite = url.engine() == DatabaseEngine::Sqlite;
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
        if (db.isOpen() && !db.isOpenError())
            return db;
        // Closed or failed before: reopen the same connection, so handles callers still hold
        // stay valid instead of being cut off by a remove-and-add.
        db.close();
    } else {
        const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
        if (!QSqlDatabase::isDriverAvailable(driver))
            return Error(
                ErrorCode::Database,
                QStringLiteral("the Qt %1 driver is not installed (package %2); cannot open %3")
                    .arg(driver,
                         sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql"),
                         url.describe()));
        db = QSqlDatabase::addDatabase(driver, name);
        t_connections.add(name, m_shared);
        // Sums and counts come back exact: NUMERIC as text, never as double.
        db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    }

    const Status status = sqlite ? configureSqlite(db) : configurePostgres(db);
    if (!status) {
        db.close(); // stays registered, closed: the next call tries again
        return status.error();
    }
    qCDebug(lcStore) << "connection" << name << "open on" << url.describe();
    return db;
}

Status Database::configureSqlite(QSqlDatabase &db)
{
    const DatabaseUrl &url = m_shared->url;
    if (auto created = createPrivateFile(url.path()); !created)
        return created;
    db.setDatabaseName(url.path());
    db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_shared->options.sqliteBusyTimeoutMs));
    if (!db.open())
        return sql::databaseError(QStringLiteral("cannot open %1").arg(url.describe()), db.lastError());

    // WAL lets the reconciler read while a backfill writes; NORMAL sync is durable across a
    // process kill (a power cut may lose the last commit, never consistency).
    auto journal = sql::prepare(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal)
        return journal.error().withContext(url.describe());
    if (!journal->exec())
        return sql::databaseError(
            QStringLiteral("cannot use %1 (is it a SQLite database?)").arg(url.describe()),
            journal->lastError());
    if (journal->next() &&
        journal->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCDebug(lcStore) << "WAL not available for" << url.path() << "; journal mode"
                         << journal->value(0).toString();
    journal->finish();
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (auto status = sql::execStatement(db, pragma, url.describe()); !status)
            return status;
    }
    return okStatus();
}

Status Database::configurePostgres(QSqlDatabase &db)
{
    const DatabaseUrl &url = m_shared->url;
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.databaseName());
    db.setUserName(url.user());
    const QString password = postgresPassword();
    if (!password.isNull())
        db.setPassword(password);
    QStringList options = {
        QStringLiteral("connect_timeout=%1").arg(qMax(1, m_shared->options.connectTimeoutSeconds)),
        QStringLiteral("application_name=tieout/%1").arg(QCoreApplication::applicationPid())};
    if (!url.sslMode().isEmpty())
        options.append(QStringLiteral("sslmode=") + url.sslMode());
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return sql::databaseError(QStringLiteral("cannot connect to %1").arg(url.describe()), db.lastError());
    // libpq prints NOTICEs ("… skipping", "drop cascades to …") on stderr, which is the CLI's
    // progress channel. Best effort: a server that does not know the setting still works.
    if (!sql::execStatement(db, QStringLiteral("SET client_min_messages TO WARNING"), url.describe()))
        qCDebug(lcStore) << "could not lower client_min_messages on" << url.describe();

    if (!url.schema().isEmpty()) {
        // The schema name was validated as a plain identifier, so quoting it is enough.
        const QString quoted = QLatin1Char('"') + url.schema() + QLatin1Char('"');
        auto exists = sql::prepare(
            db, QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"));
        if (!exists)
            return exists.error();
        exists->addBindValue(url.schema());
        if (auto status = sql::exec(*exists, url.describe()); !status)
            return status;
        const bool found = exists->next();
        exists->finish();
        if (!found) {
            if (auto status = sql::execStatement(
                    db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoted,
                    QStringLiteral("cannot create schema %1 in %2").arg(url.schema(), url.describe()));
                !status)
                return status;
        }
        if (auto status = sql::execStatement(
                db, QStringLiteral("SET search_path TO ") + quoted,
                QStringLiteral("cannot select schema %1 in %2").arg(url.schema(), url.describe()));
            !status)
            return status;
    }
    return okStatus();
}

QString Database::postgresPassword()
{
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->passwordResolved) {
        const QProcessEnvironment &env = m_shared->options.environment;
        for (const QString &variable : {QStringLiteral("TIEOUT_DB_PASSWORD"), QStringLiteral("PGPASSWORD")}) {
            if (env.contains(variable)) {
                m_shared->password = env.value(variable);
                break;
            }
        }
        if (m_shared->password.isNull() && m_shared->options.keychainLookup) {
            if (auto secret = m_shared->options.keychainLookup(m_shared->url.keychainEntry()))
                m_shared->password = *secret;
        }
        m_shared->passwordResolved = true;
    }
    return m_shared->password;
}

Result<int> Database::migrate()
{
    auto db = connection();
    if (!db)
        return db.error();
    return Migrator(*db).migrate();
}

Result<int> Database::schemaVersion()
{
    auto db = connection();
    if (!db)
        return db.error();
    return Migrator(*db).currentVersion();
}

void Database::closeThreadConnection()
{
    qCDebug(lcStore) << "closing connection" << threadConnectionName();
    t_connections.remove(threadConnectionName());
}

} // namespace tieout
