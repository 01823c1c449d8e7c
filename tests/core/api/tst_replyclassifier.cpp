#include "core/api/ReplyClassifier.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTest>

using namespace tieout;
using namespace tieout::api;
using namespace Qt::Literals::StringLiterals;
using Kind = ReplyOutcome::Kind;

namespace {

const QString Bu = u"DevFactory"_s;
const QString Request = u"GET /v1/organizations/cost_report (starting_at 2025-08-01T00:00:00Z, page 2)"_s;

QByteArray errorBody(const char *type, const char *message)
{
    return QByteArray(R"({"type":"error","error":{"type":")") + type + R"(","message":")" + message
           + R"("},"request_id":"req_1"})";
}

} // namespace

class TestReplyClassifier final : public QObject
{
    Q_OBJECT

private slots:
    void httpStatus_data();
    void httpStatus();
    void transport_data();
    void transport();
    void successCarriesThePage();
    void documentedRateLimitBody();
    void retryAfterHeader_data();
    void retryAfterHeader();
};

void TestReplyClassifier::httpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");

    const int retry = int(Kind::Retry), fail = int(Kind::Fail);
    QTest::newRow("400") << 400 << errorBody("invalid_request_error", "limit must be <= 31") << fail << ErrorCode::Api
                         << u"HTTP 400 invalid_request_error: limit must be <= 31"_s;
    QTest::newRow("401 names the BU") << 401 << errorBody("authentication_error", "invalid x-api-key") << fail
                                      << ErrorCode::Auth << u"the admin key of BU DevFactory was refused"_s;
    QTest::newRow("403") << 403 << errorBody("permission_error", "not an admin key") << fail << ErrorCode::Auth
                         << u"HTTP 403 permission_error: not an admin key"_s;
    QTest::newRow("404") << 404 << errorBody("not_found_error", "no such endpoint") << fail << ErrorCode::Api
                         << u"HTTP 404 not_found_error"_s;
    QTest::newRow("429") << 429 << errorBody("rate_limit_error", "slow down") << retry << ErrorCode::Api
                         << u"HTTP 429 rate_limit_error: slow down"_s;
    QTest::newRow("500") << 500 << errorBody("api_error", "boom") << retry << ErrorCode::Api << u"HTTP 500 api_error"_s;
    QTest::newRow("502 without a JSON body") << 502 << QByteArray("<html>Bad Gateway</html>") << retry << ErrorCode::Api
                                             << u"Bad Gateway"_s;
    QTest::newRow("503") << 503 << QByteArray() << retry << ErrorCode::Api << u"HTTP 503"_s;
    QTest::newRow("504") << 504 << errorBody("timeout_error", "timed out") << retry << ErrorCode::Api << u"HTTP 504"_s;
    QTest::newRow("529") << 529 << errorBody("overloaded_error", "overloaded") << retry << ErrorCode::Api
                         << u"HTTP 529 overloaded_error"_s;
    QTest::newRow("302 is not followed") << 302 << QByteArray() << fail << ErrorCode::Api << u"redirect"_s;
    QTest::newRow("200 truncated JSON") << 200 << QByteArray(R"({"data":[{"starting_at":)") << retry << ErrorCode::Decode
                                        << u"not valid JSON"_s;
    QTest::newRow("200 not JSON at all") << 200 << QByteArray("Service Unavailable") << retry << ErrorCode::Decode
                                         << u"not valid JSON"_s;
    QTest::newRow("200 JSON array") << 200 << QByteArray("[1]") << retry << ErrorCode::Decode << u"expected an object"_s;
}

void TestReplyClassifier::httpStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);

    ReplySnapshot reply;
    reply.httpStatus = status;
    reply.body = body;
    if (status >= 400)
        reply.networkError = QNetworkReply::UnknownContentError; // what QNAM reports alongside
    const ReplyOutcome outcome = ReplyClassifier::classify(reply, Bu, Request, 1000);
    QCOMPARE(int(outcome.kind), kind);
    QCOMPARE(outcome.error.code(), code);
    const QString message = outcome.error.message();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(message.contains(u"BU DevFactory"_s), qPrintable(message));
    QVERIFY2(message.contains(u"/v1/organizations/cost_report"_s), qPrintable(message));
    if (status != 200)
        QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
}

