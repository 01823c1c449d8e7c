#include "StoreTestSupport.h"

#include "core/store/Database.h"
#include "core/store/Migrator.h"
#include "core/store/SqlSupport.h"
#include "core/store/StoreSchema.h"
#include "core/store/WindowStore.h"

#include <QFile>
#include <QMutex>
#include <QSqlRecord>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <sys/stat.h>

using namespace tieout;
using tieout::test::StoreFixture;

// Connections, migrations and engine settings, on SQLite and (when configured) PostgreSQL.
class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init();

    void migratesAFreshDatabase();
    void migrationIsIdempotent();
    void liveSchemaMatchesStoreSchema();
    void refusesANewerSchema();
    void failedMigrationRollsBack();
    void connectionPerThread();
    void threadConnectionsAreCleanedUp();
    void closeThreadConnectionReopens();
    void concurrentWritersEachCommit();
    void sqliteFileIsPrivateAndInWalMode();
    void sqliteGarbageFileIsADatabaseError();
};

void TestDatabase::init()
{
    if (test::postgresRowWithoutServer())
        QSKIP(test::postgresSkipMessage());
}

void TestDatabase::migratesAFreshDatabase()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine, false);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto before = fixture.database().schemaVersion();
    QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().message()));
    QCOMPARE(*before, 0);
    auto after = fixture.database().migrate();
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message()));
    QCOMPARE(*after, Migrator::latestBuiltinVersion());
    QCOMPARE(*fixture.database().schemaVersion(), Migrator::latestBuiltinVersion());
}

void TestDatabase::migrationIsIdempotent()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    for (int i = 0; i < 2; ++i) {
        auto version = fixture.database().migrate();
        QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error().message()));
        QCOMPARE(*version, Migrator::latestBuiltinVersion());
    }
    // A second Database on the same store opens it without migrating anything.
    auto reopened = Database::open(fixture.url());
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message()));
}

void TestDatabase::liveSchemaMatchesStoreSchema()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    QSqlDatabase db = fixture.db();
    for (const StoreSchema::Table &table : StoreSchema::tables()) {
        const QSqlRecord record = db.record(table.name);
        QStringList live;
        for (int i = 0; i < record.count(); ++i)
            live.append(record.fieldName(i));
        QStringList expected;
        for (const StoreSchema::Column &column : table.columns)
            expected.append(column.name);
        QCOMPARE(live, expected);
    }
}

void TestDatabase::refusesANewerSchema()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto insert = sql::prepare(fixture.db(),
                               QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                              "VALUES (?, ?, ?)"));
    QVERIFY(insert.ok());
    insert->addBindValue(999);
    insert->addBindValue(QStringLiteral("from the future"));
    insert->addBindValue(QStringLiteral("2099-01-01T00:00:00.000Z"));
    QVERIFY(sql::exec(*insert, QStringLiteral("test")).ok());

    auto opened = Database::open(fixture.url());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), ErrorCode::Database);
    QVERIFY2(opened.error().message().contains(QLatin1String("version 999, newer")),
             qPrintable(opened.error().message()));
    QVERIFY(opened.error().message().contains(QLatin1String("upgrade Tieout")));
}

void TestDatabase::failedMigrationRollsBack()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    QList<Migrator::Migration> migrations = Migrator::builtinMigrations();
    migrations.append({Migrator::latestBuiltinVersion() + 1,
                       QStringLiteral("broken"),
                       {QStringLiteral("CREATE TABLE half_done (x BIGINT)"),
                        QStringLiteral("INSERT INTO no_such_table (x) VALUES (1)")}});
    Migrator migrator(fixture.db(), migrations);
    auto result = migrator.migrate();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Database);
    QVERIFY2(result.error().message().contains(
                 QStringLiteral("schema migration %1 (broken)").arg(Migrator::latestBuiltinVersion() + 1)),
             qPrintable(result.error().message()));
    QCOMPARE(*migrator.currentVersion(), Migrator::latestBuiltinVersion());
    // The first statement of the failed migration was rolled back with it.
    QVERIFY(fixture.db().record(QStringLiteral("half_done")).isEmpty());
}

