#include "core/pricing/PriceBook.h"
#include "core/pricing/UsagePricer.h"

#include <QTest>

using namespace tieout;

namespace {

constexpr qint64 M = 1'000'000'000; // one dollar per million tokens, in nano-dollars per MTok

PriceBook bundled()
{
    auto book = PriceBook::loadBundled();
    if (!book)
        qFatal("bundled price book: %s", qPrintable(book.error().message()));
    return *book;
}

UsageLine usage(const QString &model, const QString &tier = QStringLiteral("standard"),
                const QString &context = QStringLiteral("0-200k"), QDate date = QDate(2025, 8, 1))
{
    UsageLine line;
    line.date = date;
    line.model = model;
    line.serviceTier = tier;
    line.contextWindow = context;
    return line;
}

} // namespace

class TestPriceBook final : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
    void shippedPrices_data();
    void shippedPrices();
    void batchAndLongContext_data();
    void batchAndLongContext();
    void otherTiersAreFlagged_data();
    void otherTiersAreFlagged();
    void unknownModelIsUnpricedNotZero();
    void rowPricingIsExactHalfEven_data();
    void rowPricingIsExactHalfEven();
    void roundedOncePerRowAndTokenType();
    void hugeRowUses128Bits();
    void webSearchIsOneCentPerRequest();
    void effectiveDates();
    void userEntryOverridesShippedForItsWindow();
    void userEntryAddsFamily();
    void userJsonRoundTrip();
    void rejectsBadJson_data();
    void rejectsBadJson();
    void pricerMemoizesFamilies();
};

void TestPriceBook::matching_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("family"); // empty = unpriced

    QTest::newRow("family id") << "claude-sonnet-4" << "claude-sonnet-4";
    QTest::newRow("dated sonnet 4") << "claude-sonnet-4-20250514" << "claude-sonnet-4";
    QTest::newRow("dated sonnet 4.5 is never sonnet 4") << "claude-sonnet-4-5-20250929" << "claude-sonnet-4-5";
    QTest::newRow("sonnet 4.5 family id") << "claude-sonnet-4-5" << "claude-sonnet-4-5";
    QTest::newRow("opus 4.1 is not opus 4") << "claude-opus-4-1-20250805" << "claude-opus-4-1";
    QTest::newRow("opus 4.1 family id") << "claude-opus-4-1" << "claude-opus-4-1";
    QTest::newRow("dated opus 4") << "claude-opus-4-20250514" << "claude-opus-4";
    QTest::newRow("opus 4.5") << "claude-opus-4-5-20251101" << "claude-opus-4-5";
    QTest::newRow("opus 4.6") << "claude-opus-4-6" << "claude-opus-4-6";
    QTest::newRow("sonnet 4.6") << "claude-sonnet-4-6" << "claude-sonnet-4-6";
    QTest::newRow("3.7 sonnet") << "claude-3-7-sonnet-20250219" << "claude-3-7-sonnet";
    QTest::newRow("haiku 4.5") << "claude-haiku-4-5-20251001" << "claude-haiku-4-5";
    QTest::newRow("3.5 haiku") << "claude-3-5-haiku-20241022" << "claude-3-5-haiku";
    QTest::newRow("3 haiku") << "claude-3-haiku-20240307" << "claude-3-haiku";
    QTest::newRow("unknown model") << "claude-3-opus-20240229" << "";
    QTest::newRow("unknown future sonnet") << "claude-sonnet-4-7-20260101" << "";
    QTest::newRow("7-digit date") << "claude-sonnet-4-2025051" << "";
    QTest::newRow("9-digit date") << "claude-sonnet-4-202505140" << "";
    QTest::newRow("date without dash") << "claude-sonnet-420250514" << "";
    QTest::newRow("non-digit date") << "claude-sonnet-4-2025051x" << "";
    QTest::newRow("alias suffix") << "claude-3-5-haiku-latest" << "";
    QTest::newRow("trailing text after date") << "claude-sonnet-4-20250514-v2" << "";
    QTest::newRow("prefix only") << "claude-sonnet" << "";
    QTest::newRow("case differs") << "Claude-Sonnet-4" << "";
    QTest::newRow("empty") << "" << "";
}

