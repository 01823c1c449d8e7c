#include "support/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout::test;

// Bad command lines and bad config files: each gives its documented exit code (SPEC §8) and a
// message on stderr that names the problem, and nothing on stdout.
class TestCliArguments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejects_data();
    void rejects();
    void helpAndVersion();
    void planNeedsNoNetwork();

private:
    QString writeConfig(const QString &name, const QByteArray &json);
    QTemporaryDir m_dir;
    QString m_goodConfig;
};

QString TestCliArguments::writeConfig(const QString &name, const QByteArray &json)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(json);
    return path;
}

void TestCliArguments::initTestCase()
{
    m_goodConfig = writeConfig(QStringLiteral("good.json"), R"({"business_units": [
        {"name": "DevFactory", "api_base_url": "http://127.0.0.1:9", "admin_key": {"env": "TIEOUT_TEST_UNSET_KEY"}}]})");
    writeConfig(QStringLiteral("key-in-file.json"),
                R"({"business_units": [{"name": "A", "admin_key": "sk-ant-admin01-secretsecretsecret"}]})");
    writeConfig(QStringLiteral("broken.json"), R"({"business_units": [)");
    writeConfig(QStringLiteral("remote-http.json"),
                R"({"business_units": [{"name": "A", "api_base_url": "http://example.com", "admin_key": {"env": "X"}}]})");
    writeConfig(QStringLiteral("bad-db.json"),
                R"({"database": "mysql://x", "business_units": [{"name": "A", "admin_key": {"env": "X"}}]})");
}

void TestCliArguments::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QString good = QStringLiteral("good.json");
    const auto cfg = [this](const QString &name) { return QStringList{QStringLiteral("--config"), m_dir.filePath(name)}; };

    QTest::newRow("no command") << QStringList{} << 2 << "no command";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
    QTest::newRow("unknown option") << cfg(good) + QStringList{QStringLiteral("plan"), QStringLiteral("--frm"), QStringLiteral("2025-01")} << 2 << "--frm";
    QTest::newRow("missing --to") << cfg(good) + QStringList{QStringLiteral("plan"), QStringLiteral("--from"), QStringLiteral("2025-01")} << 2 << "--to";
    QTest::newRow("bad month") << cfg(good) + QStringList{QStringLiteral("plan"), QStringLiteral("--from"), QStringLiteral("2025-1"), QStringLiteral("--to"), QStringLiteral("2025-02")} << 2 << "2025-1";
    QTest::newRow("from after to") << cfg(good) + QStringList{QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-05"), QStringLiteral("--to"), QStringLiteral("2025-02")} << 2 << "after";
    QTest::newRow("future month") << cfg(good) + QStringList{QStringLiteral("plan"), QStringLiteral("--from"), QStringLiteral("2099-01"), QStringLiteral("--to"), QStringLiteral("2099-02")} << 2 << "2099-02";
    QTest::newRow("option for another command") << cfg(good) + QStringList{QStringLiteral("plan"), QStringLiteral("--from"), QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-01"), QStringLiteral("--execute")} << 2 << "--execute";
    QTest::newRow("value missing") << cfg(good) + QStringList{QStringLiteral("probe"), QStringLiteral("--bu")} << 2 << "--bu needs a value";
    QTest::newRow("probe two bus") << cfg(good) + QStringList{QStringLiteral("probe"), QStringLiteral("--bu"), QStringLiteral("A"), QStringLiteral("--bu"), QStringLiteral("B"), QStringLiteral("--date"), QStringLiteral("2025-01-01")} << 2 << "exactly one";
    QTest::newRow("bad date") << cfg(good) + QStringList{QStringLiteral("probe"), QStringLiteral("--bu"), QStringLiteral("DevFactory"), QStringLiteral("--date"), QStringLiteral("2025-02-30")} << 2 << "2025-02-30";
    QTest::newRow("unknown bu") << cfg(good) + QStringList{QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-01"), QStringLiteral("--bu"), QStringLiteral("Nope")} << 2 << "Nope";
    QTest::newRow("bad lookback") << cfg(good) + QStringList{QStringLiteral("sync"), QStringLiteral("--lookback-days"), QStringLiteral("-3")} << 2 << "--lookback-days";
    QTest::newRow("bad --by") << cfg(good) + QStringList{QStringLiteral("reconcile"), QStringLiteral("--from"), QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-01"), QStringLiteral("--by"), QStringLiteral("colour")} << 2 << "colour";
    QTest::newRow("bad format") << cfg(good) + QStringList{QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-01"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), QStringLiteral("x.csv")} << 2 << "xlsx";
    QTest::newRow("export without --out") << cfg(good) + QStringList{QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-01"), QStringLiteral("--format"), QStringLiteral("recon")} << 2 << "--out";
    QTest::newRow("missing config file") << QStringList{QStringLiteral("--config"), m_dir.filePath(QStringLiteral("nope.json")), QStringLiteral("sync")} << 2 << "nope.json";
    QTest::newRow("broken config") << cfg(QStringLiteral("broken.json")) + QStringList{QStringLiteral("sync")} << 2 << "not valid JSON";
    QTest::newRow("key in config") << cfg(QStringLiteral("key-in-file.json")) + QStringList{QStringLiteral("sync")} << 2 << "must not be written into the config";
    QTest::newRow("http to remote") << cfg(QStringLiteral("remote-http.json")) + QStringList{QStringLiteral("sync")} << 2 << "non-loopback";
    QTest::newRow("key variable unset") << cfg(good) + QStringList{QStringLiteral("probe"), QStringLiteral("--bu"), QStringLiteral("DevFactory"), QStringLiteral("--date"), QStringLiteral("2025-01-01")} << 2 << "TIEOUT_TEST_UNSET_KEY";
    QTest::newRow("bad --db") << cfg(good) + QStringList{QStringLiteral("--db"), QStringLiteral("oracle://x"), QStringLiteral("sync")} << 2 << "\"oracle\"";
    QTest::newRow("bad database in config") << cfg(QStringLiteral("bad-db.json")) + QStringList{QStringLiteral("verify"), QStringLiteral("--from"), QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-01")} << 2 << "\"mysql\"";
    QTest::newRow("unreachable postgres") << cfg(good) + QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://tieout@127.0.0.1:1/tieout"), QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-01"), QStringLiteral("--execute")} << 4 << "127.0.0.1";
    QTest::newRow("unwritable sqlite") << cfg(good) + QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:/proc/tieout/x.sqlite"), QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-01"), QStringLiteral("--execute")} << 4 << "/proc/tieout";
}

void TestCliArguments::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    CliRunner runner;
    runner.environment().remove(QStringLiteral("TIEOUT_TEST_UNSET_KEY"));
    runner.environment().remove(QStringLiteral("TIEOUT_CONFIG"));
    const CliRun run = runner.run(arguments, 60'000);
    QVERIFY(!run.crashed);
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY(!run.err.contains(QLatin1String("secretsecretsecret")));
}

void TestCliArguments::helpAndVersion()
{
    const CliRun help = CliRunner().run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"plan", "probe", "backfill", "sync", "verify", "reconcile", "export", "Exit codes"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    const CliRun version = CliRunner().run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("tieout-cli ")));
}

void TestCliArguments::planNeedsNoNetwork()
{
    // The config points at a port nobody listens on: plan must not care.
    CliRunner runner(m_goodConfig, QProcessEnvironment::systemEnvironment());
    const CliRun run = runner.run({QStringLiteral("plan"), QStringLiteral("--from"), QStringLiteral("2025-11"),
                                   QStringLiteral("--to"), QStringLiteral("2026-02")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("DevFactory  2025-12  2025-12-01  2026-01-01")));
    QVERIFY(run.out.contains(QLatin1String("4 window(s)")));
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cli_arguments.moc"
