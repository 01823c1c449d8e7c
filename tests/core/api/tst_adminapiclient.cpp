#include "FakeApiServer.h"
#include "core/api/AdminApiClient.h"
#include "core/sandbox/FaultSettings.h"
#include "core/sandbox/SandboxProfile.h"
#include "core/sandbox/SandboxServer.h"
#include "core/sandbox/SyntheticOrganization.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using namespace tieout::api;
using namespace tieout::sandbox;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(tieout::sandbox::FaultKind)

namespace {

const QString Bu = u"DevFactory"_s;
const QString WrongKey = u"sk-ant-admin01-wrong-key-do-not-log"_s;

// Every log line of the run, to prove no admin key ever reaches one.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (type != QtDebugMsg && g_previousHandler) // keep the test output readable
        g_previousHandler(type, context, message);
}

template<typename T>
Result<T> await(const QFuture<Result<T>> &future, int timeoutMs = 60'000)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs))
        return Error(ErrorCode::Internal, u"the future did not finish in time"_s);
    if (future.isCanceled() || future.resultCount() == 0)
        return Error(ErrorCode::Cancelled, u"the future was cancelled"_s);
    return future.result();
}

// For failure messages: QVERIFY2 evaluates its message even when the check passes.
template<typename T>
QString why(const Result<T> &result)
{
    return result ? QString() : Error::codeName(result.error().code()) + u": "_s + result.error().message();
}

} // namespace

class TestAdminApiClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void validateBaseUrl_data();
    void validateBaseUrl();
    void refusesInsecureUrlBeforeSending();
    void paginatedReportsMatchTheOrganization();
    void directoriesFollowAfterId();
    void fetchWindowCombinesEverything();
    void faultIsRecoveredByRetry_data();
    void faultIsRecoveredByRetry();
    void persistentFaultIsReported_data();
    void persistentFaultIsReported();
    void refusedKeyNamesTheBusinessUnit();
    void cancellingStopsBeforeTheNextRequest();
    void destroyingTheClientCancels();
    void protocolViolations_data();
    void protocolViolations();
    void sendsTheDocumentedRequest();
    void untrustedCertificateIsFatal();
    void debugLoggingIsOnAndKeyFree();

private:
    ClientSettings settings(const QUrl &baseUrl, const QString &key = SandboxProfile::defaultAdminKey(Bu)) const;
    const SyntheticOrganization &organization() const { return *m_sandbox->organization(Bu); }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
};

void TestAdminApiClient::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"tieout.*=true"_s);

    SandboxProfile profile = SandboxProfile::demo();
    profile.lastDay = QDate(2025, 12, 31); // independent of today
    m_sandbox = std::make_unique<SandboxServer>(profile);
    const auto port = m_sandbox->listen();
    QVERIFY2(port.ok(), qPrintable(port ? QString() : port.error().message()));
    QVERIFY(m_sandbox->organization(Bu));
}

void TestAdminApiClient::cleanup()
{
    m_sandbox->setFaults({});
    QMutexLocker lock(&g_logMutex);
    for (const QString &line : std::as_const(g_log)) {
        for (const SandboxBusinessUnit &unit : m_sandbox->profile().businessUnits)
            QVERIFY2(!line.contains(unit.adminKey), qPrintable(u"a log line carries an admin key: "_s + line.left(200)));
        QVERIFY2(!line.contains(WrongKey), "a log line carries the refused key");
    }
}

void TestAdminApiClient::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

ClientSettings TestAdminApiClient::settings(const QUrl &baseUrl, const QString &key) const
{
    ClientSettings s;
    s.businessUnit = Bu;
    s.baseUrl = baseUrl;
    s.adminKey = key;
    s.userAgent = u"Tieout-test/1.0"_s;
    s.retry.maxAttempts = 4;
    s.retry.baseDelay = 5ms;
    s.retry.maxDelay = 2000ms; // so retry-after: 1 is honoured in full (floor cap = 4 x maxDelay)
    s.retry.jitterSeed = 42;
    s.requestTimeoutMs = 5000;
    return s;
}

void TestAdminApiClient::validateBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << u"https://api.anthropic.com"_s << true;
    QTest::newRow("https proxy") << u"https://proxy.example:8443/anthropic"_s << true;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:4010"_s << true;
    QTest::newRow("http 127.x loopback") << u"http://127.8.9.10:4010"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:4010"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:4010"_s << true;
    QTest::newRow("http remote host") << u"http://api.anthropic.com"_s << false;
    QTest::newRow("http private address") << u"http://10.0.0.1:4010"_s << false;
    QTest::newRow("http loopback lookalike") << u"http://127.0.0.1.evil.example"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
}

