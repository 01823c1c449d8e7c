#include "core/sandbox/FaultInjector.h"
#include "core/sandbox/JsonWriter.h"
#include "core/sandbox/PageToken.h"
#include "core/sandbox/RateCard.h"
#include "core/sandbox/ReportJson.h"
#include "core/sandbox/SandboxCommandLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tieout;
using namespace tieout::sandbox;

// The sandbox's small parts: money formatting, the rate card, page tokens, the fault stream
// and the command line.
class TestSandboxParts final : public QObject
{
    Q_OBJECT

private slots:
    void centsString_data();
    void centsString();
    void centsStringRoundTrips();
    void jsonWriterEscapes_data();
    void jsonWriterEscapes();
    void jsonWriterStructure();
    void billing_data();
    void billing();
    void pageTokenRoundTrip();
    void pageTokenRejectsTampering_data();
    void pageTokenRejectsTampering();
    void faultKinds_data();
    void faultKinds();
    void faultStreamIsDeterministic();
    void faultCapLetsRequestThrough();
    void commandLine_data();
    void commandLine();
    void commandLineKeysAndFaults();
    void usageTextNamesEveryOption();
};

void TestSandboxParts::centsString_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("cents");
    QTest::newRow("documented example") << qint64(1'237'891'200) << "123.78912";
    QTest::newRow("zero") << qint64(0) << "0";
    QTest::newRow("one nano-dollar") << qint64(1) << "0.0000001";
    QTest::newRow("whole cents") << qint64(15'000'000'000) << "1500";
    QTest::newRow("web search request") << qint64(10'000'000) << "1";
    QTest::newRow("credit") << qint64(-2'505'000'000) << "-250.5";
    QTest::newRow("small credit") << qint64(-3) << "-0.0000003";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << "-922337203685.4775808";
}

void TestSandboxParts::centsString()
{
    QFETCH(qint64, nanos);
    QFETCH(QString, cents);
    QCOMPARE(ReportJson::centsString(nanos), cents);
}

void TestSandboxParts::centsStringRoundTrips()
{
    // What the sandbox prints, the product's parser reads back exactly.
    for (qint64 nanos :
         {qint64(1), qint64(99), qint64(123'456'789'012), qint64(-7'000'001), qint64(999'999'999)}) {
        const auto parsed = Money::parseCents(ReportJson::centsString(nanos));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->nanos, nanos);
        QVERIFY(!parsed->rounded);
    }
}

void TestSandboxParts::jsonWriterEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "apikey_01abc";
    QTest::newRow("quote and backslash") << "say \"hi\" \\ bye";
    QTest::newRow("controls") << QStringLiteral("tab\tnew\nline\x01end");
    QTest::newRow("non-ASCII") << QStringLiteral("Zürich ✓ 日本");
    QTest::newRow("empty") << "";
}

void TestSandboxParts::jsonWriterEscapes()
{
    QFETCH(QString, text);
    JsonWriter w;
    w.beginObject();
    w.key("s").value(text);
    w.endObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(w.take(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(u"s").toString(), text);
}

void TestSandboxParts::jsonWriterStructure()
{
    JsonWriter w;
    w.beginObject();
    w.key("data").beginArray();
    for (int i = 0; i < 3; ++i) {
        w.beginObject();
        w.key("n").value(qint64(i) - 1);
        w.key("inner").beginArray();
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("big").value(std::numeric_limits<qint64>::max());
    w.key("flag").value(false);
    w.key("none").value(QString());
    w.endObject();
    const QByteArray json = w.take();
    QCOMPARE(
        json,
        QByteArray(
            R"({"data":[{"n":-1,"inner":[]},{"n":0,"inner":[]},{"n":1,"inner":[]}],"big":9223372036854775807,"flag":false,"none":null})"));
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
}

void TestSandboxParts::billing_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("tokenType");
    QTest::addColumn<qint64>("tokens");
    QTest::addColumn<int>("factor");
    QTest::addColumn<qint64>("nanos");
    const int in = static_cast<int>(TokenType::UncachedInput);
    const int out = static_cast<int>(TokenType::Output);
    const int read = static_cast<int>(TokenType::CacheRead);
    const int w1h = static_cast<int>(TokenType::CacheWrite1h);
    const int std_ = static_cast<int>(ServiceTier::Standard);
    const int batch = static_cast<int>(ServiceTier::Batch);
    const int prio = static_cast<int>(ServiceTier::Priority);
    const int shortW = static_cast<int>(ContextWindow::Standard);
    const int longW = static_cast<int>(ContextWindow::Long);
    QTest::newRow("sonnet 4.5 input list") << "claude-sonnet-4-5-20250929" << std_ << shortW << in
                                           << qint64(1'000'000) << 10'000 << qint64(3'000'000'000);
    QTest::newRow("sonnet 4.5 batch") << "claude-sonnet-4-5-20250929" << batch << shortW << in
                                      << qint64(1'000'000) << 10'000 << qint64(1'500'000'000);
    QTest::newRow("sonnet 4.5 long output") << "claude-sonnet-4-5-20250929" << std_ << longW << out
                                            << qint64(1'000'000) << 10'000 << qint64(22'500'000'000);
    QTest::newRow("sonnet 4 long batch 1h write") << "claude-sonnet-4-20250514" << batch << longW << w1h
                                                  << qint64(1'000'000) << 10'000 << qint64(6'000'000'000);
    QTest::newRow("opus 4.6 no long price")
        << "claude-opus-4-6" << std_ << longW << in << qint64(1'000'000) << 10'000 << qint64(5'000'000'000);
    QTest::newRow("haiku 3 cache read") << "claude-3-haiku-20240307" << std_ << shortW << read
                                        << qint64(1'000'000) << 10'000 << qint64(30'000'000);
    QTest::newRow("priority is not billed")
        << "claude-haiku-4-5-20251001" << prio << shortW << in << qint64(1'000'000) << 10'000 << qint64(0);
    QTest::newRow("negotiated 85%") << "claude-sonnet-4-5-20250929" << std_ << shortW << in
                                    << qint64(1'000'000) << 8'500 << qint64(2'550'000'000);
    QTest::newRow("rounds half up") << "claude-3-haiku-20240307" << std_ << shortW << read << qint64(1)
                                    << 8'500 << qint64(26); // 25.5 nanos
    QTest::newRow("rounds down") << "claude-3-haiku-20240307" << std_ << shortW << read << qint64(1) << 8'490
                                 << qint64(25); // 25.47 nanos
    QTest::newRow("unknown model billed") << "claude-nimbus-1-20260101" << std_ << shortW << out
                                          << qint64(2'000'000) << 10'000 << qint64(40'000'000'000);
    QTest::newRow("no overflow") << "claude-opus-4-1-20250805" << std_ << shortW << out
                                 << qint64(50'000'000'000) << 9'999 << qint64(3'749'625'000'000'000);
}

void TestSandboxParts::billing()
{
    QFETCH(QString, model);
    QFETCH(int, tier);
    QFETCH(int, window);
    QFETCH(int, tokenType);
    QFETCH(qint64, tokens);
    QFETCH(int, factor);
    QFETCH(qint64, nanos);
    const int index = RateCard::indexOf(model);
    QVERIFY(index >= 0);
    const qint64 unit =
        RateCard::unitNanosPerMTok(index, static_cast<ServiceTier>(tier), static_cast<ContextWindow>(window),
                                   static_cast<TokenType>(tokenType));
    QCOMPARE(RateCard::billedNanos(tokens, unit, factor), nanos);
}

void TestSandboxParts::pageTokenRoundTrip()
{
    const PageTokenCodec codec(42);
    const PageCursor cursor{QStringLiteral("cost_report"), QStringLiteral("2025-08-08"),
                            0xfeedface12345678ULL};
    const QString token = codec.encode(cursor);
    QVERIFY(token.startsWith(QLatin1String("page_")));
    QVERIFY(!token.contains(QLatin1String("2025-08-08"))); // opaque, not the date in clear
    const auto decoded = codec.decode(token);
    QVERIFY(decoded.ok());
    QCOMPARE(*decoded, cursor);
    QCOMPARE(codec.encode(cursor), token); // deterministic
}

void TestSandboxParts::pageTokenRejectsTampering_data()
{
    QTest::addColumn<QString>("token");
    const PageTokenCodec codec(42);
    const QString good = codec.encode({QStringLiteral("cost_report"), QStringLiteral("2025-08-08"), 7});
    QString flipped = good;
    flipped[10] = flipped[10] == u'A' ? u'B' : u'A';
    const QByteArray forged = QByteArrayLiteral(
        R"({"e":"cost_report","p":"2025-01-01","q":"0000000000000007","s":"0000000000000000"})");
    QTest::newRow("flipped character") << flipped;
    QTest::newRow("truncated") << good.left(good.size() - 4);
    QTest::newRow("no prefix") << good.mid(5);
    QTest::newRow("garbage") << QStringLiteral("page_!!!");
    QTest::newRow("empty") << QString();
    QTest::newRow("forged signature")
        << QStringLiteral("page_") + QString::fromLatin1(forged.toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("other secret") << PageTokenCodec(43).encode(
        {QStringLiteral("cost_report"), QStringLiteral("2025-08-08"), 7});
}

void TestSandboxParts::pageTokenRejectsTampering()
{
    QFETCH(QString, token);
    const auto decoded = PageTokenCodec(42).decode(token);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().message(), QStringLiteral("page: invalid page token"));
}

void TestSandboxParts::faultKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::newRow("all named") << "429,500,529,504,slow,truncated,malformed" << true << 7;
    QTest::newRow("all") << "all" << true << 7;
    QTest::newRow("spaces and case") << " 429 , SLOW " << true << 2;
    QTest::newRow("duplicates") << "500,500" << true << 1;
    QTest::newRow("unknown") << "429,teapot" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
}

