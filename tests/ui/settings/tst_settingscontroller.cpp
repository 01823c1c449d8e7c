// SettingsController: the config draft, admin keys into the keychain only, save/import/export.
#include "core/config/ConfigFile.h"
#include "core/config/MemorySecretStore.h"
#include "ui/settings/SettingsController.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using tieout::ui::SettingsController;

namespace {

const QString Key = QStringLiteral("sk-ant-admin01-unit-test-secret-0123456789");

BusinessUnitConfig keychainUnit(const QString &name)
{
    BusinessUnitConfig unit;
    unit.name = name;
    unit.adminKey = SecretRef{SecretRef::Kind::Keychain, SettingsController::keychainEntryFor(name)};
    return unit;
}

BusinessUnitConfig environmentUnit(const QString &name, const QString &variable)
{
    BusinessUnitConfig unit;
    unit.name = name;
    unit.adminKey = SecretRef{SecretRef::Kind::Environment, variable};
    return unit;
}

Status wait(QFuture<Status> future)
{
    // The keychain answers asynchronously; the controller's continuation runs on this thread.
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 5'000))
        return Error(ErrorCode::Internal, QStringLiteral("timed out"));
    QCoreApplication::processEvents();
    return future.result();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettingsController final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void keyGoesToTheKeychainOnly()
    {
        MemorySecretStore keychain;
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/tieout.json"));
        SettingsController settings(&keychain, path);
        settings.load({});
        QSignalSpy saved(&settings, &SettingsController::configSaved);

        QVERIFY(wait(settings.applyBusinessUnit({}, keychainUnit(QStringLiteral("DevFactory")), Key)).ok());
        QCOMPARE(keychain.size(), 1);
        auto stored = keychain.read(QStringLiteral("tieout/DevFactory"));
        QVERIFY(stored.isFinished());
        QCOMPARE(*stored.result(), Key);
        QCOMPARE(settings.draft().businessUnits.size(), 1);
        QCOMPARE(settings.draft().businessUnits.constFirst().adminKey,
                 (SecretRef{SecretRef::Kind::Keychain, QStringLiteral("tieout/DevFactory")}));
        QVERIFY(settings.isModified());

        QVERIFY(settings.save().ok());
        QCOMPARE(saved.size(), 1);
        QVERIFY(!settings.isModified());
        const QByteArray file = readAll(path);
        QVERIFY(file.contains("\"keychain\": \"tieout/DevFactory\""));
        QVERIFY2(!file.contains(Key.toUtf8()), "the admin key must never reach the config file");
        QVERIFY(!file.contains("sk-ant"));
        // What was saved is what the CLI reads.
        auto reloaded = ConfigFile::load(path);
        QVERIFY(reloaded.ok());
        QCOMPARE(*reloaded, settings.saved());
    }

    void unavailableKeychainStoresNothing()
    {
        MemorySecretStore keychain;
        keychain.setAvailable(false);
        SettingsController settings(&keychain, m_dir.filePath(QStringLiteral("unavailable.json")));
        settings.load({});
        const Status result =
            wait(settings.applyBusinessUnit({}, keychainUnit(QStringLiteral("DevFactory")), Key));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message().contains(QStringLiteral("not stored anywhere")));
        QVERIFY(!result.error().message().contains(Key));
        QCOMPARE(keychain.size(), 0);
        QVERIFY(settings.draft().businessUnits.isEmpty());
        QVERIFY(!settings.isModified());
    }

