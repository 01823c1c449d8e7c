#include "SandboxHttp.h"

#include "core/sandbox/SandboxServer.h"
#include "core/sandbox/SyntheticOrganization.h"

#include <QJsonArray>
#include <QTest>

using namespace tieout;
using namespace tieout::sandbox;
using tieout::test::HttpResult;
using tieout::test::SandboxHttp;

namespace {

const QString UsagePath = QStringLiteral("/v1/organizations/usage_report/messages");
const QString CostPath = QStringLiteral("/v1/organizations/cost_report");
const QString ClaudeCodePath = QStringLiteral("/v1/organizations/usage_report/claude_code");
const QByteArray DevFactoryKey = "sk-ant-admin01-sandbox-devfactory";
const QString ClientGroupBy = QStringLiteral("&group_by[]=api_key_id&group_by[]=workspace_id&group_by[]="
                                             "model&group_by[]=service_tier&group_by[]=context_window");

QString text(const QJsonValue &value)
{
    return value.isNull() ? QString() : value.toString();
}

UsageLine decodeUsage(QDate day, const QJsonObject &o)
{
    UsageLine line;
    line.date = day;
    line.apiKeyId = text(o.value(u"api_key_id"));
    line.workspaceId = text(o.value(u"workspace_id"));
    line.model = text(o.value(u"model"));
    line.serviceTier = text(o.value(u"service_tier"));
    line.contextWindow = text(o.value(u"context_window"));
    line.inferenceGeo = text(o.value(u"inference_geo"));
    const QJsonObject cache = o.value(u"cache_creation").toObject();
    line.tokens[static_cast<size_t>(TokenType::UncachedInput)] =
        o.value(u"uncached_input_tokens").toInteger();
    line.tokens[static_cast<size_t>(TokenType::Output)] = o.value(u"output_tokens").toInteger();
    line.tokens[static_cast<size_t>(TokenType::CacheRead)] = o.value(u"cache_read_input_tokens").toInteger();
    line.tokens[static_cast<size_t>(TokenType::CacheWrite5m)] =
        cache.value(u"ephemeral_5m_input_tokens").toInteger();
    line.tokens[static_cast<size_t>(TokenType::CacheWrite1h)] =
        cache.value(u"ephemeral_1h_input_tokens").toInteger();
    line.webSearchRequests = o.value(u"server_tool_use").toObject().value(u"web_search_requests").toInteger();
    return line;
}

CostLine decodeCost(QDate day, const QJsonObject &o)
{
    CostLine line;
    line.date = day;
    line.workspaceId = text(o.value(u"workspace_id"));
    line.description = text(o.value(u"description"));
    line.costType = text(o.value(u"cost_type"));
    line.model = text(o.value(u"model"));
    line.tokenType = text(o.value(u"token_type"));
    line.serviceTier = text(o.value(u"service_tier"));
    line.contextWindow = text(o.value(u"context_window"));
    line.inferenceGeo = text(o.value(u"inference_geo"));
    line.currency = text(o.value(u"currency"));
    const auto amount = Money::parseCents(o.value(u"amount").toString());
    line.amount = amount ? Money::fromNanos(amount->nanos) : Money();
    return line;
}

QDate bucketDay(const QJsonObject &bucket)
{
    return QDateTime::fromString(bucket.value(u"starting_at").toString(), Qt::ISODate).toUTC().date();
}

} // namespace

class TestSandboxServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authentication_data();
    void authentication();
    void missingVersionHeader();
    void unknownPath_data();
    void unknownPath();
    void badParameters_data();
    void badParameters();
    void usagePaginationMatchesOrganization();
    void costPaginationMatchesOrganization();
    void costGroupedByWorkspaceOnly();
    void usageFilters();
    void defaultLimits_data();
    void defaultLimits();
    void pageTokenBoundToQuery();
    void emptyBucketsArePresent();
    void claudeCodePagination();
    void directoryCursors_data();
    void directoryCursors();
    void keysSelectOrganizations();

private:
    // Follows next_page to the end; checks has_more/next_page agree on every page.
    QList<QJsonObject> fetchAll(const QString &path, const QString &query, int *pages = nullptr);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHttp> m_http;
    const SyntheticOrganization *m_org = nullptr;
};