void TestSandboxParts::faultKinds()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, count);
    const auto kinds = FaultSettings::parseKinds(text);
    QCOMPARE(kinds.ok(), ok);
    if (ok)
        QCOMPARE(kinds->size(), count);
}

void TestSandboxParts::faultStreamIsDeterministic()
{
    FaultSettings settings;
    settings.kinds = *FaultSettings::parseKinds(u"all");
    settings.rate = 0.3;
    settings.seed = 99;
    settings.maxConsecutive = 0;
    const auto run = [&settings]() {
        FaultInjector injector(settings);
        QList<int> sequence;
        for (int i = 0; i < 400; ++i) {
            const auto fault = injector.decide(QByteArray::number(i % 13));
            sequence.append(fault ? static_cast<int>(*fault) : -1);
        }
        return std::make_pair(sequence, injector.stats());
    };
    const auto [first, stats] = run();
    QCOMPARE(run().first, first);
    QCOMPARE(stats.requests, 400);
    QVERIFY2(stats.faults > 80 && stats.faults < 160, qPrintable(QString::number(stats.faults))); // ~120
    for (int kind = 0; kind < FaultKindCount; ++kind)
        QVERIFY(stats.byKind[static_cast<size_t>(kind)] > 0);
    settings.seed = 100;
    QVERIFY(run().first != first);
    settings.rate = 0.0;
    QCOMPARE(run().second.faults, 0);
}

