#include "core/store/DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace tieout;

class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data();
    void parsesValid();
    void refuses_data();
    void refuses();
    void errorCodeFollowsTheSource();
    void defaultSqliteLocation();
    void describeAndKeychainEntry();
};

void TestDatabaseUrl::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("dbname");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("sqlite absolute") << "sqlite:/var/lib/tieout/t.sqlite" << false
                                     << "/var/lib/tieout/t.sqlite"
                                     << ""
                                     << "" << 5432 << ""
                                     << "sqlite:/var/lib/tieout/t.sqlite";
    QTest::newRow("sqlite url form") << "sqlite:///tmp/x.db" << false << "/tmp/x.db"
                                     << ""
                                     << "" << 5432 << ""
                                     << "sqlite:/tmp/x.db";
    QTest::newRow("sqlite home") << "sqlite:~/t.sqlite" << false
                                 << QDir::homePath() + QStringLiteral("/t.sqlite") << ""
                                 << "" << 5432 << ""
                                 << QStringLiteral("sqlite:") + QDir::homePath() +
                                        QStringLiteral("/t.sqlite");
    QTest::newRow("sqlite relative") << "sqlite:data/t.sqlite" << false
                                     << QDir::current().absoluteFilePath(QStringLiteral("data/t.sqlite"))
                                     << ""
                                     << "" << 5432 << ""
                                     << QStringLiteral("sqlite:") +
                                            QDir::current().absoluteFilePath(QStringLiteral("data/t.sqlite"));
    QTest::newRow("sqlite scheme case") << "SQLite:/tmp/a b.sqlite" << false << "/tmp/a b.sqlite"
                                        << ""
                                        << "" << 5432 << ""
                                        << "sqlite:/tmp/a b.sqlite";
    QTest::newRow("postgresql") << "postgresql://tieout@127.0.0.1:55432/tieout_test" << true << ""
                                << "tieout"
                                << "127.0.0.1" << 55432 << "tieout_test"
                                << "postgresql://tieout@127.0.0.1:55432/tieout_test";
    QTest::newRow("postgres alias, default port") << "postgres://fin@db.example.com/ledger" << true << ""
                                                  << "fin"
                                                  << "db.example.com" << 5432 << "ledger"
                                                  << "postgresql://fin@db.example.com:5432/ledger";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:6000/d" << true << ""
                          << "u"
                          << "::1" << 6000 << "d"
                          << "postgresql://u@[::1]:6000/d";
    QTest::newRow("sslmode and schema")
        << "postgresql://u@h:5433/d?sslmode=require&schema=finance" << true << ""
        << "u"
        << "h" << 5433 << "d"
        << "postgresql://u@h:5433/d?sslmode=require&schema=finance";
    QTest::newRow("whitespace trimmed") << "  postgresql://u@h/d  " << true << ""
                                        << "u"
                                        << "h" << 5432 << "d"
                                        << "postgresql://u@h:5432/d";
}

void TestDatabaseUrl::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QFETCH(QString, path);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, dbname);
    QFETCH(QString, canonical);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message()));
    QCOMPARE(url->engine(), postgres ? DatabaseEngine::Postgres : DatabaseEngine::Sqlite);
    QCOMPARE(url->path(), path);
    QCOMPARE(url->user(), user);
    QCOMPARE(url->host(), host);
    QCOMPARE(url->port(), port);
    QCOMPARE(url->databaseName(), dbname);
    QCOMPARE(url->toString(), canonical);
    // The canonical text parses back to the same URL.
    const auto again = DatabaseUrl::parse(url->toString());
    QVERIFY(again.ok());
    QCOMPARE(*again, *url);
}

