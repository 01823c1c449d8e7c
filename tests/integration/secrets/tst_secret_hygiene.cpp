#include "ServedCliRun.h"

#include "FakeApiServer.h"
#include "support/SandboxProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using namespace tieout::test;

// Secret hygiene (DESIGN "Secrets", SPEC §1 admin): every CLI command — plan, probe, backfill
// preview and --execute, sync, verify, reconcile by every grouping, export in every format, and
// failing runs (a refused key, an untrusted certificate) — runs with known admin keys at the
// highest verbosity (-vv and QT_LOGGING_RULES="*.debug=true"). No key may appear in any stdout or
// stderr, in the SQLite database and its WAL, or in any export file. TLS failures are fatal: the
// CLI stops before the key is ever sent (the unit-level proof is
// tst_adminapiclient::untrustedCertificateIsFatal). http:// to a non-loopback host is refused by
// the config (tst_bad_config_and_arguments, rows "http to …").
class TestSecretHygiene final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandAtFullVerbosity();
    void refusedKeyIsNotEchoed();
    void untrustedCertificateIsFatalBeforeTheKeyIsSent();
    void noKeyAnywhere_data();
    void noKeyAnywhere();

private:
    CliRunner runner(const QString &config) const;
    void record(const QString &name, const CliRun &run);

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QHash<QString, QString> m_keys; // BU -> admin key
    QString m_wrongKey;
    QString m_config;
    QString m_database;
    QMap<QString, QByteArray> m_outputs; // what each command printed
};

namespace {

const QStringList Units{QStringLiteral("DevFactory"), QStringLiteral("Education"), QStringLiteral("Research")};

QString randomKey()
{
    QByteArray random(33, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    return QStringLiteral("sk-ant-admin01-") + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding));
}

QString writeConfig(const QTemporaryDir &dir, const QString &name, const QUrl &baseUrl, const QStringList &units)
{
    QJsonArray array;
    for (const QString &bu : units)
        array.append(QJsonObject{{QStringLiteral("name"), bu},
                                 {QStringLiteral("api_base_url"), baseUrl.toString()},
                                 {QStringLiteral("admin_key"),
                                  QJsonObject{{QStringLiteral("env"), QString(bu.toUpper() + QStringLiteral("_ADMIN_KEY"))}}}});
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("business_units"), array}}).toJson());
    return path;
}

} // namespace

void TestSecretHygiene::initTestCase()
{
    QStringList arguments{QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--last-day"),
                          QStringLiteral("2026-06-30")};
    for (const QString &bu : Units) {
        m_keys.insert(bu, randomKey());
        arguments << QStringLiteral("--key") << bu + u'=' + m_keys.value(bu);
    }
    m_wrongKey = randomKey();
    QVERIFY2(m_sandbox.start(arguments), qPrintable(m_sandbox.error()));
    m_config = writeConfig(m_dir, QStringLiteral("tieout.json"), m_sandbox.baseUrl(), Units);
    m_database = m_dir.filePath(QStringLiteral("tieout.sqlite"));
}

CliRunner TestSecretHygiene::runner(const QString &config) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TIEOUT_CONFIG"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("TIEOUT_TODAY"), QStringLiteral("2026-06-20"));
    for (const QString &bu : Units)
        environment.insert(bu.toUpper() + QStringLiteral("_ADMIN_KEY"), m_keys.value(bu));
    CliRunner cli(config, environment);
    cli.setDatabaseUrl(QStringLiteral("sqlite:") + m_database);
    return cli;
}

void TestSecretHygiene::record(const QString &name, const CliRun &run)
{
    m_outputs.insert(name + QStringLiteral(" stdout"), run.out.toUtf8());
    m_outputs.insert(name + QStringLiteral(" stderr"), run.err.toUtf8());
}