void TestSandboxServer::initTestCase()
{
    SandboxProfile profile = SandboxProfile::demo();
    profile.lastDay = QDate(2025, 12, 31);
    m_server = std::make_unique<SandboxServer>(profile);
    const auto port = m_server->listen(0);
    QVERIFY(port.ok());
    QVERIFY(*port > 0);
    QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(*port));
    m_http = std::make_unique<SandboxHttp>(m_server->baseUrl());
    m_org = m_server->organization(QStringLiteral("DevFactory"));
    QVERIFY(m_org);
    QVERIFY(!m_server->organization(QStringLiteral("Nobody")));
}

QList<QJsonObject> TestSandboxServer::fetchAll(const QString &path, const QString &query, int *pages)
{
    QList<QJsonObject> items;
    QString page;
    int count = 0;
    for (;;) {
        const HttpResult r = m_http->get(
            path, query + (page.isEmpty() ? QString() : QStringLiteral("&page=") + page), DevFactoryKey);
        if (r.status != 200) {
            qWarning() << r.status << r.body.left(300);
            return {};
        }
        ++count;
        const QJsonObject json = r.json();
        for (const QJsonValue &v : json.value(u"data").toArray())
            items.append(v.toObject());
        const bool hasMore = json.value(u"has_more").toBool();
        const QJsonValue next = json.value(u"next_page");
        if (hasMore == next.isNull()) {
            qWarning() << "has_more disagrees with next_page";
            return {};
        }
        if (!hasMore)
            break;
        if (next.toString() == page) {
            qWarning() << "next_page repeated";
            return {};
        }
        page = next.toString();
    }
    if (pages)
        *pages = count;
    return items;
}

void TestSandboxServer::authentication_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("unknown") << QByteArray("sk-ant-admin01-someone-else");
    QTest::newRow("prefix of a real key") << QByteArray("sk-ant-admin01-sandbox-dev");
}

void TestSandboxServer::authentication()
{
    QFETCH(QByteArray, key);
    const HttpResult r = m_http->get(UsagePath, QStringLiteral("starting_at=2025-03-01T00:00:00Z"), key);
    QCOMPARE(r.status, 401);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(u"type").toString(), QStringLiteral("error"));
    QCOMPARE(r.errorType(), QStringLiteral("authentication_error"));
    QCOMPARE(r.errorMessage(), QStringLiteral("invalid x-api-key"));
    QVERIFY(json.value(u"request_id").toString().startsWith(QLatin1String("req_")));
}

void TestSandboxServer::missingVersionHeader()
{
    const HttpResult r =
        m_http->get(UsagePath, QStringLiteral("starting_at=2025-03-01T00:00:00Z"), DevFactoryKey, false);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType(), QStringLiteral("invalid_request_error"));
    QVERIFY(r.errorMessage().contains(QLatin1String("anthropic-version")));
}

void TestSandboxServer::unknownPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown report") << "/v1/organizations/usage_report/images";
    QTest::newRow("messages API") << "/v1/messages";
    QTest::newRow("root") << "/";
}

void TestSandboxServer::unknownPath()
{
    QFETCH(QString, path);
    const HttpResult r = m_http->get(path, QString(), DevFactoryKey);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorType(), QStringLiteral("not_found_error"));
}

