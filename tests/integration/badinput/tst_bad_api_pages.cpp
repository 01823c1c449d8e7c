#include "ServedCliRun.h"

#include "FakeApiServer.h"
#include "core/store/TableChecksum.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using namespace tieout::test;

// Bad input sweep, part 2: malformed Admin API pages reach the real CLI during backfill
// --execute. Each ends the run with exit 3 and a message naming the BU, the month, the endpoint
// and the field or problem, and leaves the stored window exactly as it was (SPEC §2.5, §6). The
// pages come from a fake server in this process; the last case uses the sandbox's own
// `malformed` fault on every request.
class TestBadApiPages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedPages_data();
    void malformedPages();
    void sandboxMalformedEveryTime();

private:
    QString freshCopyOfSeed();
    QString writeConfig(const QUrl &baseUrl);
    CliRunner runner(const QUrl &baseUrl, const QString &database);
    QMap<QString, QByteArray> checksums(const QString &database);

    QTemporaryDir m_dir;
    QString m_seed; // SQLite file holding DevFactory 2025-03 from the real sandbox
    QMap<QString, QByteArray> m_seedSums;
    int m_copies = 0;
};

namespace {

const QStringList Window{QStringLiteral("backfill"), QStringLiteral("--from"), QStringLiteral("2025-03"),
                         QStringLiteral("--to"), QStringLiteral("2025-03"), QStringLiteral("--execute")};
const QStringList Tables{QStringLiteral("cost_lines"), QStringLiteral("usage_lines"), QStringLiteral("productivity"),
                         QStringLiteral("api_keys"), QStringLiteral("workspaces"), QStringLiteral("audit_log")};
const QByteArray EmptyReport = R"({"data":[],"has_more":false,"next_page":null})";
const QByteArray EmptyDirectory = R"({"data":[],"has_more":false,"first_id":null,"last_id":null})";
const QByteArray GoodCost = R"({"currency":"USD","amount":"1.5","workspace_id":null,"description":"d","cost_type":"tokens",
    "context_window":"0-200k","model":"m","service_tier":"standard","token_type":"output_tokens","inference_geo":null})";

QByteArray costPage(const QByteArray &result, const char *day = "2025-03-02")
{
    return QByteArray(R"({"data":[{"starting_at":")") + day + R"(T00:00:00Z","ending_at":"2025-03-03T00:00:00Z","results":[)"
           + result + R"(]}],"has_more":false,"next_page":null})";
}

QByteArray usagePage(const QByteArray &tokens)
{
    return R"({"data":[{"starting_at":"2025-03-02T00:00:00Z","ending_at":"2025-03-03T00:00:00Z","results":[{)" + tokens
           + R"(,"server_tool_use":{"web_search_requests":0},"api_key_id":"k","workspace_id":null,"model":"m",
           "service_tier":"standard","context_window":"0-200k"}]}],"has_more":false,"next_page":null})";
}

const QByteArray GoodTokens = R"("uncached_input_tokens":1,"output_tokens":2,"cache_read_input_tokens":3,
    "cache_creation":{"ephemeral_5m_input_tokens":4,"ephemeral_1h_input_tokens":5})";

QByteArray pathOf(const QByteArray &head)
{
    const QList<QByteArray> parts = head.left(head.indexOf("\r\n")).split(' ');
    return parts.size() > 1 ? parts.at(1).left(parts.at(1).indexOf('?')) : QByteArray();
}

} // namespace

void TestBadApiPages::initTestCase()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--last-day"),
                            QStringLiteral("2026-06-30")}),
             qPrintable(sandbox.error()));
    m_seed = m_dir.filePath(QStringLiteral("seed.sqlite"));
    const CliRun seeded = runner(sandbox.baseUrl(), m_seed).run(Window);
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    m_seedSums = checksums(m_seed);
    QVERIFY(!m_seedSums.isEmpty());
}

QString TestBadApiPages::writeConfig(const QUrl &baseUrl)
{
    const QString path = m_dir.filePath(QStringLiteral("config-%1.json").arg(baseUrl.port()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const QJsonObject unit{{QStringLiteral("name"), QStringLiteral("DevFactory")},
                           {QStringLiteral("api_base_url"), baseUrl.toString()},
                           {QStringLiteral("admin_key"), QJsonObject{{QStringLiteral("env"), QStringLiteral("DEVFACTORY_ADMIN_KEY")}}}};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("business_units"), QJsonArray{unit}}}).toJson());
    return path;
}

