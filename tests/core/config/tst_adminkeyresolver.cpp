#include "core/config/AdminKeyResolver.h"
#include "core/config/MemorySecretStore.h"

#include <QTest>

using namespace tieout;

class TestAdminKeyResolver final : public QObject
{
    Q_OBJECT

private slots:
    void resolvesFromEnvironment();
    void missingVariableNamesBuAndVariable();
    void resolvesFromKeychain();
    void unavailableKeychainIsAClearError();
};

namespace {
BusinessUnitConfig unit(SecretRef::Kind kind, const QString &name)
{
    BusinessUnitConfig bu;
    bu.name = QStringLiteral("DevFactory");
    bu.adminKey = {kind, name};
    return bu;
}
} // namespace

void TestAdminKeyResolver::resolvesFromEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DF_KEY"), QStringLiteral("sk-ant-admin01-test-key"));
    const AdminKeyResolver resolver(env, nullptr);
    const auto key = resolver.resolve(unit(SecretRef::Kind::Environment, QStringLiteral("DF_KEY"))).result();
    QVERIFY(key.ok());
    QCOMPARE(*key, QStringLiteral("sk-ant-admin01-test-key"));
}

void TestAdminKeyResolver::missingVariableNamesBuAndVariable()
{
    const AdminKeyResolver resolver(QProcessEnvironment(), nullptr);
    const auto key = resolver.resolve(unit(SecretRef::Kind::Environment, QStringLiteral("DF_KEY"))).result();
    QVERIFY(!key.ok());
    QVERIFY(key.error().message().contains(QLatin1String("DevFactory")));
    QVERIFY(key.error().message().contains(QLatin1String("DF_KEY")));
    QCOMPARE(key.error().exitCode(), 2);
}

void TestAdminKeyResolver::resolvesFromKeychain()
{
    MemorySecretStore store;
    QVERIFY(store.write(QStringLiteral("tieout/df"), QStringLiteral("sk-ant-admin01-from-keychain")).result().ok());
    const AdminKeyResolver resolver(QProcessEnvironment(), &store);
    auto future = resolver.resolve(unit(SecretRef::Kind::Keychain, QStringLiteral("tieout/df")));
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(*future.result(), QStringLiteral("sk-ant-admin01-from-keychain"));
}

void TestAdminKeyResolver::unavailableKeychainIsAClearError()
{
    MemorySecretStore store;
    store.setAvailable(false);
    const AdminKeyResolver resolver(QProcessEnvironment(), &store);
    auto future = resolver.resolve(unit(SecretRef::Kind::Keychain, QStringLiteral("tieout/df")));
    QTRY_VERIFY(future.isFinished());
    const auto key = future.result();
    QVERIFY(!key.ok());
    QVERIFY(key.error().message().contains(QLatin1String("BU DevFactory")));
    QVERIFY(key.error().message().contains(QLatin1String("not available")));
}

QTEST_GUILESS_MAIN(TestAdminKeyResolver)
#include "tst_adminkeyresolver.moc"