void TestSandboxServer::badParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");
    const QString start = QStringLiteral("starting_at=2025-03-01T00:00:00Z");
    QTest::newRow("cost: no starting_at") << CostPath << "limit=3"
                                          << "starting_at";
    QTest::newRow("cost: date only") << CostPath << "starting_at=2025-03-01"
                                     << "starting_at";
    QTest::newRow("cost: garbage start") << CostPath << "starting_at=yesterday"
                                         << "starting_at";
    QTest::newRow("cost: end before start")
        << CostPath << start + u"&ending_at=2025-02-01T00:00:00Z" << "ending_at";
    QTest::newRow("cost: end equals start")
        << CostPath << start + u"&ending_at=2025-03-01T00:00:00Z" << "ending_at";
    QTest::newRow("cost: 1h buckets") << CostPath << start + u"&bucket_width=1h" << "bucket_width";
    QTest::newRow("cost: limit 32") << CostPath << start + u"&limit=32" << "limit";
    QTest::newRow("cost: limit 0") << CostPath << start + u"&limit=0" << "limit";
    QTest::newRow("cost: limit text") << CostPath << start + u"&limit=ten" << "limit";
    QTest::newRow("cost: group by model") << CostPath << start + u"&group_by[]=model" << "group_by[]";
    QTest::newRow("cost: group_by without brackets")
        << CostPath << start + u"&group_by=workspace_id" << "group_by";
    QTest::newRow("cost: unknown parameter") << CostPath << start + u"&colour=blue" << "colour";
    QTest::newRow("cost: repeated scalar") << CostPath << start + u"&" + start << "starting_at";
    QTest::newRow("cost: invented page") << CostPath << start + u"&page=page_abc" << "page";
    QTest::newRow("usage: limit 32") << UsagePath << start + u"&limit=32" << "limit";
    QTest::newRow("usage: 1h limit 169") << UsagePath << start + u"&bucket_width=1h&limit=169" << "limit";
    QTest::newRow("usage: 1h not served") << UsagePath << start + u"&bucket_width=1h" << "bucket_width";
    QTest::newRow("usage: 2d buckets") << UsagePath << start + u"&bucket_width=2d" << "bucket_width";
    QTest::newRow("usage: group by description")
        << UsagePath << start + u"&group_by[]=description" << "group_by[]";
    QTest::newRow("claude code: RFC 3339") << ClaudeCodePath << start << "starting_at";
    QTest::newRow("claude code: missing day") << ClaudeCodePath << "limit=5"
                                              << "starting_at";
    QTest::newRow("claude code: limit 1001") << ClaudeCodePath << "starting_at=2025-03-03&limit=1001"
                                             << "limit";
    QTest::newRow("claude code: ending_at") << ClaudeCodePath << "starting_at=2025-03-03&ending_at=2025-03-04"
                                            << "ending_at";
    QTest::newRow("api keys: limit 1001") << "/v1/organizations/api_keys"
                                          << "limit=1001"
                                          << "limit";
    QTest::newRow("api keys: unknown after_id") << "/v1/organizations/api_keys"
                                                << "after_id=apikey_01nope"
                                                << "after_id";
    QTest::newRow("api keys: bad status") << "/v1/organizations/api_keys"
                                          << "status=lost"
                                          << "status";
    QTest::newRow("workspaces: unknown before_id") << "/v1/organizations/workspaces"
                                                   << "before_id=wrkspc_01x"
                                                   << "before_id";
}

void TestSandboxServer::badParameters()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, named);
    const HttpResult r = m_http->get(path, query, DevFactoryKey);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType(), QStringLiteral("invalid_request_error"));
    QVERIFY2(r.errorMessage().startsWith(named + u':'), qPrintable(r.errorMessage()));
}

void TestSandboxServer::usagePaginationMatchesOrganization()
{
    // Two months in pages of 7 daily buckets, at the client's grain.
    const DateRange range{QDate(2025, 1, 1), QDate(2025, 3, 1)};
    int pages = 0;
    const QList<QJsonObject> buckets =
        fetchAll(UsagePath,
                 QStringLiteral("starting_at=2025-01-01T00:00:00Z&ending_at=2025-03-01T00:00:00Z&limit=7") +
                     ClientGroupBy,
                 &pages);
    QCOMPARE(pages, 9); // ceil(59 / 7)
    QCOMPARE(buckets.size(), range.dayCount());
    qint64 rows = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const QDate day = range.from.addDays(i);
        QCOMPARE(bucketDay(buckets[i]), day);
        QCOMPARE(buckets[i].value(u"ending_at").toString(), toRfc3339(day.addDays(1)));
        UsageLines fetched;
        for (const QJsonValue &v : buckets[i].value(u"results").toArray())
            fetched.append(decodeUsage(day, v.toObject()));
        QCOMPARE(fetched, m_org->usageForDay(day, UsageGrouping::clientGrain()));
        rows += fetched.size();
    }
    QCOMPARE(rows, m_org->totals(range).usageRows);
}