void TestAdminApiClient::validateBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    const Status status = AdminApiClient::validateBaseUrl(QUrl(url));
    QVERIFY2(status.ok() == ok, qPrintable(status ? u"accepted"_s : status.error().message()));
    if (!ok)
        QCOMPARE(status.error().code(), ErrorCode::Config);
}

void TestAdminApiClient::refusesInsecureUrlBeforeSending()
{
    AdminApiClient client(settings(QUrl(u"http://api.anthropic.com"_s)), &m_network);
    const auto result = await(client.apiKeys());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Config);
    QVERIFY2(result.error().message().contains(Bu), qPrintable(result.error().message()));
    QCOMPARE(client.stats().requests, 0); // the key never left the process
}

void TestAdminApiClient::paginatedReportsMatchTheOrganization()
{
    // A quarter with small pages: 3 chunks (31/30/31 days) of 5-bucket pages, and 3-record
    // Claude Code pages; everything fetched must equal what the organization serves.
    const DateRange quarter{QDate(2025, 3, 1), QDate(2025, 6, 1)};
    ClientSettings s = settings(m_sandbox->baseUrl());
    s.bucketsPerPage = 5;
    s.recordsPerPage = 3;
    AdminApiClient client(s, &m_network);

    UsageLines expectedUsage;
    CostLines expectedCost;
    ProductivityRecords expectedCode;
    qint64 expectedCodePages = 0;
    for (const QDate day : quarter.days()) {
        expectedUsage += organization().usageForDay(day, UsageGrouping::clientGrain());
        expectedCost += organization().costForDay(day, CostGrouping{});
        const ProductivityRecords code = organization().productivityForDay(day);
        expectedCode += code;
        expectedCodePages += std::max<qint64>(1, (code.size() + 2) / 3);
    }
    const OrganizationTotals totals = organization().totals(quarter);
    QVERIFY(totals.usageRows > 500); // a real amount of data, not a trivially empty window

    const auto usage = await(client.usageReport(quarter));
    QVERIFY2(usage.ok(), qPrintable(why(usage)));
    QCOMPARE(client.stats().pages, 7 + 6 + 7);
    QCOMPARE(usage->size(), totals.usageRows);
    QVERIFY(*usage == expectedUsage);

    const auto cost = await(client.costReport(quarter));
    QVERIFY2(cost.ok(), qPrintable(why(cost)));
    QCOMPARE(cost->size(), totals.costLines);
    QVERIFY(*cost == expectedCost);
    Money billed;
    for (const CostLine &line : *cost)
        billed += line.amount;
    QCOMPARE(billed, totals.billed); // to the nano-dollar

    const qint64 pagesBefore = client.stats().pages;
    const auto code = await(client.claudeCodeReport(quarter));
    QVERIFY2(code.ok(), qPrintable(why(code)));
    QCOMPARE(code->size(), totals.claudeCodeRecords);
    QVERIFY(*code == expectedCode);
    QCOMPARE(client.stats().pages - pagesBefore, expectedCodePages);
    QCOMPARE(client.stats().retries, 0);
}

void TestAdminApiClient::directoriesFollowAfterId()
{
    ClientSettings s = settings(m_sandbox->baseUrl());
    s.recordsPerPage = 2;
    AdminApiClient client(s, &m_network);
    const auto keys = await(client.apiKeys());
    QVERIFY2(keys.ok(), qPrintable(why(keys)));
    QCOMPARE(*keys, organization().apiKeys());
    QVERIFY(client.stats().pages >= 3); // several after_id pages
    const auto spaces = await(client.workspaces());
    QVERIFY2(spaces.ok(), qPrintable(why(spaces)));
    QCOMPARE(*spaces, organization().workspaces());
}