void TestSandboxParts::faultCapLetsRequestThrough()
{
    FaultSettings settings;
    settings.kinds = {FaultKind::ServerError};
    settings.rate = 1.0;
    settings.maxConsecutive = 3;
    FaultInjector injector(settings);
    const QByteArray a = "A";
    const QByteArray b = "B";
    QVERIFY(injector.decide(a));
    QVERIFY(injector.decide(b)); // another request does not reset A's streak
    QVERIFY(injector.decide(a));
    QVERIFY(injector.decide(a));
    QVERIFY(!injector.decide(a)); // fourth in a row: let through
    QVERIFY(injector.decide(a));  // and the streak starts again
    QCOMPARE(injector.stats().sparedByCap, 1);
    QCOMPARE(injector.stats().faults, 5);
}

void TestSandboxParts::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("port");
    QTest::newRow("defaults") << QStringList{} << true << "demo" << 0;
    QTest::newRow("large on a port") << QStringList{QStringLiteral("--profile"), QStringLiteral("large"),
                                                    QStringLiteral("--port"), QStringLiteral("8787")}
                                     << true << "large" << 8787;
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("huge")}
                                     << false << "" << 0;
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << false << ""
                              << 0;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << false << "" << 0;
    QTest::newRow("stray argument") << QStringList{QStringLiteral("serve")} << false << "" << 0;
    QTest::newRow("bad rate") << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("1.5")} << false
                              << "" << 0;
    QTest::newRow("bad fault") << QStringList{QStringLiteral("--faults"), QStringLiteral("418")} << false
                               << "" << 0;
    QTest::newRow("key without BU") << QStringList{QStringLiteral("--key"), QStringLiteral("abc")} << false
                                    << "" << 0;
    QTest::newRow("key for unknown BU")
        << QStringList{QStringLiteral("--key"), QStringLiteral("Legal=k")} << false << "" << 0;
    QTest::newRow("totals without months")
        << QStringList{QStringLiteral("--print-totals")} << false << "" << 0;
    QTest::newRow("months without totals")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2025-01")} << false << "" << 0;
    QTest::newRow("totals reversed") << QStringList{QStringLiteral("--print-totals"),
                                                    QStringLiteral("--from"), QStringLiteral("2025-03"),
                                                    QStringLiteral("--to"), QStringLiteral("2025-01")}
                                     << false << "" << 0;
    QTest::newRow("totals") << QStringList{QStringLiteral("--print-totals"), QStringLiteral("--from"),
                                           QStringLiteral("2025-01"), QStringLiteral("--to"),
                                           QStringLiteral("2025-03")}
                            << true << "demo" << 0;
}