void TestSandboxServer::costPaginationMatchesOrganization()
{
    const DateRange range{QDate(2025, 1, 1), QDate(2025, 2, 1)};
    int pages = 0;
    const QList<QJsonObject> buckets =
        fetchAll(CostPath,
                 QStringLiteral("starting_at=2025-01-01T00:00:00Z&ending_at=2025-02-01T00:00:00Z&limit=10"
                                "&group_by[]=workspace_id&group_by[]=description"),
                 &pages);
    QCOMPARE(pages, 4);
    QCOMPARE(buckets.size(), 31);
    Money billed;
    qint64 lines = 0;
    for (const QJsonObject &bucket : buckets) {
        const QDate day = bucketDay(bucket);
        CostLines fetched;
        for (const QJsonValue &v : bucket.value(u"results").toArray()) {
            QVERIFY(v.toObject().value(u"amount").isString()); // cents as a string, never a number
            fetched.append(decodeCost(day, v.toObject()));
        }
        QCOMPARE(fetched, m_org->costForDay(day));
        for (const CostLine &line : fetched)
            billed += line.amount;
        lines += fetched.size();
    }
    const OrganizationTotals totals = m_org->totals(range);
    QCOMPARE(billed, totals.billed);
    QCOMPARE(lines, totals.costLines);
}

void TestSandboxServer::costGroupedByWorkspaceOnly()
{
    const QDate day(2025, 2, 12);
    const HttpResult r = m_http->get(
        CostPath,
        QStringLiteral(
            "starting_at=2025-02-12T00:00:00Z&ending_at=2025-02-13T00:00:00Z&group_by[]=workspace_id"),
        DevFactoryKey);
    QCOMPARE(r.status, 200);
    const QJsonArray results =
        r.json().value(u"data").toArray().first().toObject().value(u"results").toArray();
    Money total;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        for (const char16_t *field :
             {u"model", u"token_type", u"service_tier", u"context_window", u"inference_geo", u"description"})
            QVERIFY2(o.value(QStringView(field)).isNull(), qPrintable(QStringView(field).toString()));
        total += decodeCost(day, o).amount;
    }
    Money expected;
    for (const CostLine &line : m_org->costForDay(day))
        expected += line.amount;
    QCOMPARE(total, expected);
    QVERIFY(results.size() < m_org->costForDay(day).size());
}

void TestSandboxServer::usageFilters()
{
    const HttpResult r = m_http->get(
        UsagePath,
        QStringLiteral("starting_at=2025-04-01T00:00:00Z&ending_at=2025-05-01T00:00:00Z&limit=31"
                       "&models[]=claude-nimbus-1-20260101&group_by[]=model&group_by[]=api_key_id"),
        DevFactoryKey);
    QCOMPARE(r.status, 200);
    int rows = 0;
    for (const QJsonValue &bucket : r.json().value(u"data").toArray()) {
        for (const QJsonValue &v : bucket.toObject().value(u"results").toArray()) {
            QCOMPARE(v.toObject().value(u"model").toString(), QStringLiteral("claude-nimbus-1-20260101"));
            QVERIFY(v.toObject().value(u"workspace_id").isNull()); // not grouped
            ++rows;
        }
    }
    QVERIFY(rows > 0);
}

void TestSandboxServer::defaultLimits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("items");
    QTest::newRow("cost 7 buckets") << CostPath
                                    << "starting_at=2025-03-01T00:00:00Z&ending_at=2025-04-01T00:00:00Z" << 7;
    QTest::newRow("usage 7 buckets") << UsagePath
                                     << "starting_at=2025-03-01T00:00:00Z&ending_at=2025-04-01T00:00:00Z"
                                     << 7;
    QTest::newRow("cost max 31") << CostPath
                                 << "starting_at=2025-03-01T00:00:00Z&ending_at=2025-05-01T00:00:00Z&limit=31"
                                 << 31;
    QTest::newRow("directory 20") << "/v1/organizations/api_keys"
                                  << "" << -20;
}