void TestPriceBook::matching()
{
    QFETCH(QString, model);
    QFETCH(QString, family);
    const PriceBook book = bundled();
    const std::optional<int> index = book.familyIndex(model);
    if (family.isEmpty()) {
        QVERIFY2(!index, qPrintable(QStringLiteral("%1 matched %2").arg(model, book.familyName(index.value_or(-1)))));
        QVERIFY(!book.priceUsage(usage(model)).priced);
    } else {
        QVERIFY2(index, qPrintable(model));
        QCOMPARE(book.familyName(*index), family);
        QCOMPARE(book.priceUsage(usage(model)).family, family);
    }
}

void TestPriceBook::shippedPrices_data()
{
    // SPEC §4 table, columns: input, output, 5m cache write, 1h cache write, cache read.
    QTest::addColumn<QString>("family");
    QTest::addColumn<QList<qint64>>("prices");
    const auto row = [](const char *family, QList<qint64> prices) {
        QTest::newRow(family) << QString::fromLatin1(family) << prices;
    };
    row("claude-opus-4-5", {5 * M, 25 * M, 6'250'000'000, 10 * M, 500'000'000});
    row("claude-opus-4-6", {5 * M, 25 * M, 6'250'000'000, 10 * M, 500'000'000});
    row("claude-opus-4", {15 * M, 75 * M, 18'750'000'000, 30 * M, 1'500'000'000});
    row("claude-opus-4-1", {15 * M, 75 * M, 18'750'000'000, 30 * M, 1'500'000'000});
    row("claude-sonnet-4", {3 * M, 15 * M, 3'750'000'000, 6 * M, 300'000'000});
    row("claude-sonnet-4-5", {3 * M, 15 * M, 3'750'000'000, 6 * M, 300'000'000});
    row("claude-sonnet-4-6", {3 * M, 15 * M, 3'750'000'000, 6 * M, 300'000'000});
    row("claude-3-7-sonnet", {3 * M, 15 * M, 3'750'000'000, 6 * M, 300'000'000});
    row("claude-haiku-4-5", {1 * M, 5 * M, 1'250'000'000, 2 * M, 100'000'000});
    row("claude-3-5-haiku", {800'000'000, 4 * M, 1 * M, 1'600'000'000, 80'000'000});
    row("claude-3-haiku", {250'000'000, 1'250'000'000, 300'000'000, 500'000'000, 30'000'000});
}

void TestPriceBook::shippedPrices()
{
    QFETCH(QString, family);
    QFETCH(QList<qint64>, prices);
    const PriceBook book = bundled();
    QCOMPARE(book.families().size(), 11);
    const std::optional<int> index = book.familyIndex(family);
    QVERIFY(index);
    const PriceEntry *entry = book.entryFor(*index, QDate(2025, 8, 1));
    QVERIFY(entry);
    const TokenType order[] = {TokenType::UncachedInput, TokenType::Output, TokenType::CacheWrite5m,
                               TokenType::CacheWrite1h, TokenType::CacheRead};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(entry->standard.of(order[i]), prices.at(i));
    const bool hasLong = family == u"claude-sonnet-4" || family == u"claude-sonnet-4-5";
    QCOMPARE(entry->longContext.has_value(), hasLong);
}

void TestPriceBook::batchAndLongContext_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("tokenType");
    QTest::addColumn<qint64>("nanosForOneMillion");
    QTest::addColumn<int>("flags");

    const int in = int(TokenType::UncachedInput), out = int(TokenType::Output), w5 = int(TokenType::CacheWrite5m),
              w1 = int(TokenType::CacheWrite1h), rd = int(TokenType::CacheRead);
    QTest::newRow("standard input") << "claude-sonnet-4-20250514" << "standard" << "0-200k" << in << 3 * M << 0;
    QTest::newRow("batch input is half") << "claude-sonnet-4-20250514" << "batch" << "0-200k" << in << 1'500'000'000LL << 0;
    QTest::newRow("batch cache read is half") << "claude-3-haiku-20240307" << "batch" << "0-200k" << rd << 15'000'000LL << 0;
    QTest::newRow("batch 1h write is half") << "claude-opus-4-1" << "batch" << "0-200k" << w1 << 15 * M << 0;
    QTest::newRow("long input $6") << "claude-sonnet-4-5-20250929" << "standard" << "200k-1M" << in << 6 * M << 0;
    QTest::newRow("long output $22.50") << "claude-sonnet-4-5-20250929" << "standard" << "200k-1M" << out << 22'500'000'000LL << 0;
    QTest::newRow("long 5m write x1.25") << "claude-sonnet-4" << "standard" << "200k-1M" << w5 << 7'500'000'000LL << 0;
    QTest::newRow("long 1h write x2") << "claude-sonnet-4" << "standard" << "200k-1M" << w1 << 12 * M << 0;
    QTest::newRow("long cache read x0.1") << "claude-sonnet-4" << "standard" << "200k-1M" << rd << 600'000'000LL << 0;
    QTest::newRow("long batch halves") << "claude-sonnet-4-5" << "batch" << "200k-1M" << out << 11'250'000'000LL << 0;
    QTest::newRow("long batch read halves") << "claude-sonnet-4-5" << "batch" << "200k-1M" << rd << 300'000'000LL << 0;
    QTest::newRow("long on opus: standard, flagged") << "claude-opus-4-6" << "standard" << "200k-1M" << in << 5 * M
                                                     << int(NoLongContextPrice);
    QTest::newRow("long on sonnet 4.6: standard, flagged") << "claude-sonnet-4-6" << "batch" << "200k-1M" << in
                                                           << 1'500'000'000LL << int(NoLongContextPrice);
    QTest::newRow("null tier and context are standard") << "claude-haiku-4-5" << QString() << QString() << out << 5 * M << 0;
    QTest::newRow("unknown context band flagged") << "claude-haiku-4-5" << "standard" << "1M-2M" << in << 1 * M
                                                  << int(UnknownContextWindow);
}

void TestPriceBook::batchAndLongContext()
{
    QFETCH(QString, model);
    QFETCH(QString, tier);
    QFETCH(QString, context);
    QFETCH(int, tokenType);
    QFETCH(qint64, nanosForOneMillion);
    QFETCH(int, flags);
    const PriceBook book = bundled();
    UsageLine line = usage(model, tier, context);
    line.tokens[tokenType] = 1'000'000;
    const UsagePrice price = book.priceUsage(line);
    QVERIFY(price.priced);
    QCOMPARE(price.tokenNanos[tokenType], nanosForOneMillion);
    QCOMPARE(price.tokenTotalNanos(), nanosForOneMillion);
    QCOMPARE(int(price.flags), flags);
}

void TestPriceBook::otherTiersAreFlagged_data()
{
    QTest::addColumn<QString>("tier");
    QTest::newRow("priority") << "priority";
    QTest::newRow("flex") << "flex";
    QTest::newRow("something new") << "scale";
}

void TestPriceBook::otherTiersAreFlagged()
{
    QFETCH(QString, tier);
    const PriceBook book = bundled();
    UsageLine line = usage(QStringLiteral("claude-opus-4-1-20250805"), tier);
    line.tokens[int(TokenType::Output)] = 2'000'000;
    const UsagePrice price = book.priceUsage(line);
    QVERIFY(price.priced);
    QCOMPARE(price.total()->nanos(), 150 * M); // standard rate: 2 MTok × $75
    QCOMPARE(int(price.flags), int(NonStandardTier));
}

void TestPriceBook::unknownModelIsUnpricedNotZero()
{
    const PriceBook book = bundled();
    UsageLine line = usage(QStringLiteral("claude-2.1"));
    line.tokens[int(TokenType::UncachedInput)] = 1000;
    line.webSearchRequests = 3;
    const UsagePrice price = book.priceUsage(line);
    QVERIFY(!price.priced);
    QVERIFY(!price.total().has_value()); // unknown, not $0
    QVERIFY(price.family.isNull());
}

void TestPriceBook::rowPricingIsExactHalfEven_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("tokenType");
    QTest::addColumn<qint64>("tokens");
    QTest::addColumn<qint64>("nanos");

    const int in = int(TokenType::UncachedInput), rd = int(TokenType::CacheRead), out = int(TokenType::Output);
    // Shipped prices are whole nano-dollars per token: 1 token of sonnet input = $0.000003.
    QTest::newRow("one token") << "claude-sonnet-4" << "standard" << in << 1LL << 3000LL;
    QTest::newRow("3-haiku cache read") << "claude-3-haiku" << "standard" << rd << 17LL << 510LL;
    QTest::newRow("batch 3-haiku cache read") << "claude-3-haiku" << "batch" << rd << 17LL << 255LL;
    QTest::newRow("large count exact") << "claude-opus-4" << "standard" << in << 123'456'789LL << 1'851'851'835'000LL;
    // "claude-fine" (a user entry) costs $0.000001/MTok input = 0.001 nano-dollars per token, and
    // $0.0000025/MTok output: the row total is rounded half-even once.
    QTest::newRow("below half rounds down") << "claude-fine" << "standard" << in << 499LL << 0LL;
    QTest::newRow("above half rounds up") << "claude-fine" << "standard" << in << 501LL << 1LL;
    QTest::newRow("tie 0.5 to even 0") << "claude-fine" << "standard" << in << 500LL << 0LL;
    QTest::newRow("tie 1.5 to even 2") << "claude-fine" << "standard" << in << 1500LL << 2LL;
    QTest::newRow("tie 2.5 to even 2") << "claude-fine" << "standard" << in << 2500LL << 2LL;
    QTest::newRow("output 0.0025/token x 1000 = 2.5 -> 2") << "claude-fine" << "standard" << out << 1000LL << 2LL;
    QTest::newRow("output x 1400 = 3.5 -> 4") << "claude-fine" << "standard" << out << 1400LL << 4LL;
    // Batch is applied before the single rounding, not after: 3000 tokens = 3 × 0.5 = 1.5 -> 2,
    // where rounding first (3) and halving (1.5) would need a second rounding.
    QTest::newRow("batch tie 1.5 to 2") << "claude-fine" << "batch" << in << 3000LL << 2LL;
    QTest::newRow("batch tie 2.5 to 2") << "claude-fine" << "batch" << in << 5000LL << 2LL;
    QTest::newRow("batch 0.5 to 0") << "claude-fine" << "batch" << in << 1000LL << 0LL;
}

void TestPriceBook::rowPricingIsExactHalfEven()
{
    QFETCH(QString, model);
    QFETCH(QString, tier);
    QFETCH(int, tokenType);
    QFETCH(qint64, tokens);
    QFETCH(qint64, nanos);
    PriceBook book = bundled();
    QVERIFY(book.addUserJson(R"({"entries":[{"family":"claude-fine","input":"0.000001","output":"0.0000025",
        "cache_write_5m":"0","cache_write_1h":"0","cache_read":"0"}]})").ok());
    UsageLine line = usage(model, tier);
    line.tokens[tokenType] = tokens;
    QCOMPARE(book.priceUsage(line).tokenNanos[tokenType], nanos);
}

void TestPriceBook::roundedOncePerRowAndTokenType()
{
    // Two rows of 500 tokens each round to 0 + 0 nanos; the same 1000 tokens in one row are 1.
    PriceBook book = bundled();
    QVERIFY(book.addUserJson(R"({"entries":[{"family":"claude-fine","input":"0.000001","output":"0",
        "cache_write_5m":"0","cache_write_1h":"0","cache_read":"0"}]})").ok());
    UsageLine half = usage(QStringLiteral("claude-fine"));
    half.tokens[int(TokenType::UncachedInput)] = 500;
    UsageLine whole = half;
    whole.tokens[int(TokenType::UncachedInput)] = 1000;
    QCOMPARE(book.priceUsage(half).tokenTotalNanos() * 2, 0LL);
    QCOMPARE(book.priceUsage(whole).tokenTotalNanos(), 1LL);
}

void TestPriceBook::hugeRowUses128Bits()
{
    // 2^40 output tokens of opus 4 ($75/MTok): 1099511627776 × 75e9 overflows 64 bits before the
    // division by 10^6; the exact result is 82463372083200000 nanos.
    UsageLine line = usage(QStringLiteral("claude-opus-4"));
    line.tokens[int(TokenType::Output)] = qint64(1) << 40;
    QCOMPARE(bundled().priceUsage(line).tokenNanos[int(TokenType::Output)], 82'463'372'083'200'000LL);
}

void TestPriceBook::webSearchIsOneCentPerRequest()
{
    UsageLine line = usage(QStringLiteral("claude-haiku-4-5"));
    line.webSearchRequests = 1234;
    line.tokens[int(TokenType::Output)] = 1'000'000;
    const UsagePrice price = bundled().priceUsage(line);
    QCOMPARE(price.webSearchNanos, 12'340'000'000LL); // $12.34
    QCOMPARE(price.total()->toDecimalString(2), QStringLiteral("17.34"));
}

void TestPriceBook::effectiveDates()
{
    PriceBook book;
    PriceEntry old;
    old.family = QStringLiteral("claude-test");
    old.effectiveTo = QDate(2025, 6, 1); // exclusive
    old.standard.set(TokenType::Output, 10 * M);
    book.addEntry(old);
    PriceEntry current = old;
    current.effectiveFrom = QDate(2025, 6, 1);
    current.effectiveTo = QDate(2025, 9, 1);
    current.standard.set(TokenType::Output, 8 * M);
    book.addEntry(current);

    const auto outputPrice = [&](QDate date) -> qint64 {
        UsageLine line = usage(QStringLiteral("claude-test-20250101"), QStringLiteral("standard"),
                               QStringLiteral("0-200k"), date);
        line.tokens[int(TokenType::Output)] = 1'000'000;
        const UsagePrice price = book.priceUsage(line);
        return price.priced ? price.tokenTotalNanos() : -1;
    };
    QCOMPARE(outputPrice(QDate(2025, 5, 31)), 10 * M);
    QCOMPARE(outputPrice(QDate(2025, 6, 1)), 8 * M);
    QCOMPARE(outputPrice(QDate(2025, 8, 31)), 8 * M);
    QCOMPARE(outputPrice(QDate(2025, 9, 1)), -1); // no price in force: unpriced, not the last known one
}

void TestPriceBook::userEntryOverridesShippedForItsWindow()
{
    PriceBook book = bundled();
    PriceEntry discount;
    discount.family = QStringLiteral("claude-sonnet-4-5");
    discount.effectiveFrom = QDate(2025, 10, 1);
    discount.effectiveTo = QDate(2025, 11, 1);
    discount.standard.set(TokenType::UncachedInput, 2 * M);
    book.addEntry(discount); // addEntry is always a user entry, whatever origin says
    QCOMPARE(book.entries().last().origin, PriceOrigin::User);

    const auto inputPrice = [&](QDate date) {
        UsageLine line = usage(QStringLiteral("claude-sonnet-4-5-20250929"), QStringLiteral("standard"),
                               QStringLiteral("0-200k"), date);
        line.tokens[int(TokenType::UncachedInput)] = 1'000'000;
        return book.priceUsage(line).tokenTotalNanos();
    };
    QCOMPARE(inputPrice(QDate(2025, 9, 30)), 3 * M);
    QCOMPARE(inputPrice(QDate(2025, 10, 15)), 2 * M);
    QCOMPARE(inputPrice(QDate(2025, 11, 1)), 3 * M);

    // A later user entry for the same window wins over the earlier one.
    discount.standard.set(TokenType::UncachedInput, 1 * M);
    book.addEntry(discount);
    QCOMPARE(inputPrice(QDate(2025, 10, 15)), 1 * M);
}

void TestPriceBook::userEntryAddsFamily()
{
    PriceBook book = bundled();
    QVERIFY(!book.familyIndex(QStringLiteral("claude-3-opus-20240229")));
    const QByteArray json = R"({"entries":[{"family":"claude-3-opus","effective_from":"2024-03-01","effective_to":null,
        "input":"15","output":"75","cache_write_5m":"18.75","cache_write_1h":"30","cache_read":"1.50"}]})";
    QVERIFY(book.addUserJson(json).ok());
    UsageLine line = usage(QStringLiteral("claude-3-opus-20240229"));
    line.tokens[int(TokenType::Output)] = 1'000'000;
    QCOMPARE(book.priceUsage(line).tokenTotalNanos(), 75 * M);
}

void TestPriceBook::userJsonRoundTrip()
{
    PriceBook book = bundled();
    PriceEntry entry;
    entry.family = QStringLiteral("claude-sonnet-4");
    entry.effectiveFrom = QDate(2025, 1, 1);
    entry.standard.set(TokenType::CacheRead, 270'000'001);
    UnitPrices longPrices;
    longPrices.set(TokenType::UncachedInput, 5'400'000'000);
    entry.longContext = longPrices;
    entry.origin = PriceOrigin::User;
    book.addEntry(entry);

    PriceBook reloaded = bundled();
    QVERIFY(reloaded.addUserJson(book.userEntriesJson()).ok());
    QCOMPARE(reloaded.entries().size(), book.entries().size());
    QCOMPARE(reloaded.entries().last(), book.entries().last());
}

void TestPriceBook::rejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray prices = R"("output":"15","cache_write_5m":"3.75","cache_write_1h":"6","cache_read":"0.30")";
    QTest::newRow("not json") << QByteArray("{") << "price book";
    QTest::newRow("no entries") << QByteArray("{}") << "entries";
    QTest::newRow("number price") << QByteArray(R"({"entries":[{"family":"x","input":3,)" + prices + "}]}")
                                  << "decimal string";
    QTest::newRow("negative price") << QByteArray(R"({"entries":[{"family":"x","input":"-3",)" + prices + "}]}")
                                    << "negative";
    QTest::newRow("sub-nano price") << QByteArray(R"({"entries":[{"family":"x","input":"0.0000000001",)" + prices + "}]}")
                                    << "precision";
    QTest::newRow("missing family") << QByteArray(R"({"entries":[{"input":"3",)" + prices + "}]}") << "family";
    QTest::newRow("bad date") << QByteArray(R"({"entries":[{"family":"x","effective_from":"2025-13-01","input":"3",)" + prices + "}]}")
                              << "effective_from";
    QTest::newRow("empty window") << QByteArray(R"({"entries":[{"family":"x","effective_from":"2025-02-01","effective_to":"2025-02-01","input":"3",)" + prices + "}]}")
                                  << "effective_to";
}

void TestPriceBook::rejectsBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto book = PriceBook::fromJson(json);
    QVERIFY(!book.ok());
    QVERIFY2(book.error().message().contains(message), qPrintable(book.error().message()));
}

void TestPriceBook::pricerMemoizesFamilies()
{
    const PriceBook book = bundled();
    UsagePricer pricer(book);
    UsageLine line = usage(QStringLiteral("claude-sonnet-4-5-20250929"));
    line.tokens[int(TokenType::Output)] = 1'000'000;
    for (int i = 0; i < 3; ++i) {
        const UsagePrice price = pricer.price(line);
        QCOMPARE(price.family, QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(price.tokenTotalNanos(), 15 * M);
    }
    QVERIFY(!pricer.familyIndex(QStringLiteral("claude-sonnet-4-2025051")));
    QVERIFY(!pricer.familyIndex(QStringLiteral("claude-sonnet-4-2025051"))); // memoized miss stays a miss
}

QTEST_APPLESS_MAIN(TestPriceBook)
#include "tst_pricebook.moc"