void TestSandboxParts::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(QString, profile);
    QFETCH(int, port);
    const auto options = SandboxCommandLine::parse(QStringList{QStringLiteral("tieout-sandbox")} + arguments);
    QCOMPARE(options.ok(), ok);
    if (!ok) {
        QCOMPARE(options.error().code(), ErrorCode::Usage);
        QVERIFY(!options.error().message().isEmpty());
        return;
    }
    QCOMPARE(options->profile.name, profile);
    QCOMPARE(int(options->port), port);
    QVERIFY(!options->faults.enabled());
}

void TestSandboxParts::commandLineKeysAndFaults()
{
    const auto options = SandboxCommandLine::parse(
        {QStringLiteral("tieout-sandbox"), QStringLiteral("--seed"), QStringLiteral("7"),
         QStringLiteral("--key"), QStringLiteral("Education=sk-ant-admin01-custom"),
         QStringLiteral("--faults"), QStringLiteral("429,slow"), QStringLiteral("--fault-rate"),
         QStringLiteral("0.5"), QStringLiteral("--slow-ms"), QStringLiteral("250"),
         QStringLiteral("--fault-seed"), QStringLiteral("11"), QStringLiteral("--max-consecutive-faults"),
         QStringLiteral("2"), QStringLiteral("--last-day"), QStringLiteral("2025-06-30")});
    QVERIFY2(options.ok(), options.ok() ? "" : qPrintable(options.error().message()));
    QCOMPARE(options->profile.seed, 7ULL);
    QCOMPARE(options->profile.businessUnit(QStringLiteral("Education"))->adminKey,
             QStringLiteral("sk-ant-admin01-custom"));
    QCOMPARE(options->profile.businessUnit(QStringLiteral("DevFactory"))->adminKey,
             QStringLiteral("sk-ant-admin01-sandbox-devfactory"));
    QCOMPARE(options->profile.lastDay, QDate(2025, 6, 30));
    QCOMPARE(options->faults.kinds, (QList<FaultKind>{FaultKind::RateLimited, FaultKind::Slow}));
    QCOMPARE(options->faults.rate, 0.5);
    QCOMPARE(options->faults.slowMs, 250);
    QCOMPARE(options->faults.seed, 11ULL);
    QCOMPARE(options->faults.maxConsecutive, 2);
    QVERIFY(options->faults.enabled());

    // Two BUs cannot share a key: the key is what selects the organization.
    const auto clash =
        SandboxCommandLine::parse({QStringLiteral("tieout-sandbox"), QStringLiteral("--key"),
                                   QStringLiteral("Research=sk-ant-admin01-sandbox-devfactory")});
    QVERIFY(!clash.ok());
}

void TestSandboxParts::usageTextNamesEveryOption()
{
    const QString usage = SandboxCommandLine::usage();
    QVERIFY(usage.startsWith(QLatin1String("Usage: tieout-sandbox")));
    for (const char *option :
         {"--profile", "--port", "--seed", "--key", "--faults", "--fault-rate", "--slow-ms", "--fault-seed",
          "--max-consecutive-faults", "--print-totals", "--from", "--to", "--last-day"})
        QVERIFY2(usage.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestSandboxParts)
#include "tst_sandbox_parts.moc"
