#include "ReconcileTestData.h"
#include "SyntheticData.h"

#include "core/reconcile/LargestRemainder.h"
#include "core/reconcile/ReconcileReports.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace tieout;
using namespace tieout::test;

namespace {
const QDate D(2025, 8, 5);
constexpr const char *Sonnet = "claude-sonnet-4-5-20250929";
constexpr const char *Haiku = "claude-haiku-4-5-20251001";
constexpr const char *Opus = "claude-opus-4-1-20250805";
} // namespace

class TestAllocator final : public QObject
{
    Q_OBJECT

private slots:
    void largestRemainder_data();
    void largestRemainder();
    void multiKeySplit_data();
    void multiKeySplit();
    void splitDoesNotDependOnInputOrder();
    void tokenTypesWeighSeparately();
    void zeroWeightCellFallsBackToTier1();
    void otherModelFallsBackToTier2();
    void nothingToWeighStaysUnattributed();
    void webSearchSplitsByRequests();
    void codeExecutionSplitsByListPrice_data();
    void codeExecutionSplitsByListPrice();
    void creditsAreAllocatedLikeCharges();
    void linesOfOneCellAreSummedFirst();
    void overrideMovesKeyToAnotherBu();
    void nullWorkspaceMatchesOnlyNull();
    void propertyAllocatedEqualsBilled_data();
    void propertyAllocatedEqualsBilled();
};

void TestAllocator::largestRemainder_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::newRow("exact") << qint64(10) << QList<qint64>{1, 4} << QList<qint64>{2, 8};
    QTest::newRow("remainder to the largest fraction") << qint64(1) << QList<qint64>{1, 2, 3} << QList<qint64>{0, 0, 1};
    QTest::newRow("tie goes to the earlier") << qint64(2) << QList<qint64>{1, 1, 1} << QList<qint64>{1, 1, 0};
    QTest::newRow("negative mirrors positive") << qint64(-2) << QList<qint64>{1, 1, 1} << QList<qint64>{-1, -1, 0};
    QTest::newRow("zero weight gets nothing") << qint64(7) << QList<qint64>{0, 1, 0} << QList<qint64>{0, 7, 0};
    QTest::newRow("negative weight counts as zero") << qint64(7) << QList<qint64>{-5, 1} << QList<qint64>{0, 7};
    QTest::newRow("128-bit product") << qint64(4'000'000'000'000'000'000) << QList<qint64>{3'000'000'000'000, 1'000'000'000'000}
                                     << QList<qint64>{3'000'000'000'000'000'000, 1'000'000'000'000'000'000};
}

void TestAllocator::largestRemainder()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, shares);
    LargestRemainder splitter;
    QList<qint64> out(weights.size(), -99);
    QVERIFY(splitter.split(amount, weights, out));
    QCOMPARE(out, shares);
    QList<qint64> zero{0, 0};
    QList<qint64> untouched{-99, -99};
    QVERIFY(!splitter.split(amount, zero, untouched));
    QCOMPARE(untouched, (QList<qint64>{-99, -99}));
}