void TestReplyClassifier::transport_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<int>("kind");

    const int retry = int(Kind::Retry), fail = int(Kind::Fail);
    QTest::newRow("connection refused") << QNetworkReply::ConnectionRefusedError << 0 << false << retry;
    QTest::newRow("connection reset") << QNetworkReply::RemoteHostClosedError << 0 << false << retry;
    QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << 0 << false << retry;
    QTest::newRow("our deadline") << QNetworkReply::OperationCanceledError << 0 << true << retry;
    QTest::newRow("closed mid-body after 200") << QNetworkReply::RemoteHostClosedError << 200 << false << retry;
    QTest::newRow("temporary failure") << QNetworkReply::TemporaryNetworkFailureError << 0 << false << retry;
    QTest::newRow("TLS handshake is final") << QNetworkReply::SslHandshakeFailedError << 0 << false << fail;
    QTest::newRow("unknown scheme is final") << QNetworkReply::ProtocolUnknownError << 0 << false << fail;
}

void TestReplyClassifier::transport()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(int, status);
    QFETCH(bool, timedOut);
    QFETCH(int, kind);

    ReplySnapshot reply;
    reply.httpStatus = status;
    reply.networkError = error;
    reply.networkErrorText = u"Connection closed"_s;
    reply.timedOut = timedOut;
    const ReplyOutcome outcome = ReplyClassifier::classify(reply, Bu, Request, 1500);
    QCOMPARE(int(outcome.kind), kind);
    QCOMPARE(outcome.error.code(), ErrorCode::Network);
    if (kind == int(Kind::Retry))
        QCOMPARE(outcome.cause, RetryCause::Transport);
    if (timedOut)
        QVERIFY2(outcome.error.message().contains(u"within 1500 ms"_s), qPrintable(outcome.error.message()));
}

void TestReplyClassifier::successCarriesThePage()
{
    ReplySnapshot reply;
    reply.httpStatus = 200;
    reply.body = R"({"data":[],"has_more":false,"next_page":null})";
    const ReplyOutcome outcome = ReplyClassifier::classify(reply, Bu, Request, 1000);
    QCOMPARE(outcome.kind, Kind::Success);
    QVERIFY(outcome.page.value(u"data"_s).isArray());
}

void TestReplyClassifier::documentedRateLimitBody()
{
    QFile file(test::dataPath(u"api/error_rate_limit.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ReplySnapshot reply;
    reply.httpStatus = 429;
    reply.body = file.readAll();
    reply.retryAfter = "1";
    const ReplyOutcome outcome = ReplyClassifier::classify(reply, Bu, Request, 1000);
    QCOMPARE(outcome.kind, Kind::Retry);
    QCOMPARE(outcome.cause, RetryCause::RateLimited);
    QCOMPARE(outcome.retryAfterSeconds, std::optional<int>(1));
    QVERIFY(outcome.error.message().contains(u"rate_limit_error: Number of requests has exceeded your rate limit"_s));
}

void TestReplyClassifier::retryAfterHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds"); // -1 = ignored
    QTest::newRow("seconds") << QByteArray("1") << 1;
    QTest::newRow("padded") << QByteArray(" 30 ") << 30;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative") << QByteArray("-4") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("HTTP date") << QByteArray("Wed, 21 Oct 2025 07:28:00 GMT") << -1;
}

void TestReplyClassifier::retryAfterHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const auto parsed = ReplyClassifier::parseRetryAfter(header);
    QCOMPARE(parsed.has_value(), seconds >= 0);
    if (parsed)
        QCOMPARE(*parsed, seconds);
}

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
