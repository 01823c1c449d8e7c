#include "core/api/ClaudeCodePageDecoder.h"
#include "core/api/CostPageDecoder.h"
#include "core/api/DirectoryPageDecoder.h"
#include "core/api/UsagePageDecoder.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTest>

using namespace tieout;
using namespace tieout::api;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Where = u"GET /v1/organizations/x (starting_at 2025-08-01T00:00:00Z, page 3)"_s;

QByteArray fixture(const QString &name)
{
    QFile file(test::dataPath(u"api/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Well-formed pieces; each malformed case breaks exactly one thing at a known path.
const QByteArray GoodCost = R"({"currency":"USD","amount":"1.5","workspace_id":null,"description":"d",
    "cost_type":"tokens","context_window":"0-200k","model":"m","service_tier":"standard",
    "token_type":"output_tokens","inference_geo":null})";
const QByteArray GoodUsage = R"({"uncached_input_tokens":1,"cache_creation":{"ephemeral_1h_input_tokens":2,
    "ephemeral_5m_input_tokens":3},"cache_read_input_tokens":4,"output_tokens":5,
    "server_tool_use":{"web_search_requests":6},"api_key_id":"k","workspace_id":null,"model":"m",
    "service_tier":"standard","context_window":"0-200k"})";
const QByteArray GoodClaude = R"({"date":"2025-08-01","actor":{"type":"user_actor","email_address":"a@b.c"},
    "organization_id":"o","customer_type":"api","terminal_type":"vscode",
    "core_metrics":{"num_sessions":1,"lines_of_code":{"added":2,"removed":3},"commits_by_claude_code":4,
    "pull_requests_by_claude_code":5},"tool_actions":{"edit_tool":{"accepted":1,"rejected":0}}})";

// A bucketed report page whose bad result sits at data[1].results[1].
QByteArray bucketPage(const QByteArray &good, const QByteArray &bad)
{
    return R"({"data":[{"starting_at":"2025-07-31T00:00:00Z","ending_at":"2025-08-01T00:00:00Z","results":[)" + good
           + R"(]},{"starting_at":"2025-08-01T00:00:00Z","ending_at":"2025-08-02T00:00:00Z","results":[)" + good
           + ',' + bad + R"(]}],"has_more":false,"next_page":null})";
}

// `good` with one field replaced (or removed when `value` is empty).
QByteArray with(const QByteArray &good, const char *field, const QByteArray &value)
{
    QByteArray text = good;
    const QByteArray key = QByteArray("\"") + field + "\":";
    const qsizetype start = text.indexOf(key);
    Q_ASSERT(start >= 0);
    // The value ends at the next ',' or '}' at the same nesting depth.
    qsizetype end = start + key.size();
    int depth = 0;
    for (; end < text.size(); ++end) {
        const char c = text.at(end);
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && depth-- == 0)
            break;
        else if (c == ',' && depth == 0)
            break;
    }
    if (value.isEmpty()) {
        const bool trailingComma = end < text.size() && text.at(end) == ',';
        text.remove(start, end - start + (trailingComma ? 1 : 0));
    } else {
        text.replace(start + key.size(), end - start - key.size(), value);
    }
    return text;
}

QByteArray listPage(const QByteArray &entries, const char *tail = R"("has_more":false,"next_page":null)")
{
    return "{\"data\":[" + entries + "]," + tail + '}';
}

// Decodes with the decoder named by `kind`; the number of records, or the error.
Result<qsizetype> decodeAs(const QString &kind, const QByteArray &body)
{
    auto count = [](const auto &page) -> Result<qsizetype> {
        if (!page)
            return page.error();
        return page->items.size();
    };
    if (kind == u"cost")
        return count(CostPageDecoder::decode(body, Where));
    if (kind == u"usage")
        return count(UsagePageDecoder::decode(body, Where));
    if (kind == u"claude_code")
        return count(ClaudeCodePageDecoder::decode(body, Where));
    if (kind == u"api_keys")
        return count(DirectoryPageDecoder::decodeApiKeys(body, Where));
    return count(DirectoryPageDecoder::decodeWorkspaces(body, Where));
}

} // namespace

class TestPageDecoders final : public QObject
{
    Q_OBJECT

private slots:
    void costPage();
    void usagePage();
    void claudeCodePage();
    void claudeCodeDateForms_data();
    void claudeCodeDateForms();
    void directoryPages();
    void ungroupedDimensionsAreNull();
    void malformed_data();
    void malformed();
};