void TestAllocator::multiKeySplit_data()
{
    QTest::addColumn<QList<qint64>>("outputTokens");
    QTest::addColumn<QString>("billed");
    QTest::addColumn<QList<qint64>>("expectedNanos");
    QTest::newRow("proportional") << QList<qint64>{100, 200, 700} << "10"
                                  << QList<qint64>{1'000'000'000, 2'000'000'000, 7'000'000'000};
    QTest::newRow("thirds: first key in code-point order gets the nano") << QList<qint64>{1, 1, 1} << "10"
                                  << QList<qint64>{3'333'333'334, 3'333'333'333, 3'333'333'333};
    QTest::newRow("one nano to the largest remainder") << QList<qint64>{1, 2, 3} << "0.000000001"
                                                       << QList<qint64>{0, 0, 1};
    QTest::newRow("key without output tokens gets nothing") << QList<qint64>{0, 5, 5} << "1"
                                                             << QList<qint64>{0, 500'000'000, 500'000'000};
    QTest::newRow("credit split mirrors a charge") << QList<qint64>{1, 1, 1} << "-10"
                                                    << QList<qint64>{-3'333'333'334, -3'333'333'333, -3'333'333'333};
}

void TestAllocator::multiKeySplit()
{
    QFETCH(QList<qint64>, outputTokens);
    QFETCH(QString, billed);
    QFETCH(QList<qint64>, expectedNanos);
    Scenario scenario;
    const QList<QByteArray> keys{"k0", "k1", "k2"};
    for (int i = 0; i < outputTokens.size(); ++i)
        scenario.use("Alpha", usage(D, keys[i].constData(), "w1", Sonnet, {50, outputTokens[i], 0, 0, 0}));
    scenario.cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::Output, billed.toLatin1().constData()));
    const ReconcileResult result = scenario.run();
    qint64 total = 0;
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(allocatedToKey(result, keys[i].constData()).nanos(), expectedNanos[i]);
        total += expectedNanos[i];
    }
    QCOMPARE(buRow(result, "Alpha").figures.billed.nanos(), total);
    QVERIFY(buRow(result, "Alpha").figures.fallback().isZero());
}

void TestAllocator::splitDoesNotDependOnInputOrder()
{
    const auto run = [](bool reversed) {
        Scenario scenario;
        QList<QByteArray> keys{"apikey_a", "apikey_b", "apikey_c"};
        if (reversed)
            std::reverse(keys.begin(), keys.end());
        for (const QByteArray &key : keys)
            scenario.use("Alpha", usage(D, key.constData(), "w1", Sonnet, {0, 1, 0, 0, 0}));
        scenario.cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::Output, "0.000000002"));
        const ReconcileResult result = scenario.run();
        return QList<qint64>{allocatedToKey(result, "apikey_a").nanos(), allocatedToKey(result, "apikey_b").nanos(),
                             allocatedToKey(result, "apikey_c").nanos()};
    };
    QCOMPARE(run(false), (QList<qint64>{1, 1, 0}));
    QCOMPARE(run(true), (QList<qint64>{1, 1, 0}));
}

void TestAllocator::tokenTypesWeighSeparately()
{
    const ReconcileResult result = Scenario()
                                       .use("Alpha", usage(D, "a", "w1", Sonnet, {900, 100, 0, 0, 0}))
                                       .use("Alpha", usage(D, "b", "w1", Sonnet, {100, 900, 0, 0, 0}))
                                       .cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::UncachedInput, "10"))
                                       .cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::Output, "1"))
                                       .run();
    QCOMPARE(allocatedToKey(result, "a"), dollars("9.1"));
    QCOMPARE(allocatedToKey(result, "b"), dollars("1.9"));
}

void TestAllocator::zeroWeightCellFallsBackToTier1()
{
    // Batch output was billed but the batch rows have no output tokens: tier 1 spreads it over
    // the model's rows of any tier by output tokens.
    const ReconcileResult result = Scenario()
                                       .use("Alpha", usage(D, "a", "w1", Sonnet, {10, 100, 0, 0, 0}))
                                       .use("Alpha", usage(D, "b", "w1", Sonnet, {10, 300, 0, 0, 0}))
                                       .use("Alpha", usage(D, "c", "w1", Sonnet, {10, 0, 0, 0, 0}, "batch"))
                                       .use("Alpha", usage(D, "d", "w1", Haiku, {10, 5000, 0, 0, 0}))
                                       .cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::Output, "4", "batch"))
                                       .run();
    QCOMPARE(allocatedToKey(result, "a"), dollars("1"));
    QCOMPARE(allocatedToKey(result, "b"), dollars("3"));
    QCOMPARE(allocatedToKey(result, "c"), Money());
    QCOMPARE(allocatedToKey(result, "d"), Money()); // another model never takes tier-1 dollars
    const BuMonthRow &row = buRow(result, "Alpha");
    QCOMPARE(row.figures.fallbackByTier[0], dollars("4"));
    QCOMPARE(row.figures.billed, dollars("4"));
    QVERIFY(row.reasons & FallbackDollars);
    QCOMPARE(row.status, ReconStatus::Warning);
}