void TestSandboxServer::defaultLimits()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(int, items);
    const HttpResult r = m_http->get(path, query, DevFactoryKey);
    QCOMPARE(r.status, 200);
    const QJsonObject json = r.json();
    const qsizetype size = json.value(u"data").toArray().size();
    if (items > 0) {
        QCOMPARE(size, items);
        QVERIFY(json.value(u"has_more").toBool());
    } else {
        QCOMPARE(size, std::min<qsizetype>(-items, m_org->apiKeys().size()));
    }
}

void TestSandboxServer::pageTokenBoundToQuery()
{
    const QString query = QStringLiteral("starting_at=2025-01-01T00:00:00Z&ending_at=2025-02-01T00:00:00Z");
    const HttpResult first = m_http->get(UsagePath, query, DevFactoryKey);
    QCOMPARE(first.status, 200);
    const QString token = first.json().value(u"next_page").toString();
    QVERIFY(token.startsWith(QLatin1String("page_")));

    const HttpResult second = m_http->get(UsagePath, query + QStringLiteral("&page=") + token, DevFactoryKey);
    QCOMPARE(second.status, 200);
    QCOMPARE(bucketDay(second.json().value(u"data").toArray().first().toObject()), QDate(2025, 1, 8));
    // A different limit is allowed with the same token.
    QCOMPARE(m_http->get(UsagePath, query + QStringLiteral("&limit=3&page=") + token, DevFactoryKey).status,
             200);

    const HttpResult otherQuery = m_http->get(
        UsagePath,
        QStringLiteral("starting_at=2025-01-01T00:00:00Z&ending_at=2025-03-01T00:00:00Z&page=") + token,
        DevFactoryKey);
    QCOMPARE(otherQuery.status, 400);
    QVERIFY(otherQuery.errorMessage().startsWith(QLatin1String("page:")));
    const HttpResult otherEndpoint =
        m_http->get(CostPath, query + QStringLiteral("&page=") + token, DevFactoryKey);
    QCOMPARE(otherEndpoint.status, 400);
    QString tampered = token;
    tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == u'x' ? u'y' : u'x';
    QCOMPARE(m_http->get(UsagePath, query + QStringLiteral("&page=") + tampered, DevFactoryKey).status, 400);
}

void TestSandboxServer::emptyBucketsArePresent()
{
    // The profile ends on 2025-12-31: later days are empty buckets, not missing ones.
    for (const QString &path : {UsagePath, CostPath}) {
        const HttpResult r = m_http->get(
            path, QStringLiteral("starting_at=2025-12-30T00:00:00Z&ending_at=2026-01-03T00:00:00Z"),
            DevFactoryKey);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json().value(u"data").toArray();
        QCOMPARE(data.size(), 4);
        QVERIFY(!data[0].toObject().value(u"results").toArray().isEmpty());
        QVERIFY(data[2].toObject().value(u"results").isArray());
        QVERIFY(data[2].toObject().value(u"results").toArray().isEmpty());
        QVERIFY(data[3].toObject().value(u"results").toArray().isEmpty());
        QCOMPARE(r.json().value(u"has_more").toBool(), false);
        QVERIFY(r.json().value(u"next_page").isNull());
    }
    // A quiet day inside the range is an empty bucket too.
    QDate quiet;
    for (QDate d(2025, 1, 1); d.year() == 2025 && !quiet.isValid(); d = d.addDays(1)) {
        if (m_org->usageForDay(d).isEmpty())
            quiet = d;
    }
    QVERIFY(quiet.isValid());
    const HttpResult r = m_http->get(
        UsagePath,
        QStringLiteral("starting_at=%1&ending_at=%2").arg(toRfc3339(quiet), toRfc3339(quiet.addDays(1))),
        DevFactoryKey);
    const QJsonArray data = r.json().value(u"data").toArray();
    QCOMPARE(data.size(), 1);
    QVERIFY(data[0].toObject().value(u"results").toArray().isEmpty());
}

