#include "support/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout::test;

// Bad input sweep, part 1: malformed config files and command lines. Each is refused before any
// network or database work with its documented exit code (SPEC §8: 2 for usage and config), a
// message on stderr that names the file or option and what is wrong, nothing on stdout, and
// never an echo of an admin key. Complements tst_cli_arguments (the lead's common cases).
class TestBadConfigAndArguments final : public QObject
{
    Q_OBJECT

private slots:
    void configFiles_data();
    void configFiles();
    void arguments_data();
    void arguments();

private:
    QTemporaryDir m_dir;
};

namespace {

const QByteArray Key = "sk-ant-admin01-BadInputSweepKey_0123456789abcdef";

// A config whose only BU is `bu` (a JSON object's members, without braces).
QByteArray withUnit(const QByteArray &bu)
{
    return R"({"business_units": [{)" + bu + "}]}";
}

QByteArray withChecks(const QByteArray &checks)
{
    return R"({"business_units": [], "checks": {)" + checks + "}}";
}

} // namespace

void TestBadConfigAndArguments::configFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray env = R"("admin_key": {"env": "X"})";
    QTest::newRow("empty file") << QByteArray() << "not valid JSON";
    QTest::newRow("truncated") << QByteArray(R"({"business_units": [{"name": "A")") << "not valid JSON";
    QTest::newRow("trailing garbage") << QByteArray(R"({"business_units": []} x)") << "not valid JSON";
    QTest::newRow("NUL byte") << QByteArray("{\"business_units\": [\0]}", 22) << "not valid JSON";
    QTest::newRow("nested 100000 deep") << QByteArray(100'000, '[') << "not valid JSON";
    QTest::newRow("UTF-16 file") << QByteArray("\xff\xfe{\0}\0", 6) << "not valid JSON";
    QTest::newRow("top-level array") << QByteArray("[]") << "must be a JSON object";
    QTest::newRow("unknown top-level field") << QByteArray(R"({"business_units": [], "databse": "x"})") << "unknown field \"databse\"";
    QTest::newRow("no business_units") << QByteArray("{}") << "missing required field \"business_units\"";
    QTest::newRow("business_units an object") << QByteArray(R"({"business_units": {}})") << "business_units: must be an array";
    QTest::newRow("unit not an object") << QByteArray(R"({"business_units": ["A"]})") << "business_units[0]: must be an object";
    QTest::newRow("unit without name") << withUnit(env) << "missing required field \"name\"";
    QTest::newRow("blank name") << withUnit(R"("name": "  ", )" + env) << "business_units[0].name: must not be empty";
    QTest::newRow("numeric name") << withUnit(R"("name": 7, )" + env) << "business_units[0].name: must be a string";
    QTest::newRow("unknown unit field") << withUnit(R"("name": "A", "key": "x", )" + env) << "unknown field \"key\"";
    QTest::newRow("duplicate unit") << QByteArray(R"({"business_units": [{"name": "A", )" + env + R"(}, {"name": "A", )" + env + "}]}")
                                    << "duplicate business unit \"A\"";
    QTest::newRow("no admin_key") << withUnit(R"("name": "A")") << "missing required field \"admin_key\"";
    QTest::newRow("admin key in the file") << withUnit(R"("name": "A", "admin_key": ")" + Key + '"') << "must not be written into the config";
    QTest::newRow("admin key as env name") << withUnit(R"("name": "A", "admin_key": {"env": ")" + Key + R"("})") << "looks like an admin key";
    QTest::newRow("env and keychain") << withUnit(R"("name": "A", "admin_key": {"env": "X", "keychain": "Y"})") << "exactly one of";
    QTest::newRow("unknown secret source") << withUnit(R"("name": "A", "admin_key": {"vault": "X"})") << "exactly one of";
    QTest::newRow("empty env name") << withUnit(R"("name": "A", "admin_key": {"env": ""})") << "must not be empty";
    QTest::newRow("http to a remote host") << withUnit(R"("name": "A", "api_base_url": "http://api.example.com", )" + env) << "non-loopback";
    QTest::newRow("http to a private address") << withUnit(R"("name": "A", "api_base_url": "http://10.1.2.3:8080", )" + env) << "non-loopback";
    QTest::newRow("http to a loopback look-alike") << withUnit(R"("name": "A", "api_base_url": "http://127.0.0.1.example.com", )" + env) << "non-loopback";
    QTest::newRow("http to localhost look-alike") << withUnit(R"("name": "A", "api_base_url": "http://localhost.example.com", )" + env) << "non-loopback";
    QTest::newRow("ftp") << withUnit(R"("name": "A", "api_base_url": "ftp://api.anthropic.com", )" + env) << "must use https";
    QTest::newRow("not a URL") << withUnit(R"("name": "A", "api_base_url": "https://", )" + env) << "not a valid API base URL";
    QTest::newRow("URL a number") << withUnit(R"("name": "A", "api_base_url": 443, )" + env) << "api_base_url: must be a string";
    QTest::newRow("override twice") << QByteArray(R"({"business_units": [], "bu_overrides": [{"api_key_id": "k", "bu": "A"}, {"api_key_id": "k", "bu": "B"}]})")
                                    << "overridden twice";
    QTest::newRow("override without bu") << QByteArray(R"({"business_units": [], "bu_overrides": [{"api_key_id": "k"}]})") << "missing required field \"bu\"";
    QTest::newRow("ratio band reversed") << withChecks(R"("ratio_band": [1.5, 0.8])") << "needs 0 <= low < high";
    QTest::newRow("ratio band text") << withChecks(R"("ratio_band": "0.8-1.5")") << "must be [low, high]";
    QTest::newRow("lookback zero") << withChecks(R"("lookback_days": 0)") << "from 1 to 366";
    QTest::newRow("largest line fractional") << withChecks(R"("largest_line_usd": 1.5)") << "must be a whole number";
    QTest::newRow("database a number") << QByteArray(R"({"database": 5, "business_units": []})") << "database: must be a string";
}

void TestBadConfigAndArguments::configFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + QStringLiteral(".json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    CliRunner runner;
    runner.environment().remove(QStringLiteral("TIEOUT_CONFIG"));
    runner.setConfigPath(path);
    const CliRun run = runner.run({QStringLiteral("sync")}, 60'000);
    QVERIFY(!run.crashed);
    QVERIFY2(run.exitCode == 2, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(QStringLiteral("the message does not name the file: ") + run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(!run.err.contains(QLatin1String("BadInputSweepKey")), "the admin key was echoed");
}

void TestBadConfigAndArguments::arguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const auto range = [](const char *from, const char *to) {
        return QStringList{QStringLiteral("--from"), QLatin1String(from), QStringLiteral("--to"), QLatin1String(to)};
    };
    const QString plan = QStringLiteral("plan");
    QTest::newRow("month 13") << QStringList{plan} + range("2025-13", "2025-13") << 2 << "2025-13";
    QTest::newRow("month 00 inline") << QStringList{plan, QStringLiteral("--from=2025-01"), QStringLiteral("--to=2025-00")} << 2 << "2025-00";
    QTest::newRow("month with day") << QStringList{plan} + range("2025-01-01", "2025-02") << 2 << "2025-01-01";
    QTest::newRow("year only") << QStringList{plan} + range("2025", "2025") << 2 << "2025";
    QTest::newRow("empty month") << QStringList{plan, QStringLiteral("--from="), QStringLiteral("--to=2025-01")} << 2 << "--from";
    QTest::newRow("empty bu") << QStringList{plan} + range("2025-01", "2025-01") + QStringList{QStringLiteral("--bu"), QString()} << 2 << "--bu";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("verify")} + range("2025-01", "2025-01") + QStringList{QStringLiteral("extra")} << 2 << "extra";
    QTest::newRow("flag with a value") << QStringList{QStringLiteral("backfill")} + range("2025-01", "2025-01") + QStringList{QStringLiteral("--execute=yes")} << 2 << "--execute takes no value";
    QTest::newRow("single dash option") << QStringList{QStringLiteral("-x"), plan} << 2 << "-x";
    QTest::newRow("probe date without zero padding") << QStringList{QStringLiteral("probe"), QStringLiteral("--bu"), QStringLiteral("DevFactory"), QStringLiteral("--date"), QStringLiteral("2025-1-1")} << 2 << "2025-1-1";
    QTest::newRow("probe date as month") << QStringList{QStringLiteral("probe"), QStringLiteral("--bu"), QStringLiteral("DevFactory"), QStringLiteral("--date"), QStringLiteral("2025-01")} << 2 << "2025-01";
    QTest::newRow("lookback not a number") << QStringList{QStringLiteral("sync"), QStringLiteral("--lookback-days"), QStringLiteral("three")} << 2 << "--lookback-days";
    QTest::newRow("lookback zero") << QStringList{QStringLiteral("sync"), QStringLiteral("--lookback-days"), QStringLiteral("0")} << 2 << "--lookback-days";
    QTest::newRow("lookback huge") << QStringList{QStringLiteral("sync"), QStringLiteral("--lookback-days"), QStringLiteral("99999999999999999999")} << 2 << "--lookback-days";
    QTest::newRow("empty --by") << QStringList{QStringLiteral("reconcile")} + range("2025-01", "2025-01") + QStringList{QStringLiteral("--by="), } << 2 << "--by";
    QTest::newRow("empty --db") << QStringList{QStringLiteral("--db="), QStringLiteral("verify")} + range("2025-01", "2025-01") << 2 << "--db";
    QTest::newRow("sqlite without path") << QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:"), QStringLiteral("verify")} + range("2025-01", "2025-01") << 2 << "sqlite:";
    QTest::newRow("postgresql without host") << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://"), QStringLiteral("verify")} + range("2025-01", "2025-01") << 2 << "postgresql://";
    QTest::newRow("password in --db") << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://u:hunter2@127.0.0.1:1/db"), QStringLiteral("verify")} + range("2025-01", "2025-01") << 2 << "password";
    QTest::newRow("config is a folder") << QStringList{QStringLiteral("--config"), QStringLiteral("/tmp"), QStringLiteral("sync")} << 2 << "/tmp";
    QTest::newRow("100k character month") << QStringList{plan, QStringLiteral("--from"), QString(100'000, u'9'), QStringLiteral("--to"), QStringLiteral("2025-01")} << 2 << "--from";
}

void TestBadConfigAndArguments::arguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    CliRunner runner;
    runner.environment().remove(QStringLiteral("TIEOUT_CONFIG"));
    // A config of its own, so the user's default config is never read.
    const QString config = m_dir.filePath(QStringLiteral("good.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"business_units": [{"name": "DevFactory", "api_base_url": "http://127.0.0.1:9", "admin_key": {"env": "UNSET_KEY_VARIABLE"}}]})");
    file.close();
    if (!arguments.contains(QLatin1String("--config")))
        runner.setConfigPath(config);
    const CliRun run = runner.run(arguments, 60'000);
    QVERIFY(!run.crashed);
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(!run.err.contains(QLatin1String("hunter2")), "a password was echoed");
}

QTEST_GUILESS_MAIN(TestBadConfigAndArguments)
#include "tst_bad_config_and_arguments.moc"