void TestAllocator::otherModelFallsBackToTier2()
{
    // Opus was billed but only Haiku was used in the workspace-day: tier 2 by total tokens.
    const ReconcileResult result = Scenario()
                                       .use("Alpha", usage(D, "a", "w1", Haiku, {40, 40, 10, 5, 5}))
                                       .use("Alpha", usage(D, "b", "w1", Haiku, {0, 200, 0, 0, 0}))
                                       .use("Alpha", usage(D, "z", "w2", Opus, {0, 999, 0, 0, 0}))
                                       .cost("Alpha", tokenCost(D, "w1", Opus, TokenType::Output, "6"))
                                       .run();
    QCOMPARE(allocatedToKey(result, "a"), dollars("2"));
    QCOMPARE(allocatedToKey(result, "b"), dollars("4"));
    QCOMPARE(allocatedToKey(result, "z"), Money()); // other workspace: never
    QCOMPARE(buRow(result, "Alpha").figures.fallbackByTier[1], dollars("6"));
}

void TestAllocator::nothingToWeighStaysUnattributed()
{
    const ReconcileResult result = Scenario()
                                       .configure("Alpha")
                                       .use("Alpha", usage(D, "a", "w1", Haiku, {0, 100, 0, 0, 0}))
                                       .cost("Alpha", tokenCost(D, "w1", Haiku, TokenType::Output, "1"))
                                       .cost("Alpha", tokenCost(D, "w-empty", Haiku, TokenType::Output, "5"))
                                       .use("Beta", usage(D, "b", "w-empty", Haiku, {0, 100, 0, 0, 0})) // other BU
                                       .run();
    QCOMPARE(allocatedToKey(result, "a"), dollars("1"));
    QCOMPARE(allocatedToKey(result, "b"), Money());
    const BuMonthRow &alpha = buRow(result, "Alpha");
    QCOMPARE(alpha.figures.billed, dollars("6"));
    QCOMPARE(alpha.figures.unattributed(), dollars("5"));
    QCOMPARE(alpha.figures.fallback(), dollars("5"));
    QCOMPARE(alpha.status, ReconStatus::Warning);
    QCOMPARE(buRow(result, "Beta").figures.billed, Money());
}

void TestAllocator::webSearchSplitsByRequests()
{
    const ReconcileResult result = Scenario()
                                       .use("Alpha", usage(D, "a", "w1", Haiku, {0, 100, 0, 0, 0}, "standard", "0-200k", 3))
                                       .use("Alpha", usage(D, "b", "w1", Sonnet, {0, 900, 0, 0, 0}, "standard", "0-200k", 1))
                                       .use("Alpha", usage(D, "c", "w2", Haiku, {0, 100, 0, 0, 0}))
                                       .use("Alpha", usage(D, "d", "w2", Haiku, {0, 300, 0, 0, 0}))
                                       .cost("Alpha", chargeCost(D, "w1", "web_search", "0.04"))
                                       .cost("Alpha", chargeCost(D, "w2", "web_search", "0.08")) // no requests: tier 2
                                       .run();
    QCOMPARE(allocatedToKey(result, "a"), dollars("0.03"));
    QCOMPARE(allocatedToKey(result, "b"), dollars("0.01"));
    QCOMPARE(allocatedToKey(result, "c"), dollars("0.02"));
    QCOMPARE(allocatedToKey(result, "d"), dollars("0.06"));
    const ReconFigures &f = buRow(result, "Alpha").figures;
    QCOMPARE(f.fallbackByTier[1], dollars("0.08"));
    QCOMPARE(f.nonTokenBilled, dollars("0.12"));
    QCOMPARE(f.webSearchList, dollars("0.04")); // 4 requests × $0.01
}

void TestAllocator::codeExecutionSplitsByListPrice_data()
{
    QTest::addColumn<QString>("costType");
    QTest::newRow("code execution") << "code_execution";
    QTest::newRow("session usage") << "session_usage";
    QTest::newRow("a charge type from the future") << "agent_hours";
}

