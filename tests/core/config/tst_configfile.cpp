#include "core/config/ConfigFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tieout;

class TestConfigFile final : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheSpecExample();
    void rejects_data();
    void rejects();
    void reportBusinessUnitsIncludeOverrideTargetsInCodePointOrder();
    void roundTripsThroughSave();
    void missingFileIsAConfigError();
};

void TestConfigFile::parsesTheSpecExample()
{
    const QByteArray json = R"({
      "database": "sqlite:/path/tieout.sqlite",
      "business_units": [
        {"name": "DevFactory", "api_base_url": "https://api.anthropic.com",
         "admin_key": {"env": "DEVFACTORY_ADMIN_KEY"}},
        {"name": "Education", "api_base_url": "http://127.0.0.1:8080", "admin_key": {"keychain": "tieout/education"}}
      ],
      "bu_overrides": [{"api_key_id": "apikey_01abc", "bu": "Education"}]
    })";
    const auto config = ConfigFile::parse(json, QStringLiteral("example.json"));
    QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().message()));
    QCOMPARE(config->database, QStringLiteral("sqlite:/path/tieout.sqlite"));
    QCOMPARE(config->businessUnits.size(), 2);
    QCOMPARE(config->businessUnits[0].adminKey.kind, SecretRef::Kind::Environment);
    QCOMPARE(config->businessUnits[0].adminKey.name, QStringLiteral("DEVFACTORY_ADMIN_KEY"));
    QCOMPARE(config->businessUnits[1].adminKey.kind, SecretRef::Kind::Keychain);
    QCOMPARE(config->businessUnits[1].apiBaseUrl.port(), 8080);
    QCOMPARE(config->overrides.size(), 1);
    QCOMPARE(config->overrides[0].businessUnit, QStringLiteral("Education"));
    QCOMPARE(config->checks.ratioHighBasisPoints, 15'000);
}

void TestConfigFile::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    const QByteArray unit = R"({"name": "A", "admin_key": {"env": "A_KEY"}})";
    QTest::newRow("not json") << QByteArray("{\"business_units\": [") << "not valid JSON";
    QTest::newRow("array at top") << QByteArray("[]") << "must be a JSON object";
    QTest::newRow("no business units") << QByteArray("{}") << "business_units";
    QTest::newRow("business units not array") << QByteArray(R"({"business_units": {}})") << "business_units";
    QTest::newRow("unknown top-level field") << QByteArray(R"({"business_units": [], "databse": "x"})") << "databse";
    QTest::newRow("key in file")
        << QByteArray(R"({"business_units": [{"name": "A", "admin_key": "sk-ant-admin01-abc"}]})")
        << "business_units[0].admin_key";
    QTest::newRow("key value in env name")
        << QByteArray(R"({"business_units": [{"name": "A", "admin_key": {"env": "sk-ant-admin01-xyz"}}]})")
        << "looks like an admin key";
    QTest::newRow("both env and keychain")
        << QByteArray(R"({"business_units": [{"name": "A", "admin_key": {"env": "X", "keychain": "Y"}}]})")
        << "exactly one";
    QTest::newRow("missing admin key") << QByteArray(R"({"business_units": [{"name": "A"}]})") << "admin_key";
    QTest::newRow("missing name") << QByteArray(R"({"business_units": [{"admin_key": {"env": "X"}}]})") << "name";
    QTest::newRow("name wrong type")
        << QByteArray(R"({"business_units": [{"name": 7, "admin_key": {"env": "X"}}]})") << "business_units[0].name";
    QTest::newRow("empty name")
        << QByteArray(R"({"business_units": [{"name": " ", "admin_key": {"env": "X"}}]})") << "must not be empty";
    QTest::newRow("duplicate bu") << QByteArray("{\"business_units\": [" + unit + "," + unit + "]}") << "duplicate";
    QTest::newRow("http to remote host")
        << QByteArray(R"({"business_units": [{"name": "A", "api_base_url": "http://api.example.com", "admin_key": {"env": "X"}}]})")
        << "non-loopback";
    QTest::newRow("ftp url")
        << QByteArray(R"({"business_units": [{"name": "A", "api_base_url": "ftp://127.0.0.1", "admin_key": {"env": "X"}}]})")
        << "https";
    QTest::newRow("unknown bu field")
        << QByteArray(R"({"business_units": [{"name": "A", "admin_key": {"env": "X"}, "key": "k"}]})") << "\"key\"";
    QTest::newRow("override missing bu")
        << QByteArray("{\"business_units\": [" + unit + R"(], "bu_overrides": [{"api_key_id": "k"}]})") << "bu_overrides[0]";
    QTest::newRow("override twice")
        << QByteArray("{\"business_units\": [" + unit
                      + R"(], "bu_overrides": [{"api_key_id": "k", "bu": "A"}, {"api_key_id": "k", "bu": "B"}]})")
        << "overridden twice";
    QTest::newRow("bad ratio band")
        << QByteArray("{\"business_units\": [" + unit + R"(], "checks": {"ratio_band": [1.5, 0.8]}})") << "ratio_band";
    QTest::newRow("fractional lookback")
        << QByteArray("{\"business_units\": [" + unit + R"(], "checks": {"lookback_days": 2.5}})") << "lookback_days";
}

void TestConfigFile::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto config = ConfigFile::parse(json, QStringLiteral("bad.json"));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().code(), ErrorCode::Config);
    QCOMPARE(config.error().exitCode(), 2);
    const QString message = config.error().message();
    QVERIFY2(message.contains(QLatin1String("bad.json")), qPrintable(message));
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("sk-ant-admin01-")), qPrintable(message)); // never echo a key
}

void TestConfigFile::reportBusinessUnitsIncludeOverrideTargetsInCodePointOrder()
{
    AppConfig config;
    config.businessUnits = {{QStringLiteral("education"), {}, {}}, {QStringLiteral("DevFactory"), {}, {}}};
    config.overrides = {{QStringLiteral("k1"), QStringLiteral("Zeta")}, {QStringLiteral("k2"), QStringLiteral("DevFactory")}};
    QCOMPARE(config.reportBusinessUnits(),
             (QStringList{QStringLiteral("DevFactory"), QStringLiteral("Zeta"), QStringLiteral("education")}));
}

void TestConfigFile::roundTripsThroughSave()
{
    AppConfig config;
    config.database = QStringLiteral("postgresql://tieout@127.0.0.1:5432/tieout");
    config.businessUnits = {{QStringLiteral("DevFactory"), QUrl(QStringLiteral("https://api.anthropic.com")),
                             {SecretRef::Kind::Keychain, QStringLiteral("tieout/devfactory")}}};
    config.overrides = {{QStringLiteral("apikey_1"), QStringLiteral("Education")}};
    config.checks.lookbackDays = 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tieout.json"));
    QVERIFY(ConfigFile::save(config, path).ok());
    const auto loaded = ConfigFile::load(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message()));
    QCOMPARE(*loaded, config);
}

void TestConfigFile::missingFileIsAConfigError()
{
    const auto config = ConfigFile::load(QStringLiteral("/nonexistent/tieout.json"));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().exitCode(), 2);
    QVERIFY(config.error().message().contains(QLatin1String("/nonexistent/tieout.json")));
}

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