void TestSecretHygiene::everyCommandAtFullVerbosity()
{
    const QStringList range{QStringLiteral("--from"), QStringLiteral("2026-05"), QStringLiteral("--to"), QStringLiteral("2026-06")};
    struct Step
    {
        QString name;
        QStringList arguments;
        QList<int> exitCodes;
    };
    QList<Step> steps{
        {QStringLiteral("plan"), QStringList{QStringLiteral("plan")} + range, {0}},
        {QStringLiteral("probe"), {QStringLiteral("probe"), QStringLiteral("--bu"), QStringLiteral("Education"), QStringLiteral("--date"), QStringLiteral("2026-05-04")}, {0}},
        {QStringLiteral("backfill preview"), QStringList{QStringLiteral("backfill")} + range, {0}},
        {QStringLiteral("backfill execute"), QStringList{QStringLiteral("backfill")} + range + QStringList{QStringLiteral("--execute")}, {0}},
        {QStringLiteral("sync"), {QStringLiteral("sync"), QStringLiteral("--lookback-days"), QStringLiteral("3")}, {0}},
        // The demo data has an unpriced model on purpose: verify may report failed checks (exit 1).
        {QStringLiteral("verify"), QStringList{QStringLiteral("verify")} + range, {0, 1}},
    };
    for (const char *by : {"month-bu", "model", "workspace", "api-key", "token-type"})
        steps.append({QStringLiteral("reconcile --by ") + QLatin1String(by),
                      QStringList{QStringLiteral("reconcile")} + range + QStringList{QStringLiteral("--by"), QLatin1String(by)}, {0}});
    for (const char *format : {"recon", "detail", "focus"})
        steps.append({QStringLiteral("export ") + QLatin1String(format),
                      QStringList{QStringLiteral("export")} + range
                          + QStringList{QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"),
                                        m_dir.filePath(QStringLiteral("export-%1.csv").arg(QLatin1String(format)))},
                      {0}});
    const CliRunner cli = runner(m_config);
    for (const Step &step : std::as_const(steps)) {
        const CliRun run = cli.run(QStringList{QStringLiteral("-vv")} + step.arguments);
        QVERIFY2(!run.crashed, qPrintable(step.name));
        QVERIFY2(step.exitCodes.contains(run.exitCode), qPrintable(QStringLiteral("%1: exit %2: %3").arg(step.name).arg(run.exitCode).arg(run.err)));
        record(step.name, run);
    }
    // The verbosity really was at its highest: requests and SQL connections were logged.
    QVERIFY(m_outputs.value(QStringLiteral("backfill execute stderr")).contains("/v1/organizations/cost_report"));
    QVERIFY(m_outputs.value(QStringLiteral("backfill execute stderr")).contains("tieout.store"));
}

void TestSecretHygiene::refusedKeyIsNotEchoed()
{
    CliRunner cli = runner(m_config);
    cli.environment().insert(QStringLiteral("RESEARCH_ADMIN_KEY"), m_wrongKey);
    const CliRun run = cli.run({QStringLiteral("-vv"), QStringLiteral("probe"), QStringLiteral("--bu"),
                                QStringLiteral("Research"), QStringLiteral("--date"), QStringLiteral("2026-05-04")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("Research")) && run.err.contains(QLatin1String("401")), qPrintable(run.err));
    record(QStringLiteral("probe with a refused key"), run);
}

void TestSecretHygiene::untrustedCertificateIsFatalBeforeTheKeyIsSent()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    const QString keyPath = m_dir.filePath(QStringLiteral("tls.key")), certPath = m_dir.filePath(QStringLiteral("tls.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                                              QStringLiteral("-out"), certPath, QStringLiteral("-days"), QStringLiteral("2"),
                                              QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
        QSKIP("openssl could not make a self-signed certificate");
    QFile keyFile(keyPath), certFile(certPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    FakeApiServer fake([](const QByteArray &) { return FakeApiServer::Response{200, R"({"data":[],"has_more":false,"next_page":null})", {}}; });
    QVERIFY(fake.listenTls(tls));

    const QString config = writeConfig(m_dir, QStringLiteral("tls.json"), fake.baseUrl(), {QStringLiteral("DevFactory")});
    const CliRun run = runServingEvents(runner(config), {QStringLiteral("-vv"), QStringLiteral("probe"), QStringLiteral("--bu"),
                                                        QStringLiteral("DevFactory"), QStringLiteral("--date"), QStringLiteral("2026-05-04")});
    QVERIFY2(run.exitCode == 3, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err.right(3000))));
    QVERIFY2(run.err.contains(QLatin1String("SSL"), Qt::CaseInsensitive) || run.err.contains(QLatin1String("certificate")),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("retrying")), "a TLS failure must not be retried");
    QVERIFY2(fake.requests().isEmpty(), "the request (and the key in it) reached an untrusted server");
    record(QStringLiteral("probe against an untrusted certificate"), run);
}

void TestSecretHygiene::noKeyAnywhere_data()
{
    QTest::addColumn<QByteArray>("content");
    for (auto it = m_outputs.cbegin(); it != m_outputs.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.value();
    QStringList files;
    for (QDirIterator it(m_dir.path(), QDir::Files); it.hasNext();)
        files.append(it.next());
    files.sort();
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QTest::newRow(qPrintable(QDir(m_dir.path()).relativeFilePath(path))) << file.readAll();
    }
}

void TestSecretHygiene::noKeyAnywhere()
{
    QFETCH(QByteArray, content);
    QStringList keys = m_keys.values();
    keys.append(m_wrongKey);
    for (const QString &key : std::as_const(keys)) {
        // The random part alone catches a key cut, prefixed or redacted badly; UTF-16 catches
        // SQLite text stored that way; base64 catches an encoded header dumped into a log.
        const QString tail = key.mid(QStringLiteral("sk-ant-admin01-").size());
        QVERIFY2(!content.contains(tail.toUtf8()), "an admin key appears here");
        QVERIFY2(!content.contains(QByteArray(reinterpret_cast<const char *>(tail.utf16()), tail.size() * 2)),
                 "an admin key appears here in UTF-16");
        QVERIFY2(!content.contains(key.toUtf8().toBase64()), "an admin key appears here base64-encoded");
    }
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secret_hygiene.moc"