    void validation_data()
    {
        QTest::addColumn<BusinessUnitConfig>("unit");
        QTest::addColumn<bool>("hasKey");
        QTest::addColumn<QString>("complaint");

        BusinessUnitConfig http = keychainUnit(QStringLiteral("Remote"));
        http.apiBaseUrl = QUrl(QStringLiteral("http://api.example.com"));
        BusinessUnitConfig loopback = keychainUnit(QStringLiteral("Sandbox"));
        loopback.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));

        QTest::newRow("empty name") << keychainUnit(QString()) << true << QStringLiteral("name");
        QTest::newRow("padded name") << keychainUnit(QStringLiteral(" A")) << true
                                     << QStringLiteral("spaces");
        QTest::newRow("duplicate") << keychainUnit(QStringLiteral("Existing")) << true
                                   << QStringLiteral("already");
        QTest::newRow("http remote") << http << true << QStringLiteral("https");
        QTest::newRow("http loopback") << loopback << true << QString();
        QTest::newRow("keychain without key")
            << keychainUnit(QStringLiteral("New")) << false << QStringLiteral("admin key");
        QTest::newRow("bad variable") << environmentUnit(QStringLiteral("New"), QStringLiteral("1 BAD"))
                                      << false << QStringLiteral("environment variable");
        QTest::newRow("environment") << environmentUnit(QStringLiteral("New"),
                                                        QStringLiteral("NEW_ADMIN_KEY"))
                                     << false << QString();
    }

    void validation()
    {
        QFETCH(BusinessUnitConfig, unit);
        QFETCH(bool, hasKey);
        QFETCH(QString, complaint);
        MemorySecretStore keychain;
        SettingsController settings(&keychain, m_dir.filePath(QStringLiteral("validation.json")));
        AppConfig config;
        config.businessUnits.append(
            environmentUnit(QStringLiteral("Existing"), QStringLiteral("EXISTING_KEY")));
        settings.load(config);
        const Status valid = settings.validateBusinessUnit(unit, {}, hasKey);
        QCOMPARE(valid.ok(), complaint.isEmpty());
        if (!valid)
            QVERIFY2(valid.error().message().contains(complaint), qPrintable(valid.error().message()));
    }

    void editingKeepsTheStoredKeyAndRenamesOverrides()
    {
        MemorySecretStore keychain;
        SettingsController settings(&keychain, m_dir.filePath(QStringLiteral("rename.json")));
        AppConfig config;
        config.businessUnits.append(keychainUnit(QStringLiteral("Old")));
        config.overrides.append(KeyOverride{QStringLiteral("apikey_01"), QStringLiteral("Old")});
        config.overrides.append(KeyOverride{QStringLiteral("apikey_02"), QStringLiteral("Elsewhere")});
        settings.load(config);

        BusinessUnitConfig renamed = keychainUnit(QStringLiteral("New"));
        QVERIFY(wait(settings.applyBusinessUnit(QStringLiteral("Old"), renamed, {})).ok());
        QCOMPARE(keychain.size(), 0); // no key typed: nothing written
        const BusinessUnitConfig &unit = settings.draft().businessUnits.constFirst();
        QCOMPARE(unit.name, QStringLiteral("New"));
        QCOMPARE(unit.adminKey.name, QStringLiteral("tieout/Old")); // still the entry that holds the key
        QCOMPARE(settings.draft().overrides.at(0).businessUnit, QStringLiteral("New"));
        QCOMPARE(settings.draft().overrides.at(1).businessUnit, QStringLiteral("Elsewhere"));
    }

    void removingABuCleansItsKeychainEntryOnSave()
    {
        MemorySecretStore keychain;
        SettingsController settings(&keychain, m_dir.filePath(QStringLiteral("remove.json")));
        settings.load({});
        QVERIFY(wait(settings.applyBusinessUnit({}, keychainUnit(QStringLiteral("Gone")), Key)).ok());
        QVERIFY(settings.save().ok());
        settings.removeBusinessUnit(QStringLiteral("Gone"));
        QCOMPARE(keychain.size(), 1); // not before the removal is saved
        settings.revert();
        QCOMPARE(settings.draft().businessUnits.size(), 1);
        settings.removeBusinessUnit(QStringLiteral("Gone"));
        QVERIFY(settings.save().ok());
        QCOMPARE(keychain.size(), 0);
    }

    void databaseIsValidatedWithTheStoreParser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << QString() << true;
        QTest::newRow("sqlite") << QStringLiteral("sqlite:/tmp/tieout.sqlite") << true;
        QTest::newRow("postgres") << QStringLiteral("postgresql://tieout@db.example.com:5432/tieout") << true;
        QTest::newRow("password in url")
            << QStringLiteral("postgresql://tieout:secret@db.example.com/tieout") << false;
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://x/y") << false;
    }

    void databaseIsValidatedWithTheStoreParser()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(SettingsController::validateDatabase(text).ok(), valid);
    }

    void saveRefusesWhatTheFileWouldRefuse()
    {
        MemorySecretStore keychain;
        const QString path = m_dir.filePath(QStringLiteral("refused.json"));
        SettingsController settings(&keychain, path);
        settings.load({});
        settings.setDatabase(QStringLiteral("postgresql://u:pw@host/db"));
        QVERIFY(!settings.save().ok());
        QVERIFY(!QFile::exists(path));
    }

    void importAndExport()
    {
        MemorySecretStore keychain;
        SettingsController settings(&keychain, m_dir.filePath(QStringLiteral("main.json")));
        AppConfig config;
        config.database = QStringLiteral("sqlite:/tmp/x.sqlite");
        config.businessUnits.append(environmentUnit(QStringLiteral("A"), QStringLiteral("A_KEY")));
        config.overrides.append(KeyOverride{QStringLiteral("apikey_9"), QStringLiteral("B")});
        settings.load(config);

        const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
        QVERIFY(settings.exportTo(exported).ok());
        SettingsController other(&keychain, m_dir.filePath(QStringLiteral("other.json")));
        other.load({});
        QVERIFY(other.importFrom(exported).ok());
        QCOMPARE(other.draft(), config);
        QVERIFY(other.isModified()); // imported, not saved

        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"business_units": [{"name": "A", "admin_key": "sk-ant-admin01-inline"}]})");
        broken.close();
        const Status refused = other.importFrom(broken.fileName());
        QVERIFY(!refused.ok());
        QCOMPARE(other.draft(), config); // unchanged
    }
};

QTEST_GUILESS_MAIN(TestSettingsController)
#include "tst_settingscontroller.moc"