void TestDatabaseUrl::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("secret"); // must not appear in the message

    QTest::newRow("empty") << ""
                           << "empty"
                           << "";
    QTest::newRow("unknown scheme") << "mysql://u@h/d"
                                    << "unsupported database URL scheme \"mysql\""
                                    << "";
    QTest::newRow("no scheme") << "/tmp/x.sqlite"
                               << "unsupported"
                               << "";
    QTest::newRow("sqlite without path") << "sqlite:"
                                         << "no file path"
                                         << "";
    QTest::newRow("sqlite with host") << "sqlite://host/x.db"
                                      << "names a host"
                                      << "";
    QTest::newRow("sqlite memory") << "sqlite::memory:"
                                   << "in-memory"
                                   << "";
    QTest::newRow("password in userinfo") << "postgresql://tieout:hunter2@127.0.0.1:5432/db"
                                          << "must not contain a password"
                                          << "hunter2";
    QTest::newRow("empty password") << "postgresql://tieout:@127.0.0.1/db"
                                    << "must not contain a password"
                                    << "";
    QTest::newRow("password parameter") << "postgresql://tieout@h/db?password=s3cr3t"
                                        << "must not contain a password"
                                        << "s3cr3t";
    QTest::newRow("malformed with password") << "postgresql://u:pw123@h:notaport/db"
                                             << "must not contain a password"
                                             << "pw123";
    QTest::newRow("no user") << "postgresql://127.0.0.1:5432/db"
                             << "names no user"
                             << "";
    QTest::newRow("no host") << "postgresql://u@/db"
                             << ""
                             << "";
    QTest::newRow("no database") << "postgresql://u@h:5432"
                                 << "names no database"
                                 << "";
    QTest::newRow("two path segments") << "postgresql://u@h/a/b"
                                       << "names no database"
                                       << "";
    QTest::newRow("bad port") << "postgresql://u@h:99999/db"
                              << ""
                              << "";
    QTest::newRow("bad sslmode") << "postgresql://u@h/db?sslmode=maybe"
                                 << "invalid sslmode"
                                 << "";
    QTest::newRow("bad schema") << "postgresql://u@h/db?schema=a;drop"
                                << "invalid schema"
                                << "";
    QTest::newRow("unknown parameter") << "postgresql://u@h/db?host=evil"
                                       << "unsupported parameter \"host\""
                                       << "";
}

void TestDatabaseUrl::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QFETCH(QString, secret);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code(), ErrorCode::Usage);
    QVERIFY2(url.error().message().contains(mentions), qPrintable(url.error().message()));
    if (!secret.isEmpty())
        QVERIFY2(!url.error().message().contains(secret), qPrintable(url.error().message()));
}

void TestDatabaseUrl::errorCodeFollowsTheSource()
{
    const auto fromConfig = DatabaseUrl::parse(QStringLiteral("oracle://x"), ErrorCode::Config);
    QVERIFY(!fromConfig.ok());
    QCOMPARE(fromConfig.error().code(), ErrorCode::Config);
    QCOMPARE(fromConfig.error().exitCode(), 2);
}

void TestDatabaseUrl::defaultSqliteLocation()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = DatabaseUrl::defaultSqlitePath();
    QVERIFY(path.endsWith(QStringLiteral("/tieout.sqlite")));
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       QStringLiteral("/tieout.sqlite"));
    QCOMPARE(DatabaseUrl::defaultSqlite().engine(), DatabaseEngine::Sqlite);
    QCOMPARE(DatabaseUrl::defaultSqlite().path(), path);
}

void TestDatabaseUrl::describeAndKeychainEntry()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://tieout@127.0.0.1:55432/tieout_test"));
    QVERIFY(url.ok());
    QCOMPARE(url->describe(), QStringLiteral("PostgreSQL tieout@127.0.0.1:55432, database tieout_test"));
    QCOMPARE(url->keychainEntry(), QStringLiteral("postgresql://tieout@127.0.0.1:55432/tieout_test"));
    QCOMPARE(DatabaseUrl::sqlite(QStringLiteral("/tmp/t.sqlite")).describe(),
             QStringLiteral("SQLite database /tmp/t.sqlite"));
    QVERIFY(!DatabaseUrl().isValid());
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