CliRunner TestBadApiPages::runner(const QUrl &baseUrl, const QString &database)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TIEOUT_CONFIG"));
    environment.insert(QStringLiteral("DEVFACTORY_ADMIN_KEY"), SandboxProcess::keyFor(QStringLiteral("DevFactory")));
    CliRunner cli(writeConfig(baseUrl), environment);
    cli.setDatabaseUrl(QStringLiteral("sqlite:") + database);
    return cli;
}

QString TestBadApiPages::freshCopyOfSeed()
{
    const QString path = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
    if (!QFile::copy(m_seed, path))
        qFatal("cannot copy the seed database");
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QMap<QString, QByteArray> TestBadApiPages::checksums(const QString &database)
{
    QMap<QString, QByteArray> sums;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(database));
        for (const QString &table : Tables) {
            const auto sum = tableChecksum(db, table);
            if (!sum)
                qFatal("%s", qPrintable(sum.error().message()));
            sums.insert(table, *sum);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return sums;
}

void TestBadApiPages::malformedPages_data()
{
    QTest::addColumn<QByteArray>("endpoint"); // the path that misbehaves; every other one answers an empty page
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("mentions");
    const QByteArray cost = "/v1/organizations/cost_report";
    const QByteArray usage = "/v1/organizations/usage_report/messages";
    const QByteArray claude = "/v1/organizations/usage_report/claude_code";
    const QByteArray keys = "/v1/organizations/api_keys";
    const QByteArray spaces = "/v1/organizations/workspaces";
    const auto said = [](std::initializer_list<const char *> parts) {
        QStringList list;
        for (const char *part : parts)
            list.append(QString::fromUtf8(part));
        return list;
    };
    QTest::newRow("not JSON") << cost << 200 << QByteArray("<html>502 Bad Gateway</html>") << said({"cost_report", "not valid JSON"});
    QTest::newRow("empty body") << cost << 200 << QByteArray() << said({"cost_report", "not valid JSON"});
    QTest::newRow("array instead of object") << cost << 200 << QByteArray("[]") << said({"cost_report", "expected an object"});
    QTest::newRow("data missing") << cost << 200 << QByteArray(R"({"has_more":false})") << said({"cost_report", "field data", "missing"});
    QTest::newRow("amount as a number") << cost << 200 << costPage(R"({"currency":"USD","amount":1.5,"workspace_id":null})")
                                        << said({"cost_report", "data[0].results[0].amount", "expected a string"});
    QTest::newRow("amount not a decimal") << cost << 200 << costPage(R"({"currency":"USD","amount":"12abc"})")
                                          << said({"cost_report", "data[0].results[0].amount", "12abc"});
    QTest::newRow("amount beyond 64 bits") << cost << 200 << costPage(R"({"currency":"USD","amount":"1e30"})")
                                           << said({"cost_report", "amount", "too large"});
    QTest::newRow("currency EUR") << cost << 200 << costPage(R"({"currency":"EUR","amount":"1"})")
                                  << said({"cost_report", "currency", "EUR"});
    QTest::newRow("bucket outside the window") << cost << 200 << costPage(GoodCost, "2025-04-01")
                                               << said({"cost_report", "2025-04-01", "outside the requested days"});
    QTest::newRow("bucket date garbage") << cost << 200 << costPage(GoodCost, "yesterday")
                                         << said({"cost_report", "data[0].starting_at"});
    QTest::newRow("has_more without cursor") << cost << 200 << QByteArray(R"({"data":[],"has_more":true,"next_page":null})")
                                             << said({"cost_report", "next_page", "truncate"});
    QTest::newRow("cursor repeats") << cost << 200 << QByteArray(R"({"data":[],"has_more":true,"next_page":"page_again"})")
                                    << said({"cost_report", "page_again", "repeats"});
    QTest::newRow("negative tokens") << usage << 200 << usagePage(QByteArray(GoodTokens).replace("\"output_tokens\":2", "\"output_tokens\":-2"))
                                     << said({"usage_report/messages", "output_tokens", "zero or more"});
    QTest::newRow("fractional tokens") << usage << 200 << usagePage(QByteArray(GoodTokens).replace("\"output_tokens\":2", "\"output_tokens\":2.5"))
                                       << said({"usage_report/messages", "output_tokens", "whole number"});
    QTest::newRow("tokens as text") << usage << 200 << usagePage(QByteArray(GoodTokens).replace("\"output_tokens\":2", "\"output_tokens\":\"2\""))
                                    << said({"usage_report/messages", "output_tokens", "whole number"});
    QTest::newRow("cache_creation missing") << usage << 200 << usagePage(R"("uncached_input_tokens":1,"output_tokens":2,"cache_read_input_tokens":3)")
                                            << said({"usage_report/messages", "cache_creation", "missing"});
    QTest::newRow("unknown actor type") << claude << 200
                                        << QByteArray(R"({"data":[{"date":"2025-03-01","actor":{"type":"robot_actor"}}],"has_more":false,"next_page":null})")
                                        << said({"claude_code", "actor.type", "robot_actor"});
    QTest::newRow("api key with empty id") << keys << 200
                                           << QByteArray(R"({"data":[{"id":"","name":"k"}],"has_more":false,"first_id":null,"last_id":null})")
                                           << said({"api_keys", "data[0].id", "empty"});
    QTest::newRow("workspaces data an object") << spaces << 200 << QByteArray(R"({"data":{},"has_more":false,"last_id":null})")
                                               << said({"workspaces", "data", "expected an array"});
    QTest::newRow("400 invalid request") << cost << 400
                                         << QByteArray(R"({"type":"error","error":{"type":"invalid_request_error","message":"limit: must be at most 31"}})")
                                         << said({"cost_report", "400", "invalid_request_error", "limit: must be at most 31"});
    QTest::newRow("401 refused key") << cost << 401
                                     << QByteArray(R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})")
                                     << said({"DevFactory", "401", "authentication_error"});
    QTest::newRow("500 on every attempt") << usage << 500
                                          << QByteArray(R"({"type":"error","error":{"type":"api_error","message":"Internal server error"}})")
                                          << said({"usage_report/messages", "500", "gave up after"});
}

