#include "core/config/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

using namespace tieout;

// Runs against the real Secret Service (gnome-keyring under dbus-run-session), started by
// scripts/run-keychain-tests.sh. Writes, reads back, deletes, and checks a deleted entry is gone.
class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void writeReadDelete();
};

template<typename T>
static T waitFor(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20'000))
        qFatal("keychain did not answer within 20 s");
    return future.result();
}

void TestKeychainSecretStore::writeReadDelete()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through scripts/run-keychain-tests.sh");
    KeychainSecretStore store(QStringLiteral("Tieout-test"));
    const QString entry = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("sk-ant-admin01-keychain-roundtrip-") + QUuid::createUuid().toString();

    const Status written = waitFor(store.write(entry, secret));
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
    const Result<QString> read = waitFor(store.read(entry));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    QCOMPARE(*read, secret);
    QVERIFY(waitFor(store.remove(entry)).ok());
    const Result<QString> gone = waitFor(store.read(entry));
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().message().contains(QLatin1String("no keychain entry")));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