void TestAdminApiClient::fetchWindowCombinesEverything()
{
    const DateRange march{QDate(2025, 3, 1), QDate(2025, 4, 1)};
    AdminApiClient client(settings(m_sandbox->baseUrl()), &m_network);
    const auto window = await(client.fetchWindow(march));
    QVERIFY2(window.ok(), qPrintable(why(window)));
    QCOMPARE(window->businessUnit, Bu);
    QCOMPARE(window->range, march);
    const OrganizationTotals totals = organization().totals(march);
    QCOMPARE(window->usageLines.size(), totals.usageRows);
    QCOMPARE(window->costLines.size(), totals.costLines);
    QCOMPARE(window->productivity.size(), totals.claudeCodeRecords);
    QCOMPARE(window->apiKeys, organization().apiKeys());
    QCOMPARE(window->workspaces, organization().workspaces());
    QCOMPARE(window->roundedAmounts, 0);
    Money billed;
    for (const CostLine &line : window->costLines)
        billed += line.amount;
    QCOMPARE(billed, totals.billed);
    // cost + usage (one 31-day page each) + 31 Claude Code days + 2 directories: modest.
    QCOMPARE(client.stats().requests, 35);
}

void TestAdminApiClient::faultIsRecoveredByRetry_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::newRow("429 with retry-after") << FaultKind::RateLimited;
    QTest::newRow("500") << FaultKind::ServerError;
    QTest::newRow("529") << FaultKind::Overloaded;
    QTest::newRow("504") << FaultKind::Timeout;
    QTest::newRow("slow beyond the timeout") << FaultKind::Slow;
    QTest::newRow("truncated body") << FaultKind::Truncated;
    QTest::newRow("malformed JSON") << FaultKind::Malformed;
}

void TestAdminApiClient::faultIsRecoveredByRetry()
{
    QFETCH(FaultKind, kind);
    // Every request is hit twice in a row, then let through.
    m_sandbox->setFaults(FaultSettings{{kind}, 1.0, 1500, 7, 2});
    ClientSettings s = settings(m_sandbox->baseUrl());
    s.requestTimeoutMs = 400;
    AdminApiClient client(s, &m_network);
    const DateRange days{QDate(2025, 4, 7), QDate(2025, 4, 10)};

    QElapsedTimer clock;
    clock.start();
    const auto usage = await(client.usageReport(days));
    QVERIFY2(usage.ok(), qPrintable(why(usage)));
    UsageLines expected;
    for (const QDate day : days.days())
        expected += organization().usageForDay(day, UsageGrouping::clientGrain());
    QVERIFY(*usage == expected);

    const ClientStats stats = client.stats();
    QCOMPARE(m_sandbox->faultStats().faults, 2);
    QCOMPARE(stats.requests, 3);
    QCOMPARE(stats.retries, 2);
    switch (kind) {
    case FaultKind::RateLimited:
        QCOMPARE(stats.retriesRateLimited, 2);
        QVERIFY2(clock.elapsed() >= 2000, "retry-after: 1 must be waited out each time");
        break;
    case FaultKind::ServerError:
    case FaultKind::Overloaded:
    case FaultKind::Timeout:
        QCOMPARE(stats.retriesServer, 2);
        break;
    case FaultKind::Slow:
    case FaultKind::Truncated:
    case FaultKind::Malformed:
        QCOMPARE(stats.retriesTransport, 2);
        break;
    }
}

void TestAdminApiClient::persistentFaultIsReported_data()
{
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("429") << FaultKind::RateLimited << ErrorCode::Api << u"HTTP 429 rate_limit_error"_s;
    QTest::newRow("500") << FaultKind::ServerError << ErrorCode::Api << u"HTTP 500 api_error: Internal server error"_s;
    QTest::newRow("529") << FaultKind::Overloaded << ErrorCode::Api << u"HTTP 529 overloaded_error"_s;
    QTest::newRow("504") << FaultKind::Timeout << ErrorCode::Api << u"HTTP 504 timeout_error"_s;
    QTest::newRow("slow") << FaultKind::Slow << ErrorCode::Network << u"no complete response within 300 ms"_s;
    QTest::newRow("truncated") << FaultKind::Truncated << ErrorCode::Network << u"broke off"_s;
    QTest::newRow("malformed") << FaultKind::Malformed << ErrorCode::Decode << u"not valid JSON"_s;
}