void TestBadApiPages::malformedPages()
{
    QFETCH(QByteArray, endpoint);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, mentions);
    FakeApiServer fake([&](const QByteArray &head) {
        const QByteArray path = pathOf(head);
        if (path == endpoint)
            return FakeApiServer::Response{status, body, {}};
        const bool directory = path.endsWith("api_keys") || path.endsWith("workspaces");
        return FakeApiServer::Response{200, directory ? EmptyDirectory : EmptyReport, {}};
    });
    QVERIFY(fake.listen());
    const QString database = freshCopyOfSeed();
    const CliRun run = runServingEvents(runner(fake.baseUrl(), database), Window);
    QVERIFY(!run.crashed);
    QVERIFY2(run.exitCode == 3, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
    for (const QString &part : std::as_const(mentions) + QStringList{QStringLiteral("BU DevFactory"), QStringLiteral("2025-03")})
        QVERIFY2(run.err.contains(part), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(part, run.err)));
    QVERIFY2(!run.out.contains(QLatin1String("done:")), qPrintable(run.out));
    QCOMPARE(checksums(database), m_seedSums);
    qInfo().noquote() << run.err.trimmed().section(u'\n', -1);
}

void TestBadApiPages::sandboxMalformedEveryTime()
{
    // Every response is the sandbox's malformed JSON, with no cap on faults in a row: the client
    // retries as a transport error, gives up, and the stored window is untouched.
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--last-day"),
                            QStringLiteral("2026-06-30"), QStringLiteral("--faults"), QStringLiteral("malformed"),
                            QStringLiteral("--fault-rate"), QStringLiteral("1"), QStringLiteral("--max-consecutive-faults"),
                            QStringLiteral("0")}),
             qPrintable(sandbox.error()));
    const QString database = freshCopyOfSeed();
    const CliRun run = runner(sandbox.baseUrl(), database).run(Window);
    QVERIFY(!run.crashed);
    QVERIFY2(run.exitCode == 3, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
    for (const char *part : {"BU DevFactory", "2025-03", "cost_report", "not valid JSON", "gave up after"})
        QVERIFY2(run.err.contains(QLatin1String(part)), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(QLatin1String(part), run.err)));
    QCOMPARE(checksums(database), m_seedSums);
}

QTEST_GUILESS_MAIN(TestBadApiPages)
#include "tst_bad_api_pages.moc"