void TestDatabase::connectionPerThread()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    const QString mainName = fixture.db().connectionName();
    QCOMPARE(mainName, fixture.database().threadConnectionName());

    QString workerName;
    bool workerOk = false;
    QThread *thread = QThread::create([&] {
        auto db = fixture.database().connection();
        if (!db)
            return;
        workerName = db->connectionName();
        auto query = sql::prepare(*db, QStringLiteral("SELECT COUNT(*) FROM cost_lines"));
        workerOk = query.ok() && query->exec() && query->next() && query->value(0).toInt() == 0;
    });
    thread->start();
    QVERIFY(thread->wait(30'000));
    delete thread;
    QVERIFY(workerOk);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    // Thread-local cleanup runs as the thread exits, a moment after wait() returns.
    QTRY_VERIFY2(!QSqlDatabase::contains(workerName),
                 "a thread's connection is removed when the thread ends");
    QVERIFY(QSqlDatabase::contains(mainName));
}

void TestDatabase::threadConnectionsAreCleanedUp()
{
    QFETCH_GLOBAL(QString, engine);
    QString name;
    {
        StoreFixture fixture(engine);
        QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
        name = fixture.db().connectionName();
        QVERIFY(QSqlDatabase::contains(name));
    }
    QVERIFY2(!QSqlDatabase::contains(name), "destroying the Database removes this thread's connection");
}

void TestDatabase::closeThreadConnectionReopens()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    const QString name = fixture.db().connectionName();
    fixture.database().closeThreadConnection();
    QVERIFY(!QSqlDatabase::contains(name));
    auto again = fixture.database().connection();
    QVERIFY(again.ok());
    QVERIFY(again->isOpen());
    // A connection closed behind our back is reopened too.
    again->close();
    auto reopened = fixture.database().connection();
    QVERIFY(reopened.ok());
    QVERIFY(reopened->isOpen());
}

void TestDatabase::concurrentWritersEachCommit()
{
    QFETCH_GLOBAL(QString, engine);
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    // Two workers, each on its own connection, replacing windows of different BUs at once: on
    // SQLite the second waits for the write lock (busy timeout) instead of failing.
    const FixedClock clock(QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc()));
    QStringList errors;
    QMutex mutex;
    QList<QThread *> threads;
    for (const QString &bu : {QStringLiteral("A"), QStringLiteral("B")}) {
        threads.append(QThread::create([&, bu] {
            auto db = fixture.database().connection();
            if (!db) {
                QMutexLocker lock(&mutex);
                errors.append(db.error().message());
                return;
            }
            WindowStore store(*db, clock);
            for (int month = 1; month <= 6; ++month) {
                auto outcome = store.replaceWindow(
                    test::sampleWindow(bu, test::month(2025, month), month, 20), QStringLiteral("worker"));
                if (!outcome) {
                    QMutexLocker lock(&mutex);
                    errors.append(outcome.error().message());
                }
            }
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(120'000));
        delete thread;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    auto count = sql::prepare(fixture.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(count.ok() && count->exec() && count->next());
    QCOMPARE(count->value(0).toInt(), 12);
}

void TestDatabase::sqliteFileIsPrivateAndInWalMode()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine != QLatin1String("sqlite"))
        QSKIP("SQLite only");
    ::umask(022); // a typical umask would leave a plain file world-readable
    StoreFixture fixture(engine);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(fixture.url().path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    const QString wal = fixture.url().path() + QStringLiteral("-wal");
    if (QFile::exists(wal)) {
        QCOMPARE(::stat(QFile::encodeName(wal).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
    }

    QSqlDatabase db = fixture.db();
    const auto pragma = [&](const char *name) {
        auto q = sql::prepare(db, QStringLiteral("PRAGMA ") + QLatin1String(name));
        return q.ok() && q->exec() && q->next() ? q->value(0).toString() : QString();
    };
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("busy_timeout"), QStringLiteral("10000"));
}

void TestDatabase::sqliteGarbageFileIsADatabaseError()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine != QLatin1String("sqlite"))
        QSKIP("SQLite only");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-db.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto opened = Database::open(DatabaseUrl::sqlite(path));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), ErrorCode::Database);
    QVERIFY2(opened.error().message().contains(path), qPrintable(opened.error().message()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