void TestAdminApiClient::persistentFaultIsReported()
{
    QFETCH(FaultKind, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    m_sandbox->setFaults(FaultSettings{{kind}, 1.0, 1000, 7, 0}); // no cap: it never gets through
    ClientSettings s = settings(m_sandbox->baseUrl());
    s.retry.maxAttempts = 3;
    s.requestTimeoutMs = 300;
    AdminApiClient client(s, &m_network);

    const auto cost = await(client.costReport({QDate(2025, 4, 1), QDate(2025, 4, 2)}));
    QVERIFY(!cost.ok()); // an error, never an empty or partial list
    const QString message = cost.error().message();
    QCOMPARE(cost.error().code(), code);
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(message.startsWith(u"BU DevFactory: GET /v1/organizations/cost_report"_s), qPrintable(message));
    QVERIFY2(message.contains(u"gave up after 3 attempts"_s), qPrintable(message));
    QCOMPARE(client.stats().requests, 3);
}

void TestAdminApiClient::refusedKeyNamesTheBusinessUnit()
{
    AdminApiClient client(settings(m_sandbox->baseUrl(), WrongKey), &m_network);
    const auto keys = await(client.apiKeys());
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().code(), ErrorCode::Auth);
    const QString message = keys.error().message();
    QVERIFY2(message.contains(u"the admin key of BU DevFactory was refused"_s), qPrintable(message));
    QVERIFY2(message.contains(u"HTTP 401 authentication_error: invalid x-api-key"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"wrong-key"_s), qPrintable(message));
    QCOMPARE(client.stats().requests, 1); // a refused key is not retried
}

void TestAdminApiClient::cancellingStopsBeforeTheNextRequest()
{
    m_sandbox->setFaults(FaultSettings{{FaultKind::Slow}, 1.0, 3000, 7, 0});
    ClientSettings s = settings(m_sandbox->baseUrl());
    s.requestTimeoutMs = 20'000;
    AdminApiClient client(s, &m_network);
    const qint64 before = m_sandbox->requestCount();
    QFuture<Result<WindowData>> future = client.fetchWindow({QDate(2025, 5, 1), QDate(2025, 6, 1)});
    QTRY_COMPARE(m_sandbox->requestCount(), before + 1);

    QElapsedTimer clock;
    clock.start();
    future.cancel();
    QVERIFY(QTest::qWaitFor([&future] { return future.isFinished(); }, 5000));
    QVERIFY2(clock.elapsed() < 2000, "the request in flight is aborted, not waited for");
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
    QTest::qWait(300);
    QCOMPARE(m_sandbox->requestCount(), before + 1);
    QCOMPARE(client.stats().requests, 1);
}

void TestAdminApiClient::destroyingTheClientCancels()
{
    m_sandbox->setFaults(FaultSettings{{FaultKind::Slow}, 1.0, 1000, 7, 0});
    auto client = std::make_unique<AdminApiClient>(settings(m_sandbox->baseUrl()), &m_network);
    const qint64 before = m_sandbox->requestCount();
    QFuture<Result<UsageLines>> future = client->usageReport({QDate(2025, 5, 1), QDate(2025, 5, 2)});
    QTRY_COMPARE(m_sandbox->requestCount(), before + 1);
    client.reset();
    QVERIFY(future.isFinished());
    QVERIFY(future.isCanceled());
    QTest::qWait(1200); // the late response must not reach anything that is gone
    QCOMPARE(m_sandbox->requestCount(), before + 1);
}

void TestAdminApiClient::protocolViolations_data()
{
    using Response = test::FakeApiServer::Response;
    QTest::addColumn<std::function<Response(int)>>("respond"); // by request number, from 1
    QTest::addColumn<int>("maxPages");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<int>("requests");

    using Respond = std::function<Response(int)>;
    const Respond repeating = [](int) {
        return Response{200, R"({"data":[],"has_more":true,"next_page":"page_same"})", {}};
    };
    const Respond endless = [](int n) {
        return Response{200, R"({"data":[],"has_more":true,"next_page":"page_)" + QByteArray::number(n) + "\"}", {}};
    };
    const Respond noCursor = [](int) { return Response{200, R"({"data":[],"has_more":true,"next_page":null})", {}}; };
    const Respond outsideWindow = [](int) {
        return Response{200, R"({"data":[{"starting_at":"2025-09-01T00:00:00Z","ending_at":"2025-09-02T00:00:00Z",
            "results":[{"currency":"USD","amount":"1","workspace_id":null}]}],"has_more":false,"next_page":null})", {}};
    };
    const Respond redirect = [](int) { return Response{302, {}, {{"Location", "http://127.0.0.2:9/steal"}}}; };

    QTest::newRow("a repeated page token") << repeating << 100 << ErrorCode::Decode
                                           << u"page 2): the next page cursor \"page_same\" repeats"_s << 2;
    QTest::newRow("the page cap") << endless << 5 << ErrorCode::Api << u"page limit (5 pages)"_s << 5;
    QTest::newRow("has_more without next_page") << noCursor << 100 << ErrorCode::Decode << u"field next_page"_s << 1;
    QTest::newRow("a bucket outside the window") << outsideWindow << 100 << ErrorCode::Decode << u"dated 2025-09-01"_s << 1;
    QTest::newRow("a redirect is not followed") << redirect << 100 << ErrorCode::Api << u"HTTP 302"_s << 1;
}