void TestSandboxServer::claudeCodePagination()
{
    QDate day(2025, 3, 3);
    while (m_org->claudeCodeForDay(day).size() < 3)
        day = day.addDays(1);
    const ClaudeCodeRecords expected = m_org->claudeCodeForDay(day);
    int pages = 0;
    const QList<QJsonObject> records = fetchAll(
        ClaudeCodePath, QStringLiteral("starting_at=%1&limit=2").arg(day.toString(Qt::ISODate)), &pages);
    QCOMPARE(records.size(), expected.size());
    QCOMPARE(pages, int((expected.size() + 1) / 2));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject &o = records[i];
        const ProductivityRecord &p = expected[i].productivity;
        QCOMPARE(o.value(u"date").toString(), toRfc3339(day));
        const QJsonObject actor = o.value(u"actor").toObject();
        QCOMPARE(actor.value(u"type").toString(), p.actorType);
        QCOMPARE(actor.value(p.actorType == u"user_actor" ? u"email_address" : u"api_key_name").toString(),
                 p.actorId);
        QCOMPARE(o.value(u"core_metrics").toObject().value(u"num_sessions").toInteger(), p.sessions);
        QCOMPARE(o.value(u"tool_actions").toObject().size(), p.toolActions.size());
        const QJsonArray breakdown = o.value(u"model_breakdown").toArray();
        QCOMPARE(breakdown.size(), expected[i].modelBreakdown.size());
        QVERIFY(breakdown.first().toObject().value(u"estimated_cost").toObject().value(u"amount").isDouble());
    }
}

void TestSandboxServer::directoryCursors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("limit");
    QTest::newRow("api keys by 3") << "/v1/organizations/api_keys" << 3;
    QTest::newRow("workspaces by 1") << "/v1/organizations/workspaces" << 1;
    QTest::newRow("users by 4") << "/v1/organizations/users" << 4;
}

void TestSandboxServer::directoryCursors()
{
    QFETCH(QString, path);
    QFETCH(int, limit);
    QStringList ids;
    QString after;
    int pages = 0;
    for (;;) {
        const HttpResult r =
            m_http->get(path,
                        QStringLiteral("limit=%1").arg(limit) +
                            (after.isEmpty() ? QString() : QStringLiteral("&after_id=") + after),
                        DevFactoryKey);
        QCOMPARE(r.status, 200);
        const QJsonObject json = r.json();
        const QJsonArray data = json.value(u"data").toArray();
        QVERIFY(data.size() <= limit);
        QCOMPARE(json.value(u"first_id").toString(), data.first().toObject().value(u"id").toString());
        QCOMPARE(json.value(u"last_id").toString(), data.last().toObject().value(u"id").toString());
        for (const QJsonValue &v : data)
            ids.append(v.toObject().value(u"id").toString());
        ++pages;
        if (!json.value(u"has_more").toBool())
            break;
        after = json.value(u"last_id").toString();
    }
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    if (path.endsWith(u"api_keys")) {
        QStringList expected;
        for (const ApiKeyRecord &key : m_org->apiKeys())
            expected.append(key.id);
        QCOMPARE(ids, expected);
    } else if (path.endsWith(u"workspaces")) {
        QCOMPARE(ids.size(), m_org->workspaces().size());
    }
    QCOMPARE(pages, int((ids.size() + limit - 1) / limit));
    // before_id walks back from the last id.
    const HttpResult back =
        m_http->get(path, QStringLiteral("limit=%1&before_id=%2").arg(limit).arg(ids.last()), DevFactoryKey);
    QCOMPARE(back.status, 200);
    const QJsonArray data = back.json().value(u"data").toArray();
    QCOMPARE(data.last().toObject().value(u"id").toString(), ids.at(ids.size() - 2));
}

void TestSandboxServer::keysSelectOrganizations()
{
    const HttpResult dev =
        m_http->get(QStringLiteral("/v1/organizations/workspaces"), QString(), DevFactoryKey);
    const HttpResult edu = m_http->get(QStringLiteral("/v1/organizations/workspaces"), QString(),
                                       "sk-ant-admin01-sandbox-education");
    QCOMPARE(dev.status, 200);
    QCOMPARE(edu.status, 200);
    QVERIFY(dev.body != edu.body);
    const SyntheticOrganization *education = m_server->organization(QStringLiteral("Education"));
    QCOMPARE(edu.json().value(u"data").toArray().first().toObject().value(u"id").toString(),
             education->workspaces().first().id);
    QVERIFY(m_server->requestCount() > 0);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandbox_server.moc"
