#include "SandboxHttp.h"

#include "core/sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tieout;
using namespace tieout::sandbox;
using tieout::test::HttpResult;
using tieout::test::SandboxHttp;

namespace {

const QString KeysPath = QStringLiteral("/v1/organizations/api_keys");
const QString UsagePath = QStringLiteral("/v1/organizations/usage_report/messages");
const QByteArray Key = "sk-ant-admin01-sandbox-research";

FaultSettings only(FaultKind kind, int maxConsecutive = 0, int slowMs = 3000)
{
    FaultSettings settings;
    settings.kinds = {kind};
    settings.rate = 1.0;
    settings.maxConsecutive = maxConsecutive;
    settings.slowMs = slowMs;
    return settings;
}

} // namespace

// Faults on the wire: every kind shows up at rate 1.0, the cap lets a retrying client
// through, and a slow response does not hold up other requests.
class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void statusFaults_data();
    void statusFaults();
    void malformed();
    void truncated();
    void slowDoesNotBlockTheServer();
    void capLetsRetriesThrough_data();
    void capLetsRetriesThrough();
    void faultsOnlyHitRequestsThatWouldSucceed();
    void sameSeedSameFaults();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxFaults::initTestCase()
{
    SandboxProfile profile = SandboxProfile::demo();
    profile.lastDay = QDate(2025, 12, 31);
    m_server = std::make_unique<SandboxServer>(profile);
    QVERIFY(m_server->listen().ok());
    m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
}

void TestSandboxFaults::init()
{
    m_server->setFaults({});
}

void TestSandboxFaults::statusFaults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("429") << int(FaultKind::RateLimited) << 429 << "rate_limit_error";
    QTest::newRow("500") << int(FaultKind::ServerError) << 500 << "api_error";
    QTest::newRow("529") << int(FaultKind::Overloaded) << 529 << "overloaded_error";
    QTest::newRow("504") << int(FaultKind::Timeout) << 504 << "timeout_error";
}

void TestSandboxFaults::statusFaults()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, type);
    m_server->setFaults(only(static_cast<FaultKind>(kind)));
    const HttpResult r = m_http->get(KeysPath, QString(), Key);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(u"type").toString(), QStringLiteral("error"));
    QCOMPARE(r.errorType(), type);
    QCOMPARE(r.retryAfter, status == 429 ? QByteArray("1") : QByteArray());
    QCOMPARE(m_server->faultStats().count(static_cast<FaultKind>(kind)), 1);
    QCOMPARE(m_server->faultStats().faults, 1);
}

void TestSandboxFaults::malformed()
{
    m_server->setFaults(only(FaultKind::Malformed));
    const HttpResult r = m_http->get(KeysPath, QString(), Key);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.isEmpty());
    QVERIFY(!r.isJson());
}

void TestSandboxFaults::truncated()
{
    m_server->setFaults({});
    const HttpResult full = m_http->get(KeysPath, QString(), Key);
    QVERIFY(full.isJson());
    m_server->setFaults(only(FaultKind::Truncated));
    const HttpResult r = m_http->get(KeysPath, QString(), Key);
    QVERIFY(r.finished);
    qInfo() << "truncated reply:" << r.status << r.error << r.body.size() << "of" << full.body.size()
            << "bytes";
    // Either the transport reports the short read, or the client holds half a JSON document.
    QVERIFY(r.error != QNetworkReply::NoError || !r.isJson());
    QVERIFY(r.body.size() < full.body.size());
    QVERIFY(full.body.startsWith(r.body));
    QCOMPARE(m_server->faultStats().count(FaultKind::Truncated), 1);
}

void TestSandboxFaults::slowDoesNotBlockTheServer()
{
    m_server->setFaults(only(FaultKind::Slow, 0, 1500));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow = m_http->start(KeysPath, QString(), Key);
    // Let the slow request reach the server, then serve another one without faults.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->faultStats().count(FaultKind::Slow), 1, 5000);
    m_server->setFaults({});
    const HttpResult quick =
        m_http->get(UsagePath, QStringLiteral("starting_at=2025-05-01T00:00:00Z&limit=3"), Key);
    QCOMPARE(quick.status, 200);
    QVERIFY2(timer.elapsed() < 1400, "a slow response must not block the event loop");
    const HttpResult late = SandboxHttp::wait(slow);
    QCOMPARE(late.status, 200);
    QVERIFY(late.isJson());
    QVERIFY(timer.elapsed() >= 1500);
}

void TestSandboxFaults::capLetsRetriesThrough_data()
{
    QTest::addColumn<int>("cap");
    QTest::newRow("cap 1") << 1;
    QTest::newRow("cap 3") << 3;
}

void TestSandboxFaults::capLetsRetriesThrough()
{
    QFETCH(int, cap);
    FaultSettings settings = only(FaultKind::ServerError, cap);
    settings.kinds = {FaultKind::RateLimited, FaultKind::ServerError, FaultKind::Overloaded,
                      FaultKind::Timeout, FaultKind::Malformed};
    m_server->setFaults(settings);
    const QString query = QStringLiteral("starting_at=2025-05-01T00:00:00Z&limit=2");
    for (int round = 0; round < 2; ++round) {
        for (int attempt = 0; attempt < cap; ++attempt) {
            const HttpResult r = m_http->get(UsagePath, query, Key);
            QVERIFY2(r.status != 200 || !r.isJson(),
                     qPrintable(QStringLiteral("attempt %1 was not faulted").arg(attempt)));
            // Another request in between does not reset this one's streak.
            (void)m_http->get(KeysPath, QStringLiteral("limit=%1").arg(round * 10 + attempt + 1), Key);
        }
        const HttpResult through = m_http->get(UsagePath, query, Key);
        QCOMPARE(through.status, 200);
        QVERIFY(through.isJson());
    }
    QCOMPARE(m_server->faultStats().sparedByCap, 2);
}

void TestSandboxFaults::faultsOnlyHitRequestsThatWouldSucceed()
{
    m_server->setFaults(only(FaultKind::ServerError));
    QCOMPARE(m_http->get(KeysPath, QString(), "sk-ant-admin01-wrong").status, 401);
    QCOMPARE(m_http->get(UsagePath, QStringLiteral("limit=3"), Key).status, 400);
    QCOMPARE(m_http->get(QStringLiteral("/v1/nowhere"), QString(), Key).status, 404);
    QCOMPARE(m_server->faultStats().faults, 0);
}

void TestSandboxFaults::sameSeedSameFaults()
{
    FaultSettings settings;
    settings.kinds = {FaultKind::RateLimited, FaultKind::ServerError, FaultKind::Overloaded,
                      FaultKind::Timeout};
    settings.rate = 0.5;
    settings.seed = 1234;
    const auto run = [&]() {
        m_server->setFaults(settings);
        QList<int> statuses;
        for (int i = 0; i < 12; ++i)
            statuses.append(m_http->get(KeysPath, QStringLiteral("limit=%1").arg(i + 1), Key).status);
        return statuses;
    };
    const QList<int> first = run();
    QCOMPARE(run(), first);
    QVERIFY(first.contains(200));
    QVERIFY(first.count(200) < first.size());
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