void TestAdminApiClient::protocolViolations()
{
    using Response = test::FakeApiServer::Response;
    QFETCH(std::function<Response(int)>, respond);
    QFETCH(int, maxPages);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    QFETCH(int, requests);

    int count = 0;
    test::FakeApiServer fake([&](const QByteArray &) { return respond(++count); });
    QVERIFY(fake.listen());
    ClientSettings s = settings(fake.baseUrl(), u"sk-ant-admin01-fake"_s);
    s.maxPages = maxPages;
    AdminApiClient client(s, &m_network);
    const auto cost = await(client.costReport({QDate(2025, 8, 1), QDate(2025, 8, 4)}));
    QVERIFY(!cost.ok());
    QCOMPARE(cost.error().code(), code);
    QVERIFY2(cost.error().message().contains(mentions), qPrintable(cost.error().message()));
    QVERIFY2(cost.error().message().startsWith(u"BU DevFactory: "_s), qPrintable(cost.error().message()));
    QCOMPARE(fake.requests().size(), requests);
}

void TestAdminApiClient::sendsTheDocumentedRequest()
{
    test::FakeApiServer fake([](const QByteArray &) {
        return test::FakeApiServer::Response{200, R"({"data":[],"has_more":false,"next_page":null})", {}};
    });
    QVERIFY(fake.listen());
    AdminApiClient client(settings(fake.baseUrl(), u"sk-ant-admin01-fake"_s), &m_network);
    QVERIFY(await(client.usageReport({QDate(2025, 8, 1), QDate(2025, 8, 3)})).ok());
    QCOMPARE(fake.requests().size(), 1);
    const QByteArray head = fake.requests().first();
    QVERIFY2(head.startsWith("GET /v1/organizations/usage_report/messages?starting_at=2025-08-01T00%3A00%3A00Z"
                             "&ending_at=2025-08-03T00%3A00%3A00Z&bucket_width=1d&limit=31"
                             "&group_by%5B%5D=api_key_id&group_by%5B%5D=workspace_id&group_by%5B%5D=model"
                             "&group_by%5B%5D=service_tier&group_by%5B%5D=context_window HTTP/1.1\r\n"),
             head.constData());
    const QByteArray lower = head.toLower();
    QVERIFY(lower.contains("\r\nx-api-key: sk-ant-admin01-fake\r\n"));
    QVERIFY(lower.contains("\r\nanthropic-version: 2023-06-01\r\n"));
    QVERIFY(lower.contains("\r\nuser-agent: tieout-test/1.0\r\n"));
}

void TestAdminApiClient::untrustedCertificateIsFatal()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QTemporaryDir dir;
    const QString key = dir.filePath(u"key.pem"_s), cert = dir.filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
                                 u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
        QSKIP("openssl could not make a self-signed certificate");
    QFile keyFile(key), certFile(cert);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));

    test::FakeApiServer fake([](const QByteArray &) {
        return test::FakeApiServer::Response{200, R"({"data":[],"has_more":false,"last_id":null})", {}};
    });
    QVERIFY(fake.listenTls(tls));
    AdminApiClient client(settings(fake.baseUrl(), u"sk-ant-admin01-fake"_s), &m_network);
    const auto keys = await(client.apiKeys());
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().code(), ErrorCode::Network);
    QCOMPARE(client.stats().requests, 1); // a certificate problem is not retried, nor waved through
    QVERIFY(fake.requests().isEmpty());   // the key was never sent
}

void TestAdminApiClient::debugLoggingIsOnAndKeyFree()
{
    // The key checks run in cleanup() after every test; this proves there was something to check.
    QMutexLocker lock(&g_logMutex);
    const bool sawRequests = std::any_of(g_log.cbegin(), g_log.cend(), [](const QString &line) {
        return line.contains(u"/v1/organizations/cost_report"_s) && line.contains(u"attempt"_s);
    });
    const bool sawRetries = std::any_of(g_log.cbegin(), g_log.cend(),
                                        [](const QString &line) { return line.contains(u"retrying in"_s); });
    QVERIFY(sawRequests);
    QVERIFY(sawRetries);
}

QTEST_GUILESS_MAIN(TestAdminApiClient)
#include "tst_adminapiclient.moc"
