#include "StoreTestSupport.h"

#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tieout;

// Connecting to PostgreSQL: dead servers fail fast and clearly, and the password comes from the
// environment or the keychain in that order, never from the URL.
class TestDatabaseConnection final : public QObject
{
    Q_OBJECT

private slots:
    void unreachableServerIsADatabaseError_data();
    void unreachableServerIsADatabaseError();
    void wrongPasswordIsADatabaseError();
    void passwordFromKeychainWhenEnvironmentHasNone();
    void environmentWinsOverKeychain();
    void pgpasswordIsAccepted();

private:
    static QString testPassword()
    {
        return qEnvironmentVariable("TIEOUT_DB_PASSWORD", QStringLiteral("tieout-test"));
    }
    // Options whose environment holds only `variable`=`password` (nothing when `variable` is
    // empty): the password of whoever runs the tests must not take part.
    static DatabaseOptions optionsWithPassword(const QString &variable = QString(),
                                               const QString &password = QString());
};

// In a test that needs the PostgreSQL test server: skips without one, else declares `url`, the
// server's DatabaseUrl.
#define OPEN_TEST_URL(url)                                                                                   \
    if (test::postgresTestUrl().isEmpty())                                                                   \
        QSKIP(test::postgresSkipMessage());                                                                  \
    auto url = DatabaseUrl::parse(test::postgresTestUrl());                                                  \
    QVERIFY(url.ok())

DatabaseOptions TestDatabaseConnection::optionsWithPassword(const QString &variable, const QString &password)
{
    DatabaseOptions options;
    options.environment = QProcessEnvironment();
    if (!variable.isEmpty())
        options.environment.insert(variable, password);
    return options;
}

void TestDatabaseConnection::unreachableServerIsADatabaseError_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("maxMs");
    QTest::newRow("refused port") << "postgresql://tieout@127.0.0.1:1/tieout_test"
                                  << "127.0.0.1:1" << 5'000;
    // Nothing answers there: the connect timeout (2 s here) bounds the wait.
    QTest::newRow("black hole") << "postgresql://tieout@10.255.255.1:5432/ledger"
                                << "10.255.255.1:5432" << 15'000;
    QTest::newRow("unknown host") << "postgresql://tieout@no-such-host.invalid:5432/ledger"
                                  << "no-such-host.invalid" << 15'000;
}

void TestDatabaseConnection::unreachableServerIsADatabaseError()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    QFETCH(int, maxMs);
    auto parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed.ok());
    DatabaseOptions options =
        optionsWithPassword(QStringLiteral("TIEOUT_DB_PASSWORD"), QStringLiteral("irrelevant"));
    options.connectTimeoutSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(*parsed, options);
    QVERIFY(!opened.ok());
    QVERIFY2(timer.elapsed() < maxMs, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    QCOMPARE(opened.error().code(), ErrorCode::Database);
    QCOMPARE(opened.error().exitCode(), 4);
    QVERIFY2(opened.error().message().contains(mentions), qPrintable(opened.error().message()));
    QVERIFY2(opened.error().message().contains(QLatin1String("cannot connect to PostgreSQL")),
             qPrintable(opened.error().message()));
    QVERIFY(!opened.error().message().contains(QLatin1String("irrelevant")));
}

void TestDatabaseConnection::wrongPasswordIsADatabaseError()
{
    OPEN_TEST_URL(url);
    const DatabaseOptions options =
        optionsWithPassword(QStringLiteral("TIEOUT_DB_PASSWORD"), QStringLiteral("definitely-wrong"));
    auto opened = Database::open(*url, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), ErrorCode::Database);
    QVERIFY2(opened.error().message().contains(url->databaseName()), qPrintable(opened.error().message()));
    QVERIFY(!opened.error().message().contains(QLatin1String("definitely-wrong")));
}

void TestDatabaseConnection::passwordFromKeychainWhenEnvironmentHasNone()
{
    OPEN_TEST_URL(url);
    QString askedFor;
    DatabaseOptions options = optionsWithPassword();
    options.keychainLookup = [&](const QString &entry) -> std::optional<QString> {
        askedFor = entry;
        return testPassword();
    };
    auto opened = Database::open(*url, options);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    QCOMPARE(askedFor, url->keychainEntry());
}

void TestDatabaseConnection::environmentWinsOverKeychain()
{
    OPEN_TEST_URL(url);
    bool keychainAsked = false;
    DatabaseOptions options = optionsWithPassword(QStringLiteral("TIEOUT_DB_PASSWORD"), testPassword());
    options.keychainLookup = [&](const QString &) -> std::optional<QString> {
        keychainAsked = true;
        return QStringLiteral("wrong");
    };
    auto opened = Database::open(*url, options);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    QVERIFY(!keychainAsked);
}

void TestDatabaseConnection::pgpasswordIsAccepted()
{
    OPEN_TEST_URL(url);
    auto opened = Database::open(*url, optionsWithPassword(QStringLiteral("PGPASSWORD"), testPassword()));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
}

QTEST_GUILESS_MAIN(TestDatabaseConnection)
#include "tst_databaseconnection.moc"