void TestAllocator::codeExecutionSplitsByListPrice()
{
    QFETCH(QString, costType);
    // a: 1M sonnet input = $3 list; b: 1M haiku input = $1 list; c: unpriced model, weight 0.
    const ReconcileResult result = Scenario()
                                       .use("Alpha", usage(D, "a", "w1", Sonnet, {1'000'000, 0, 0, 0, 0}))
                                       .use("Alpha", usage(D, "b", "w1", Haiku, {1'000'000, 0, 0, 0, 0}))
                                       .use("Alpha", usage(D, "c", "w1", "claude-mystery-1", {9'000'000, 0, 0, 0, 0}))
                                       .cost("Alpha", chargeCost(D, "w1", costType.toLatin1().constData(), "0.40"))
                                       .run();
    QCOMPARE(allocatedToKey(result, "a"), dollars("0.30"));
    QCOMPARE(allocatedToKey(result, "b"), dollars("0.10"));
    QCOMPARE(allocatedToKey(result, "c"), Money());
    QVERIFY(buRow(result, "Alpha").figures.fallback().isZero());
}

void TestAllocator::creditsAreAllocatedLikeCharges()
{
    const ReconcileResult result = Scenario()
                                       .use("Alpha", usage(D, "a", "w1", Haiku, {0, 100, 0, 0, 0}))
                                       .use("Alpha", usage(D, "b", "w1", Haiku, {0, 200, 0, 0, 0}))
                                       .cost("Alpha", tokenCost(D, "w1", Haiku, TokenType::Output, "-3"))
                                       .run();
    QCOMPARE(allocatedToKey(result, "a"), dollars("-1"));
    QCOMPARE(allocatedToKey(result, "b"), dollars("-2"));
    const ReconFigures &f = buRow(result, "Alpha").figures;
    QCOMPARE(f.billed, dollars("-3"));
    QCOMPARE(f.credits, dollars("-3"));
}

void TestAllocator::linesOfOneCellAreSummedFirst()
{
    // $10 charge and a −$9.99 credit line on the same cell net to 1 cent before splitting: each
    // key gets half a cent, not a rounded half of each line.
    Scenario scenario;
    scenario.use("Alpha", usage(D, "a", "w1", Haiku, {0, 1, 0, 0, 0}))
        .use("Alpha", usage(D, "b", "w1", Haiku, {0, 1, 0, 0, 0}))
        .cost("Alpha", tokenCost(D, "w1", Haiku, TokenType::Output, "10"));
    CostLine credit = tokenCost(D, "w1", Haiku, TokenType::Output, "-9.99");
    credit.description = QStringLiteral("promotional credit");
    credit.inferenceGeo = QStringLiteral("us");
    scenario.cost("Alpha", credit);
    const ReconcileResult result = scenario.run();
    QCOMPARE(allocatedToKey(result, "a"), dollars("0.005"));
    QCOMPARE(allocatedToKey(result, "b"), dollars("0.005"));
    QCOMPARE(result.allocation.cellCount, qint64(1));
    QCOMPARE(buRow(result, "Alpha").figures.credits, Money()); // the cell is positive
}

void TestAllocator::overrideMovesKeyToAnotherBu()
{
    const ReconcileResult result = Scenario()
                                       .configure("Alpha")
                                       .override("k-edu", "Education")
                                       .use("Alpha", usage(D, "k-edu", "w1", Sonnet, {0, 1'000'000, 0, 0, 0}))
                                       .use("Alpha", usage(D, "k-dev", "w1", Sonnet, {0, 1'000'000, 0, 0, 0}))
                                       .cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::Output, "20"))
                                       .run();
    QCOMPARE(result.businessUnits, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Education")}));
    const ReconFigures &alpha = buRow(result, "Alpha").figures;
    const ReconFigures &education = buRow(result, "Education").figures;
    QCOMPARE(alpha.billed, dollars("10"));
    QCOMPARE(education.billed, dollars("10"));
    QCOMPARE(alpha.listPrice, dollars("15"));     // 1M sonnet 4.5 output
    QCOMPARE(education.listPrice, dollars("15"));
    QCOMPARE(result.monthTotals.at(0).figures.billed, dollars("20"));
}