void TestPageDecoders::costPage()
{
    const auto page = CostPageDecoder::decode(fixture(u"cost_report_page.json"_s), Where);
    QVERIFY2(page.ok(), qPrintable(page ? QString() : page.error().message()));
    QCOMPARE(page->items.size(), 4);
    QVERIFY(page->hasMore);
    QCOMPARE(page->next, u"page_MjAyNS0wOC0wNFQwMDowMDowMFo="_s);
    QCOMPARE(page->roundedAmounts, 1);

    const CostLine &tokens = page->items.at(0);
    QCOMPARE(tokens.date, QDate(2025, 8, 1));
    QCOMPARE(tokens.amount, Money::fromNanos(1'237'891'200)); // "123.78912" cents = $1.2378912
    QCOMPARE(tokens.workspaceId, u"wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"_s);
    QCOMPARE(tokens.tokenType, u"uncached_input_tokens"_s);
    QCOMPARE(tokens.serviceTier, u"standard"_s);
    QCOMPARE(tokens.currency, u"USD"_s);
    QVERIFY(tokens.inferenceGeo.isNull());

    const CostLine &webSearch = page->items.at(1);
    QCOMPARE(webSearch.amount, Money::fromNanos(500'000'000)); // "50" cents
    QVERIFY(webSearch.workspaceId.isNull()); // the default workspace
    QVERIFY(webSearch.model.isNull());
    QVERIFY(webSearch.tokenType.isNull());
    QCOMPARE(webSearch.costType, u"web_search"_s);

    const CostLine &rounded = page->items.at(2);
    QCOMPARE(rounded.date, QDate(2025, 8, 2));
    QCOMPARE(rounded.amount, Money::fromNanos(10'000'000)); // 1.000000015 cents, half-even to the nano
    QCOMPARE(rounded.tokenType, u"cache_creation.ephemeral_1h_input_tokens"_s);
    QCOMPARE(rounded.inferenceGeo, u"us"_s);

    const CostLine &credit = page->items.at(3);
    QCOMPARE(credit.amount, Money::fromNanos(-2'505'000'000));
    QCOMPARE(credit.costType, u"credit_adjustment"_s); // unknown cost types are kept verbatim
}

void TestPageDecoders::usagePage()
{
    const auto page = UsagePageDecoder::decode(fixture(u"usage_report_page.json"_s), Where);
    QVERIFY2(page.ok(), qPrintable(page ? QString() : page.error().message()));
    QCOMPARE(page->items.size(), 2);
    QVERIFY(!page->hasMore);
    QVERIFY(page->next.isNull());

    const UsageLine &line = page->items.at(0);
    QCOMPARE(line.date, QDate(2025, 8, 1));
    QCOMPARE(line.tokensOf(TokenType::UncachedInput), 1500);
    QCOMPARE(line.tokensOf(TokenType::CacheWrite1h), 1000);
    QCOMPARE(line.tokensOf(TokenType::CacheWrite5m), 500);
    QCOMPARE(line.tokensOf(TokenType::CacheRead), 200);
    QCOMPARE(line.tokensOf(TokenType::Output), 500);
    QCOMPARE(line.webSearchRequests, 10);
    QCOMPARE(line.apiKeyId, u"apikey_01Rj2N8SVvo6BePZj99NhmiT"_s);
    QCOMPARE(line.model, u"claude-sonnet-4-20250514"_s);
    QCOMPARE(line.contextWindow, u"0-200k"_s);
    QCOMPARE(line.inferenceGeo, u"global"_s);

    const UsageLine &console = page->items.at(1);
    QCOMPARE(console.tokensOf(TokenType::UncachedInput), Q_INT64_C(9007199254740993)); // beyond a double's precision
    QCOMPARE(console.tokensOf(TokenType::Output), 1000); // 1e3 is a whole number
    QVERIFY(console.apiKeyId.isNull());    // Console / Workbench
    QVERIFY(console.workspaceId.isNull()); // default workspace
    QCOMPARE(console.serviceTier, u"priority"_s); // unknown tiers are kept, not dropped
    QVERIFY(console.inferenceGeo.isNull()); // absent = not grouped
}

void TestPageDecoders::claudeCodePage()
{
    const auto page = ClaudeCodePageDecoder::decode(fixture(u"claude_code_page.json"_s), Where);
    QVERIFY2(page.ok(), qPrintable(page ? QString() : page.error().message()));
    QCOMPARE(page->items.size(), 2);
    QVERIFY(page->hasMore);
    QCOMPARE(page->next, u"page_Y2xhdWRlLWNvZGUtMg=="_s);

    const ProductivityRecord &user = page->items.at(0);
    QCOMPARE(user.date, QDate(2025, 8, 8));
    QCOMPARE(user.actorType, u"user_actor"_s);
    QCOMPARE(user.actorId, u"user@example.com"_s);
    QCOMPARE(user.organizationId, u"12345678-1234-5678-1234-567812345678"_s);
    QCOMPARE(user.customerType, u"api"_s);
    QCOMPARE(user.terminalType, u"iTerm.app"_s);
    QCOMPARE(user.sessions, 15);
    QCOMPARE(user.linesAdded, 342);
    QCOMPARE(user.linesRemoved, 128);
    QCOMPARE(user.commits, 8);
    QCOMPARE(user.pullRequests, 2);
    QCOMPARE(user.toolActions.size(), 4);
    QCOMPARE(user.toolActions.value(u"edit_tool"_s), (ToolActionCounts{25, 3}));
    QCOMPARE(user.toolActions.value(u"write_tool"_s), (ToolActionCounts{8, 0}));

    const ProductivityRecord &bot = page->items.at(1);
    QCOMPARE(bot.date, QDate(2025, 8, 8));
    QCOMPARE(bot.actorType, u"api_actor"_s);
    QCOMPARE(bot.actorId, u"ci-bot"_s);
    QVERIFY(bot.terminalType.isNull());
    QCOMPARE(bot.toolActions.value(u"grep_tool"_s), (ToolActionCounts{4, 0})); // a tool added later is kept
}

void TestPageDecoders::claudeCodeDateForms_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("YYYY-MM-DD") << QByteArray("2025-08-08") << QDate(2025, 8, 8);
    QTest::newRow("RFC 3339 Z") << QByteArray("2025-08-08T00:00:00Z") << QDate(2025, 8, 8);
    QTest::newRow("RFC 3339 fraction") << QByteArray("2025-08-08T00:00:00.000Z") << QDate(2025, 8, 8);
    QTest::newRow("RFC 3339 offset, UTC date") << QByteArray("2025-08-07T23:30:00-01:00") << QDate(2025, 8, 8);
}

void TestPageDecoders::claudeCodeDateForms()
{
    QFETCH(QByteArray, date);
    QFETCH(QDate, expected);
    const auto page = ClaudeCodePageDecoder::decode(listPage(with(GoodClaude, "date", '"' + date + '"')), Where);
    QVERIFY2(page.ok(), qPrintable(page ? QString() : page.error().message()));
    QCOMPARE(page->items.at(0).date, expected);
}

void TestPageDecoders::directoryPages()
{
    const auto keys = DirectoryPageDecoder::decodeApiKeys(fixture(u"api_keys_page.json"_s), Where);
    QVERIFY2(keys.ok(), qPrintable(keys ? QString() : keys.error().message()));
    QCOMPARE(keys->items.size(), 2);
    QCOMPARE(keys->items.at(0), (ApiKeyRecord{u"apikey_01Rj2N8SVvo6BePZj99NhmiT"_s, u"Developer Key"_s,
                                              u"wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"_s, u"active"_s}));
    QVERIFY(keys->items.at(1).workspaceId.isNull());
    QCOMPARE(keys->items.at(1).status, u"archived"_s);
    QVERIFY(keys->hasMore);
    QCOMPARE(keys->next, u"apikey_01XyzDefaultWorkspaceKey"_s); // next page: after_id = last_id

    const auto spaces = DirectoryPageDecoder::decodeWorkspaces(fixture(u"workspaces_page.json"_s), Where);
    QVERIFY2(spaces.ok(), qPrintable(spaces ? QString() : spaces.error().message()));
    QCOMPARE(spaces->items, (WorkspaceRecords{{u"wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ"_s, u"Research Lab"_s}}));
    QVERIFY(!spaces->hasMore);
    QVERIFY(spaces->next.isNull());
}

void TestPageDecoders::ungroupedDimensionsAreNull()
{
    // Without a group_by the dimension is absent; absent and null both read as null, never "".
    QByteArray bare = with(with(GoodUsage, "api_key_id", {}), "model", {});
    const auto usage = UsagePageDecoder::decode(bucketPage(GoodUsage, bare), Where);
    QVERIFY2(usage.ok(), qPrintable(usage ? QString() : usage.error().message()));
    QVERIFY(usage->items.at(2).apiKeyId.isNull());
    QVERIFY(usage->items.at(2).model.isNull());
    QCOMPARE(usage->items.at(2).serviceTier, u"standard"_s);

    const auto cost = CostPageDecoder::decode(bucketPage(GoodCost, with(GoodCost, "description", "\"\"")), Where);
    QVERIFY2(cost.ok(), qPrintable(cost ? QString() : cost.error().message()));
    QVERIFY(!cost->items.at(2).description.isNull()); // an empty string stays an empty string
    QVERIFY(cost->items.at(2).description.isEmpty());
}

void TestPageDecoders::malformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path"); // what the message must name

    const QString cost = u"cost"_s, usage = u"usage"_s, claude = u"claude_code"_s;
    const QString keys = u"api_keys"_s, spaces = u"workspaces"_s;
    const QString bad = u"data[1].results[1]."_s;
    auto costWith = [](const char *field, const QByteArray &value) { return bucketPage(GoodCost, with(GoodCost, field, value)); };
    auto usageWith = [](const char *field, const QByteArray &value) { return bucketPage(GoodUsage, with(GoodUsage, field, value)); };
    auto claudeWith = [](const char *field, const QByteArray &value) {
        return listPage(GoodClaude + ',' + with(GoodClaude, field, value));
    };

    // The envelope
    QTest::newRow("truncated JSON") << cost << bucketPage(GoodCost, GoodCost).chopped(20) << u"not valid JSON"_s;
    QTest::newRow("empty body") << usage << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("HTML instead of JSON") << cost << QByteArray("<html>502</html>") << u"not valid JSON"_s;
    QTest::newRow("top level array") << cost << QByteArray("[]") << u"expected an object"_s;
    QTest::newRow("data not an array") << cost << QByteArray(R"({"data":{},"has_more":false})") << u"field data:"_s;
    QTest::newRow("data missing") << usage << QByteArray(R"({"has_more":false})") << u"field data:"_s;
    QTest::newRow("has_more not bool") << cost << QByteArray(R"({"data":[],"has_more":"false"})") << u"field has_more:"_s;
    QTest::newRow("has_more missing") << claude << QByteArray(R"({"data":[],"next_page":null})") << u"field has_more:"_s;
    QTest::newRow("has_more with null next_page") << usage << QByteArray(R"({"data":[],"has_more":true,"next_page":null})")
                                                  << u"field next_page: has_more is true"_s;
    QTest::newRow("has_more with empty next_page") << claude << QByteArray(R"({"data":[],"has_more":true,"next_page":""})")
                                                   << u"field next_page:"_s;
    QTest::newRow("next_page a number") << cost << QByteArray(R"({"data":[],"has_more":true,"next_page":7})") << u"field next_page:"_s;
    QTest::newRow("bucket not an object") << cost << listPage("42") << u"field data[0]:"_s;
    QTest::newRow("results missing") << usage << listPage(R"({"starting_at":"2025-08-01T00:00:00Z"})") << u"data[0].results"_s;
    QTest::newRow("results null") << cost << listPage(R"({"starting_at":"2025-08-01T00:00:00Z","results":null})")
                                  << u"data[0].results"_s;
    QTest::newRow("starting_at garbage") << usage << listPage(R"({"starting_at":"yesterday","results":[]})")
                                         << u"data[0].starting_at"_s;
    QTest::newRow("starting_at missing") << cost << listPage(R"({"results":[]})") << u"data[0].starting_at"_s;
    QTest::newRow("result not an object") << cost << bucketPage(GoodCost, "\"x\"") << u"field data[1].results[1]:"_s;

    // Cost results
    QTest::newRow("amount a number") << cost << costWith("amount", "12.5") << bad + u"amount"_s;
    QTest::newRow("amount garbage") << cost << costWith("amount", "\"12abc\"") << bad + u"amount"_s;
    QTest::newRow("amount empty") << cost << costWith("amount", "\"\"") << bad + u"amount"_s;
    QTest::newRow("amount null") << cost << costWith("amount", "null") << bad + u"amount"_s;
    QTest::newRow("amount missing") << cost << costWith("amount", {}) << bad + u"amount"_s;
    QTest::newRow("currency not USD") << cost << costWith("currency", "\"EUR\"") << bad + u"currency"_s;
    QTest::newRow("currency missing") << cost << costWith("currency", {}) << bad + u"currency"_s;
    QTest::newRow("workspace_id a number") << cost << costWith("workspace_id", "5") << bad + u"workspace_id"_s;
    QTest::newRow("model a bool") << cost << costWith("model", "true") << bad + u"model"_s;

    // Usage results
    QTest::newRow("fractional tokens") << usage << usageWith("uncached_input_tokens", "1.5") << bad + u"uncached_input_tokens"_s;
    QTest::newRow("negative tokens") << usage << usageWith("output_tokens", "-3") << bad + u"output_tokens"_s;
    QTest::newRow("tokens as a string") << usage << usageWith("cache_read_input_tokens", "\"4\"") << bad + u"cache_read_input_tokens"_s;
    QTest::newRow("tokens null") << usage << usageWith("output_tokens", "null") << bad + u"output_tokens"_s;
    QTest::newRow("tokens too large") << usage << usageWith("output_tokens", "1e300") << bad + u"output_tokens"_s;
    QTest::newRow("cache_creation missing") << usage << usageWith("cache_creation", {}) << bad + u"cache_creation"_s;
    QTest::newRow("cache write null") << usage << usageWith("cache_creation", R"({"ephemeral_1h_input_tokens":2,"ephemeral_5m_input_tokens":null})")
                                      << bad + u"cache_creation.ephemeral_5m_input_tokens"_s;
    QTest::newRow("web search fractional") << usage << usageWith("server_tool_use", R"({"web_search_requests":2.5})")
                                           << bad + u"server_tool_use.web_search_requests"_s;
    QTest::newRow("server_tool_use a number") << usage << usageWith("server_tool_use", "6") << bad + u"server_tool_use"_s;
    QTest::newRow("api_key_id a number") << usage << usageWith("api_key_id", "12") << bad + u"api_key_id"_s;
    QTest::newRow("service_tier an array") << usage << usageWith("service_tier", "[]") << bad + u"service_tier"_s;

    // Claude Code records (the bad one is data[1])
    QTest::newRow("date garbage") << claude << claudeWith("date", "\"08/08/2025\"") << u"data[1].date"_s;
    QTest::newRow("date missing") << claude << claudeWith("date", {}) << u"data[1].date"_s;
    QTest::newRow("actor missing") << claude << claudeWith("actor", {}) << u"data[1].actor"_s;
    QTest::newRow("actor type unknown") << claude << claudeWith("actor", R"({"type":"robot_actor","name":"x"})") << u"data[1].actor.type"_s;
    QTest::newRow("user without email") << claude << claudeWith("actor", R"({"type":"user_actor"})") << u"data[1].actor.email_address"_s;
    QTest::newRow("api actor without name") << claude << claudeWith("actor", R"({"type":"api_actor","api_key_name":null})")
                                            << u"data[1].actor.api_key_name"_s;
    QTest::newRow("negative sessions") << claude << claudeWith("num_sessions", "-1") << u"data[1].core_metrics.num_sessions"_s;
    QTest::newRow("fractional lines") << claude << claudeWith("added", "2.5") << u"data[1].core_metrics.lines_of_code.added"_s;
    QTest::newRow("core_metrics missing") << claude << claudeWith("core_metrics", {}) << u"data[1].core_metrics"_s;
    QTest::newRow("tool count as string") << claude << claudeWith("tool_actions", R"({"edit_tool":{"accepted":"3","rejected":0}})")
                                          << u"data[1].tool_actions.edit_tool.accepted"_s;
    QTest::newRow("tool not an object") << claude << claudeWith("tool_actions", R"({"edit_tool":3})") << u"data[1].tool_actions.edit_tool"_s;
    QTest::newRow("record not an object") << claude << listPage(GoodClaude + ",null") << u"field data[1]:"_s;

    // Directories
    const QByteArray goodKey = R"({"id":"apikey_1","name":"n","workspace_id":null,"status":"active"})";
    QTest::newRow("key id missing") << keys << listPage(goodKey + R"(,{"name":"n"})", R"("has_more":false,"last_id":null)") << u"data[1].id"_s;
    QTest::newRow("key id a number") << keys << listPage(goodKey + R"(,{"id":5})", R"("has_more":false,"last_id":null)") << u"data[1].id"_s;
    QTest::newRow("key name a number") << keys << listPage(goodKey + R"(,{"id":"k","name":5})", R"("has_more":false,"last_id":null)")
                                       << u"data[1].name"_s;
    QTest::newRow("has_more without last_id") << keys << listPage(goodKey, R"("has_more":true,"last_id":null)") << u"field last_id:"_s;
    QTest::newRow("workspace id empty") << spaces << listPage(R"({"id":"","name":"x"})", R"("has_more":false,"last_id":null)")
                                        << u"data[0].id"_s;
}

void TestPageDecoders::malformed()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);

    const Result<qsizetype> decoded = decodeAs(kind, body);
    QVERIFY2(!decoded.ok(), "a malformed page must be an error, never a partial or zero result");
    const Error &error = decoded.error();
    QCOMPARE(error.code(), ErrorCode::Decode);
    QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    QVERIFY2(error.message().startsWith(Where), qPrintable(error.message())); // names the page
}

QTEST_GUILESS_MAIN(TestPageDecoders)
#include "tst_pagedecoders.moc"
