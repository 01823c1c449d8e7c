#include "core/api/ApiRequestFactory.h"
#include "core/api/ClientSettings.h"

#include <QTest>
#include <QUrlQuery>

using namespace tieout;
using namespace tieout::api;
using namespace Qt::Literals::StringLiterals;

namespace {

// The URL as a server that decodes percent-encoding (as HTTP servers do) reads it.
QString decoded(const QUrl &url)
{
    QStringList pairs;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        pairs.append(key + u'=' + value);
    return url.toString(QUrl::RemoveQuery) + u'?' + pairs.join(u'&');
}

} // namespace

class TestApiRequestFactory final : public QObject
{
    Q_OBJECT

private slots:
    void reportQueries_data();
    void reportQueries();
    void bracketsAndTokensArePercentEncoded();
    void basePathIsKept_data();
    void basePathIsKept();
    void headersCarryTheKeyNotTheUrl();
};

void TestApiRequestFactory::reportQueries_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expectedQuery"); // decoded, in order

    const DateRange july{QDate(2025, 7, 1), QDate(2025, 8, 1)};
    QTest::newRow("cost") << decoded(ApiRequestFactory::url(QUrl(u"https://api.anthropic.com"_s), ApiRequestFactory::costReportPath(),
                                                    ApiRequestFactory::costReportQuery(july, 31)))

                          << u"https://api.anthropic.com/v1/organizations/cost_report?starting_at=2025-07-01T00:00:00Z"
                             "&ending_at=2025-08-01T00:00:00Z&bucket_width=1d&limit=31"
                             "&group_by[]=workspace_id&group_by[]=description"_s;
    QTest::newRow("usage") << decoded(ApiRequestFactory::url(QUrl(u"https://api.anthropic.com"_s), ApiRequestFactory::usageReportPath(),
                                                     ApiRequestFactory::usageReportQuery(july, 7)))
 
                           << u"https://api.anthropic.com/v1/organizations/usage_report/messages"
                              "?starting_at=2025-07-01T00:00:00Z&ending_at=2025-08-01T00:00:00Z&bucket_width=1d&limit=7"
                              "&group_by[]=api_key_id&group_by[]=workspace_id&group_by[]=model"
                              "&group_by[]=service_tier&group_by[]=context_window"_s;
    QTest::newRow("claude code") << decoded(ApiRequestFactory::url(QUrl(u"https://api.anthropic.com"_s), ApiRequestFactory::claudeCodePath(),
                                                           ApiRequestFactory::claudeCodeQuery(QDate(2025, 8, 8), 1000)))
       
                                 << u"https://api.anthropic.com/v1/organizations/usage_report/claude_code"
                                    "?starting_at=2025-08-08&limit=1000"_s;
    QTest::newRow("api keys") << decoded(ApiRequestFactory::url(QUrl(u"https://api.anthropic.com"_s), ApiRequestFactory::apiKeysPath(),
                                                        ApiRequestFactory::apiKeysQuery(1000)))
    
                              << u"https://api.anthropic.com/v1/organizations/api_keys?limit=1000"_s;
    QTest::newRow("workspaces") << decoded(ApiRequestFactory::url(QUrl(u"https://api.anthropic.com"_s), ApiRequestFactory::workspacesPath(),
                                                          ApiRequestFactory::workspacesQuery(1000)))
                                << u"https://api.anthropic.com/v1/organizations/workspaces?limit=1000&include_archived=true"_s;
}

void TestApiRequestFactory::reportQueries()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, expectedQuery);
    QCOMPARE(endpoint, expectedQuery);
}

void TestApiRequestFactory::bracketsAndTokensArePercentEncoded()
{
    const DateRange day{QDate(2025, 8, 1), QDate(2025, 8, 2)};
    QueryItems query = ApiRequestFactory::costReportQuery(day, 31);
    query.append({QString(ApiRequestFactory::cursorParameter(CursorStyle::PageToken)), u"page_a+b/c=="_s});
    const QUrl url = ApiRequestFactory::url(QUrl(u"http://127.0.0.1:8080"_s), ApiRequestFactory::costReportPath(), query);
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(encoded.contains("group_by%5B%5D=workspace_id&group_by%5B%5D=description"), encoded.constData());
    QVERIFY2(encoded.contains("starting_at=2025-08-01T00%3A00%3A00Z"), encoded.constData());
    // An opaque token with '+', '/' and '=' must arrive byte for byte.
    QVERIFY2(encoded.contains("page=page_a%2Bb%2Fc%3D%3D"), encoded.constData());
    QVERIFY2(decoded(url).endsWith(u"&group_by[]=workspace_id&group_by[]=description&page=page_a+b/c=="_s),
             qPrintable(decoded(url)));
    QCOMPARE(ApiRequestFactory::cursorParameter(CursorStyle::AfterId), "after_id"_L1);
}

void TestApiRequestFactory::basePathIsKept_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << u"https://api.anthropic.com"_s << u"https://api.anthropic.com/v1/organizations/api_keys"_s;
    QTest::newRow("trailing slash") << u"https://api.anthropic.com/"_s << u"https://api.anthropic.com/v1/organizations/api_keys"_s;
    QTest::newRow("proxy prefix") << u"https://proxy.example/anthropic/"_s
                                  << u"https://proxy.example/anthropic/v1/organizations/api_keys"_s;
    QTest::newRow("loopback port") << u"http://127.0.0.1:4010"_s << u"http://127.0.0.1:4010/v1/organizations/api_keys"_s;
}

void TestApiRequestFactory::basePathIsKept()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const QUrl url = ApiRequestFactory::url(QUrl(base), ApiRequestFactory::apiKeysPath(), {});
    QCOMPARE(url.toString(), expected);
}

void TestApiRequestFactory::headersCarryTheKeyNotTheUrl()
{
    ClientSettings settings;
    settings.businessUnit = u"DevFactory"_s;
    settings.adminKey = u"sk-ant-admin01-secret-value"_s;
    settings.userAgent = u"Tieout/9.9"_s;
    const QUrl url = ApiRequestFactory::url(settings.baseUrl, ApiRequestFactory::workspacesPath(), ApiRequestFactory::workspacesQuery(1000));
    const QNetworkRequest request = ApiRequestFactory::request(url, settings);
    QCOMPARE(request.rawHeader("x-api-key"), QByteArray("sk-ant-admin01-secret-value"));
    QCOMPARE(request.rawHeader("anthropic-version"), QByteArray("2023-06-01"));
    QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toString(), u"Tieout/9.9"_s);
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));
    QVERIFY(!request.url().toString(QUrl::FullyDecoded).contains(u"sk-ant"_s));
}

QTEST_GUILESS_MAIN(TestApiRequestFactory)
#include "tst_apirequestfactory.moc"