void TestAllocator::nullWorkspaceMatchesOnlyNull()
{
    const ReconcileResult result = Scenario()
                                       .use("Alpha", usage(D, "default-key", nullptr, Haiku, {0, 100, 0, 0, 0}))
                                       .use("Alpha", usage(D, "w1-key", "w1", Haiku, {0, 100, 0, 0, 0}))
                                       .use("Alpha", usage(D, "empty-key", "", Haiku, {0, 100, 0, 0, 0}))
                                       .cost("Alpha", tokenCost(D, nullptr, Haiku, TokenType::Output, "7"))
                                       .run();
    QCOMPARE(allocatedToKey(result, "default-key"), dollars("7"));
    QCOMPARE(allocatedToKey(result, "w1-key"), Money());
    QCOMPARE(allocatedToKey(result, "empty-key"), Money()); // "" is not null
    QVERIFY(buRow(result, "Alpha").figures.fallback().isZero());
}

void TestAllocator::propertyAllocatedEqualsBilled_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 30; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestAllocator::propertyAllocatedEqualsBilled()
{
    QFETCH(quint32, seed);
    SyntheticOptions options;
    options.seed = seed;
    options.businessUnits = 3;
    options.from = YearMonth(2025, 7);
    options.to = YearMonth(2025, 8);
    options.keys = int(seed % 4) + 1;
    options.models = int(seed % 3) + 2;

    QList<QPair<QString, CostLine>> costs;
    QList<QPair<QString, UsageLine>> usages;
    QHash<QString, QString> overrides;
    generateSynthetic(options, [&](const QString &bu, const CostLine &line) { costs.append({bu, line}); },
                      [&](const QString &bu, const UsageLine &line) { usages.append({bu, line}); }, &overrides);

    const auto reconcile = [&](quint32 shuffleSeed) {
        if (shuffleSeed != 0) {
            std::mt19937 engine(shuffleSeed);
            std::shuffle(costs.begin(), costs.end(), engine);
            std::shuffle(usages.begin(), usages.end(), engine);
        }
        ReconcileInputBuilder builder(options.from, options.to);
        builder.setOverrides(overrides);
        for (const auto &[bu, line] : std::as_const(costs))
            builder.addCost(bu, line);
        for (const auto &[bu, line] : std::as_const(usages))
            builder.addUsage(bu, line);
        return Reconciler(bundledBook()).run(std::make_shared<const ReconcileInput>(builder.build()));
    };
    const ReconcileResult result = reconcile(0);
    const ReconcileInput &in = *result.input;

    // Every cell and every (month, fetching BU) ties inside the allocator.
    QVERIFY(result.allocation.untiedCells.empty());
    QCOMPARE(result.allocation.billedByFetchBuMonth, result.allocation.allocatedByFetchBuMonth);
    QVERIFY(result.allocation.cellCount > 0);
    QVERIFY(!result.allocation.fallbackCells.empty()); // the messy data exercises fallbacks

    // Independently: billed per (BU, day, workspace, category) from the raw lines equals what
    // landed on that workspace-day's rows plus its unattributed dollars (no tier leaves it).
    const auto wdKey = [](const QString &bu, QDate day, const QString &workspace, int category) -> QString {
        return bu + u'|' + day.toString(Qt::ISODate) + u'|' + (workspace.isNull() ? QStringLiteral("<null>") : u'=' + workspace)
               + u'|' + QString::number(category);
    };
    QHash<QString, qint64> billed;
    QHash<QString, qint64> billedByMonth;
    for (const auto &[bu, line] : std::as_const(costs)) {
        billed[wdKey(bu, line.date, line.workspaceId, int(categoryOf(line.costType, line.tokenType)))] += line.amount.nanos();
        billedByMonth[YearMonth::of(line.date).toString()] += line.amount.nanos();
    }
    QHash<QString, qint64> placed;
    QHash<QString, qint64> placedByBu;
    for (size_t row = 0; row < in.usage.size(); ++row) {
        const QString bu = in.businessUnits.at(in.usage.fetchBu[row]);
        const QString key = in.strings.text(in.usage.apiKey[row]);
        // The effective BU recomputed from the override map, not taken from the input.
        const QString effective = (!key.isNull() && overrides.contains(key)) ? overrides.value(key) : bu;
        QCOMPARE(in.businessUnits.at(in.usage.effectiveBu[row]), effective);
        for (int category = 0; category < CostCategoryCount; ++category) {
            const qint64 nanos = result.allocation.allocated[row][size_t(category)];
            placed[wdKey(bu, in.date(in.usage.day[row]), in.strings.text(in.usage.workspace[row]), category)] += nanos;
            placedByBu[effective] += nanos;
        }
    }
    for (const CellRecord &cell : result.allocation.fallbackCells) {
        if (cell.tier != 3)
            continue;
        const QString bu = in.businessUnits.at(cell.bu);
        placed[wdKey(bu, in.date(cell.day), in.strings.text(cell.workspace), int(cell.category))] += cell.amount;
        placedByBu[bu] += cell.amount;
    }
    for (auto it = billed.constBegin(); it != billed.constEnd(); ++it)
        QVERIFY2(placed.value(it.key()) == it.value(), qPrintable(it.key()));
    for (auto it = placed.constBegin(); it != placed.constEnd(); ++it)
        QVERIFY2(it.value() == 0 || billed.contains(it.key()), qPrintable(it.key()));

    // Month totals and BU rows tie to the raw lines.
    for (const MonthRow &month : result.monthTotals) {
        QCOMPARE(month.figures.billed.nanos(), billedByMonth.value(month.month.toString()));
        QVERIFY(month.ties);
    }
    for (int bu = 0; bu < result.businessUnits.size(); ++bu) {
        qint64 sum = 0;
        for (int month = 0; month < result.months.size(); ++month) {
            const BuMonthRow &row = result.row(month, bu);
            sum += row.figures.billed.nanos();
            QVERIFY(!(row.reasons & AllocationNotTied));
            QCOMPARE(row.figures.bridge().total(), row.figures.difference());
        }
        QCOMPARE(sum, placedByBu.value(result.businessUnits.at(bu)));
    }
    QVERIFY(result.businessUnits.contains(QStringLiteral("BU-Override-Only")));

    // Breakdowns add up to the total.
    const auto billedOf = [](const QList<BreakdownRow> &rows) {
        Money sum;
        for (const BreakdownRow &row : rows)
            sum += row.figures.billed;
        return sum;
    };
    QCOMPARE(billedOf(ReconcileReports::byModel(result)), result.total.billed);
    QCOMPARE(billedOf(ReconcileReports::byApiKey(result)), result.total.billed);
    QCOMPARE(billedOf(ReconcileReports::byWorkspace(result)), result.total.billed);
    QCOMPARE(billedOf(ReconcileReports::byTokenType(result)), result.total.billed);

    // The same lines in another order give the same answer, row for row.
    const ReconcileResult shuffled = reconcile(seed * 7919);
    QCOMPARE(shuffled.rows.size(), result.rows.size());
    for (qsizetype i = 0; i < result.rows.size(); ++i)
        QVERIFY(shuffled.rows.at(i).figures == result.rows.at(i).figures);
    const QList<BreakdownRow> keysA = ReconcileReports::byApiKey(result);
    const QList<BreakdownRow> keysB = ReconcileReports::byApiKey(shuffled);
    QCOMPARE(keysA.size(), keysB.size());
    for (qsizetype i = 0; i < keysA.size(); ++i) {
        QCOMPARE(keysA.at(i).key, keysB.at(i).key);
        QCOMPARE(keysA.at(i).figures.billed, keysB.at(i).figures.billed);
    }
}

QTEST_APPLESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
