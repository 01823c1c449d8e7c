#include "ReconcileTestData.h"
#include "SyntheticData.h"

#include "core/reconcile/ReconcileChecks.h"
#include "core/reconcile/ReconcileReports.h"

#include <QTest>

using namespace tieout;
using namespace tieout::test;

namespace {
const QDate D(2025, 8, 5);
const YearMonth Aug(2025, 8);
constexpr const char *Sonnet = "claude-sonnet-4-5-20250929";
constexpr const char *Haiku = "claude-haiku-4-5-20251001";
constexpr const char *Mystery = "claude-mystery-1";

// 1M input + 100k output of Sonnet 4.5 = $4.50 list, billed $2.70 + $1.35 = $4.05.
Scenario &simpleMonth(Scenario &scenario, const char *input = "2.70", const char *output = "1.35")
{
    return scenario.configure("Alpha")
        .use("Alpha", usage(D, "a", "w1", Sonnet, {1'000'000, 100'000, 0, 0, 0}))
        .cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::UncachedInput, input))
        .cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::Output, output));
}

// Every bridge part at once (see bridgeExplainsTheDifference).
ReconcileResult bridgeScenario()
{
    Scenario scenario;
    scenario.configure("Alpha")
        .use("Alpha", usage(D, "a", "w1", Sonnet, {1'000'000, 0, 0, 0, 0}))
        .cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::UncachedInput, "2.40"))
        .use("Alpha", usage(D, "a", "w1", Mystery, {1'000'000, 0, 0, 0, 0}))
        .cost("Alpha", tokenCost(D, "w1", Mystery, TokenType::UncachedInput, "1.00"))
        .use("Alpha", usage(D, "b", "w1", Haiku, {0, 200'000, 0, 0, 0}, "standard", "0-200k", 10))
        .cost("Alpha", tokenCost(D, "w1", Haiku, TokenType::Output, "1.00"))
        .cost("Alpha", chargeCost(D, "w1", "web_search", "0.12"))
        .cost("Alpha", chargeCost(D, "w1", "code_execution", "0.05"))
        .use("Alpha", usage(D, "c", "w1", Sonnet, {0, 100'000, 0, 0, 0}, "priority"));
    return scenario.run();
}

} // namespace

class TestReconciler final : public QObject
{
    Q_OBJECT

private slots:
    void monthBuFigures();
    void statuses_data();
    void statuses();
    void bridgeExplainsTheDifference();
    void bridgeSumsExactlyOnRandomData();
    void coverageFailsMonthsWithUnfetchedDays();
    void everyBuHasARowInEveryMonth();
    void reportsAddUpToTheGrid();
    void drillDownAddsUpToItsRow();
    void topDriversAreOrderedByGap();
    void checks();
    void recomputeReplacedWindowFromPrevious();
    void ratioBandParsing_data();
    void ratioBandParsing();
    void parallelAllocationEqualsSinglePass();
    void ratioScaledIsItsDecimalString_data();
    void ratioScaledIsItsDecimalString();
};

void TestReconciler::monthBuFigures()
{
    Scenario scenario;
    const ReconcileResult result = simpleMonth(scenario).run();
    const BuMonthRow &row = buRow(result, "Alpha");
    QCOMPARE(row.figures.billed, dollars("4.05"));
    QCOMPARE(row.figures.listPrice, dollars("4.50"));
    QCOMPARE(row.figures.difference(), dollars("0.45"));
    QCOMPARE(row.figures.ratio().toDecimalString(4), QStringLiteral("1.1111"));
    QCOMPARE(row.figures.unpricedBilled, Money());
    QCOMPARE(row.figures.fallback(), Money());
    QCOMPARE(row.figures.tokens, qint64(1'100'000));
    QCOMPARE(row.status, ReconStatus::Tied);
    QCOMPARE(row.reasons, StatusReasons(NoReason));
    QCOMPARE(result.monthTotals.at(0).figures, row.figures);
    QCOMPARE(result.total, row.figures);
    QCOMPARE(result.status, ReconStatus::Tied);
}

void TestReconciler::statuses_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("reasons");
    QTest::newRow("tied") << "tied" << int(ReconStatus::Tied) << int(NoReason);
    QTest::newRow("ratio above the band") << "cheap" << int(ReconStatus::Warning) << int(RatioOutOfBand);
    QTest::newRow("wider band") << "cheap-wide-band" << int(ReconStatus::Tied) << int(NoReason);
    QTest::newRow("ratio below the band") << "expensive" << int(ReconStatus::Warning) << int(RatioOutOfBand);
    QTest::newRow("unpriced model") << "unpriced" << int(ReconStatus::Warning) << int(UnpricedDollars | UnpricedUsage);
    QTest::newRow("unpriced usage without cost") << "unpriced-usage" << int(ReconStatus::Warning) << int(UnpricedUsage);
    QTest::newRow("fallback dollars") << "fallback" << int(ReconStatus::Warning) << int(FallbackDollars);
    QTest::newRow("list price, nothing billed") << "usage-only" << int(ReconStatus::Warning) << int(RatioUndefined);
    QTest::newRow("missing day") << "missing-day" << int(ReconStatus::Failed) << int(MissingDays);
    QTest::newRow("missing day after coverage-through") << "missing-late-day" << int(ReconStatus::Tied) << int(NoReason);
}

void TestReconciler::statuses()
{
    QFETCH(QString, variant);
    QFETCH(int, status);
    QFETCH(int, reasons);
    Scenario scenario;
    ReconcileOptions options;
    if (variant == u"cheap" || variant == u"cheap-wide-band")
        simpleMonth(scenario, "1", "1"); // ratio 2.25
    else if (variant == u"expensive")
        simpleMonth(scenario, "5", "1"); // ratio 0.75
    else if (variant != u"usage-only")
        simpleMonth(scenario);
    if (variant == u"cheap-wide-band")
        QVERIFY(options.setRatioBand(u"0.5", u"2.5").ok());
    if (variant == u"unpriced")
        scenario.use("Alpha", usage(D, "a", "w1", Mystery, {10, 0, 0, 0, 0}))
            .cost("Alpha", tokenCost(D, "w1", Mystery, TokenType::UncachedInput, "0.10"));
    if (variant == u"unpriced-usage")
        scenario.use("Alpha", usage(D, "a", "w1", Mystery, {10, 0, 0, 0, 0}));
    if (variant == u"fallback")
        scenario.cost("Alpha", tokenCost(D, "w-ghost", Sonnet, TokenType::Output, "0.01"));
    if (variant == u"usage-only")
        scenario.configure("Alpha").use("Alpha", usage(D, "a", "w1", Sonnet, {1000, 0, 0, 0, 0}));
    if (variant == u"missing-day")
        scenario.fetchedAll("Alpha", QDate(2025, 8, 20));
    if (variant == u"missing-late-day") {
        scenario.fetchedAll("Alpha", QDate(2025, 8, 20));
        options.coverageThrough = QDate(2025, 8, 19);
    }
    const ReconcileResult result = scenario.run(options);
    const BuMonthRow &row = buRow(result, "Alpha");
    QCOMPARE(int(row.reasons), reasons);
    QCOMPARE(int(row.status), status);
    QCOMPARE(int(result.monthTotals.at(0).status), status);
}

void TestReconciler::bridgeExplainsTheDifference()
{
    const ReconcileResult result = bridgeScenario();
    const ReconFigures &f = buRow(result, "Alpha").figures;
    // list 3 + 1 + 0.10 + 1.50 = 5.60; billed 2.40 + 1.00 + 1.00 + 0.12 + 0.05 = 4.57.
    QCOMPARE(f.listPrice, dollars("5.60"));
    QCOMPARE(f.billed, dollars("4.57"));
    QCOMPARE(f.unpricedBilled, dollars("1.00"));
    const Bridge bridge = f.bridge();
    QCOMPARE(bridge.unpricedModels, dollars("-1.00"));
    QCOMPARE(bridge.nonTokenCharges, dollars("-0.07"));   // 0.10 list − 0.17 billed
    QCOMPARE(bridge.usageWithoutCost, dollars("1.50"));   // priority output, never billed here
    QCOMPARE(bridge.residualOnPricedCells, dollars("0.60")); // Sonnet input at a discount
    QCOMPARE(bridge.total(), dollars("1.03"));
    QCOMPARE(bridge.total(), f.difference());
    QCOMPARE(f.ratio().toDecimalString(4), QStringLiteral("1.5686")); // 5.60 ÷ 3.57
    QCOMPARE(ReconcileReports::bridge(result), bridge);
}

void TestReconciler::bridgeSumsExactlyOnRandomData()
{
    for (quint32 seed = 100; seed < 110; ++seed) {
        SyntheticOptions options;
        options.seed = seed;
        Scenario scenario(options.from, options.to);
        QHash<QString, QString> overrides;
        generateSynthetic(options, [&](const QString &bu, const CostLine &line) { scenario.builder().addCost(bu, line); },
                          [&](const QString &bu, const UsageLine &line) { scenario.builder().addUsage(bu, line); },
                          &overrides);
        scenario.builder().setOverrides(overrides);
        auto input = std::make_shared<const ReconcileInput>(scenario.builder().build());
        const ReconcileResult result = Reconciler(bundledBook()).run(input);
        for (const BuMonthRow &row : result.rows) {
            const Bridge bridge = row.figures.bridge();
            QCOMPARE(bridge.total(), row.figures.difference());
            QCOMPARE(bridge.unpricedModels, -row.figures.unpricedBilled);
        }
        const Bridge total = result.total.bridge();
        QCOMPARE(total.total(), result.total.difference());
        QVERIFY(!total.unpricedModels.isZero());   // claude-mystery-9 was billed
        QVERIFY(!total.usageWithoutCost.isZero()); // priority rows
        QVERIFY(!total.nonTokenCharges.isZero());  // code execution
    }
}

void TestReconciler::coverageFailsMonthsWithUnfetchedDays()
{
    const auto run = [](QDate coverageThrough) {
        Scenario scenario;
        simpleMonth(scenario)
            .configure("Beta")
            .configure("Gamma")
            .override("edu-key", "Education")
            .use("Alpha", usage(D, "edu-key", "w1", Sonnet, {0, 100, 0, 0, 0}))
            .fetchedAll("Alpha", QDate(2025, 8, 10))
            .fetchedAll("Beta");
        ReconcileOptions options;
        options.coverageThrough = coverageThrough;
        return scenario.run(options);
    };
    ReconcileResult result = run(QDate());
    const BuMonthRow &alpha = buRow(result, "Alpha");
    QCOMPARE(alpha.status, ReconStatus::Failed);
    QCOMPARE(alpha.missingDays, 1);
    QCOMPARE(alpha.incompleteFeeders, QStringList{QStringLiteral("Alpha: 2025-08-10")});
    // Education is fed by Alpha's key: Alpha's missing day fails it too.
    QCOMPARE(buRow(result, "Education").status, ReconStatus::Failed);
    QCOMPARE(buRow(result, "Beta").status, ReconStatus::Tied); // fetched, no data
    QCOMPARE(buRow(result, "Gamma").status, ReconStatus::Failed); // never fetched
    QCOMPARE(buRow(result, "Gamma").missingDays, 31);
    QCOMPARE(result.monthTotals.at(0).status, ReconStatus::Failed);

    result = run(QDate(2025, 8, 9)); // days after "yesterday" are not expected yet
    QCOMPARE(buRow(result, "Alpha").status, ReconStatus::Tied);
    QCOMPARE(buRow(result, "Gamma").missingDays, 9);
}

void TestReconciler::everyBuHasARowInEveryMonth()
{
    Scenario scenario(YearMonth(2025, 7), YearMonth(2025, 9));
    simpleMonth(scenario).configure("Zeta").override("k", "Education");
    const ReconcileResult result = scenario.run();
    QCOMPARE(result.months.size(), 3);
    QCOMPARE(result.businessUnits,
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("Education"), QStringLiteral("Zeta")}));
    QCOMPARE(result.rows.size(), 9);
    QCOMPARE(result.row(0, 0).figures.billed, Money());
    QCOMPARE(result.row(0, 0).status, ReconStatus::Tied);
    QCOMPARE(result.row(1, 0).figures.billed, dollars("4.05"));
    QCOMPARE(result.row(1, 0).month, YearMonth(2025, 8));
}

void TestReconciler::reportsAddUpToTheGrid()
{
    SyntheticOptions options;
    options.seed = 42;
    Scenario scenario(options.from, options.to);
    QHash<QString, QString> overrides;
    generateSynthetic(options, [&](const QString &bu, const CostLine &line) { scenario.builder().addCost(bu, line); },
                      [&](const QString &bu, const UsageLine &line) { scenario.builder().addUsage(bu, line); }, &overrides);
    scenario.builder().setOverrides(overrides);
    const ReconcileResult result =
        Reconciler(bundledBook()).run(std::make_shared<const ReconcileInput>(scenario.builder().build()));

    const auto sum = [](const auto &rows) {
        ReconFigures total;
        for (const auto &row : rows)
            total += row.figures;
        return total;
    };
    QCOMPARE(sum(ReconcileReports::byBusinessUnit(result)), result.total);
    QCOMPARE(sum(ReconcileReports::byModel(result)), result.total);
    QCOMPARE(sum(ReconcileReports::byWorkspace(result)), result.total);
    QCOMPARE(sum(ReconcileReports::byApiKey(result)), result.total);
    QCOMPARE(sum(ReconcileReports::byTokenType(result)), result.total);
    QCOMPARE(sum(ReconcileReports::daily(result)), result.total);
    QCOMPARE(sum(ReconcileReports::monthly(result)), result.total);
    QCOMPARE(ReconcileReports::daily(result).size(), 62);

    const ReportFilter julyBuB{{YearMonth(2025, 7)}, {QStringLiteral("BU-B")}};
    const ReconFigures &cell = result.row(result.monthIndex(YearMonth(2025, 7)), result.buIndex(QStringLiteral("BU-B"))).figures;
    QCOMPARE(sum(ReconcileReports::byModel(result, julyBuB)), cell);
    QCOMPARE(sum(ReconcileReports::daily(result, julyBuB)), cell);
    QCOMPARE(ReconcileReports::summary(result, julyBuB).figures, cell);

    const SummaryReport summary = ReconcileReports::summary(result);
    QCOMPARE(summary.figures, result.total);
    QCOMPARE(summary.from, YearMonth(2025, 7));
    QCOMPARE(summary.to, YearMonth(2025, 8));
    QCOMPARE(summary.tiedRows + summary.warningRows + summary.failedRows, int(result.rows.size()));
    QCOMPARE(summary.unpricedModels, QStringList{QStringLiteral("claude-mystery-9")});
    QCOMPARE(result.modelFamilies.value(QStringLiteral("claude-opus-4-1-20250805")), QStringLiteral("claude-opus-4-1"));
}

void TestReconciler::drillDownAddsUpToItsRow()
{
    const ReconcileResult result = bridgeScenario();
    const DrillDown drill = ReconcileReports::drillDown(result, Aug, QStringLiteral("Alpha"));
    const ReconFigures &row = buRow(result, "Alpha").figures;
    for (const QList<BreakdownRow> *rows : {&drill.byModel, &drill.byWorkspace, &drill.byApiKey, &drill.byTokenType}) {
        ReconFigures total;
        for (const BreakdownRow &r : *rows)
            total += r.figures;
        QCOMPARE(total, row);
    }
    QCOMPARE(drill.byModel.size(), 3);
    QCOMPARE(drill.byModel.at(0).key, QStringLiteral("claude-haiku-4-5-20251001"));
    QCOMPARE(drill.byModel.at(0).name, QStringLiteral("claude-haiku-4-5"));
    QCOMPARE(drill.byModel.at(1).key, str(Mystery));
    QVERIFY(drill.byModel.at(1).name.isNull()); // unpriced: no family
    QCOMPARE(drill.byModel.at(1).figures.unpricedBilled, dollars("1.00"));
    QCOMPARE(drill.byApiKey.size(), 3);
    QCOMPARE(drill.byTokenType.at(0).key, QStringLiteral("uncached_input_tokens"));
    QCOMPARE(drill.byTokenType.at(0).figures.billed, dollars("3.40"));
    QVERIFY(ReconcileReports::drillDown(result, Aug, QStringLiteral("Nobody")).byModel.isEmpty());
}

void TestReconciler::topDriversAreOrderedByGap()
{
    const ReconcileResult result = bridgeScenario();
    const QList<BreakdownRow> drivers = ReconcileReports::topDrivers(result, 2);
    QCOMPARE(drivers.size(), 2);
    // c/Sonnet priority: +1.50 list with nothing billed; a/mystery: −1.00 (and its share of code execution).
    QCOMPARE(drivers.at(0).key, QStringLiteral("c"));
    QCOMPARE(drivers.at(0).model, str(Sonnet));
    QCOMPARE(drivers.at(1).key, QStringLiteral("a"));
    QCOMPARE(drivers.at(1).model, str(Mystery));
    QVERIFY(drivers.at(0).figures.difference() > drivers.at(1).figures.difference());
}

void TestReconciler::checks()
{
    Scenario scenario;
    simpleMonth(scenario);
    const QList<CheckResult> clean = ReconcileChecks::run(scenario.run());
    QCOMPARE(clean.size(), 5);
    for (const CheckResult &check : clean)
        QVERIFY2(check.passed, qPrintable(check.id));

    Scenario messy;
    messy.configure("Alpha")
        .use("Alpha", usage(D, "a", "w1", Sonnet, {1'000'000, 0, 0, 0, 0}))
        .cost("Alpha", tokenCost(D, "w1", Sonnet, TokenType::UncachedInput, "1"))
        .use("Alpha", usage(D, "c", "w1", Sonnet, {0, 100'000, 0, 0, 0}, "priority"))
        .use("Alpha", usage(D, "m", "w1", Mystery, {5, 0, 0, 0, 0}))
        .cost("Alpha", tokenCost(D, "w1", Mystery, TokenType::UncachedInput, "0.25"))
        .cost("Alpha", tokenCost(D, "w-ghost", Haiku, TokenType::Output, "0.50"));
    const ReconcileResult result = messy.run();
    QHash<QString, CheckResult> byId;
    for (const CheckResult &check : ReconcileChecks::run(result))
        byId.insert(check.id, check);
    QVERIFY(byId.value(QStringLiteral("allocation_ties")).passed);
    const CheckResult band = byId.value(QStringLiteral("ratio_band"));
    QVERIFY(!band.passed);
    QCOMPARE(band.findings.size(), 1);
    // 4.50 list ÷ (1.75 billed − 0.25 unpriced billed)
    QVERIFY2(band.findings.at(0).detail.contains(QStringLiteral("ratio 3.0000")), qPrintable(band.findings.at(0).detail));

    const CheckResult noCost = byId.value(QStringLiteral("usage_without_cost"));
    QVERIFY(!noCost.passed);
    QCOMPARE(noCost.findings.size(), 1);
    QCOMPARE(noCost.findings.at(0).model, str(Sonnet));
    QCOMPARE(noCost.findings.at(0).tokens, qint64(100'000));
    QCOMPARE(noCost.findings.at(0).amount, dollars("1.50"));
    QVERIFY(noCost.findings.at(0).detail.contains(QStringLiteral("priority")));

    const CheckResult noUsage = byId.value(QStringLiteral("cost_without_usage"));
    QVERIFY(!noUsage.passed);
    QCOMPARE(noUsage.findings.size(), 1);
    QCOMPARE(noUsage.findings.at(0).workspaceId, QStringLiteral("w-ghost"));
    QCOMPARE(noUsage.findings.at(0).amount, dollars("0.50"));
    QVERIFY(noUsage.findings.at(0).detail.contains(QStringLiteral("tier 3")));

    const CheckResult unpriced = byId.value(QStringLiteral("unpriced_models"));
    QVERIFY(!unpriced.passed);
    QCOMPARE(unpriced.findings.size(), 1);
    QCOMPARE(unpriced.findings.at(0).model, str(Mystery));
    QCOMPARE(unpriced.findings.at(0).amount, dollars("0.25"));
    QCOMPARE(unpriced.findings.at(0).tokens, qint64(5));
}

void TestReconciler::recomputeReplacedWindowFromPrevious()
{
    // A backfill replaced BU-B's July: copy everything else from the previous input and scan
    // only that window again. The result must equal a full rebuild.
    SyntheticOptions options;
    options.seed = 77;
    QHash<QString, QString> overrides;
    QList<QPair<QString, CostLine>> costs;
    QList<QPair<QString, UsageLine>> usages;
    generateSynthetic(options, [&](const QString &bu, const CostLine &line) { costs.append({bu, line}); },
                      [&](const QString &bu, const UsageLine &line) { usages.append({bu, line}); }, &overrides);
    const auto inWindow = [](const QString &bu, QDate date) {
        return bu == u"BU-B" && YearMonth::of(date) == YearMonth(2025, 7);
    };
    const auto full = [&](bool changeWindow) {
        ReconcileInputBuilder builder(options.from, options.to);
        builder.setOverrides(overrides);
        for (const auto &[bu, line] : std::as_const(costs)) {
            CostLine copy = line;
            if (changeWindow && inWindow(bu, line.date))
                copy.amount = Money::fromNanos(line.amount.nanos() * 2);
            builder.addCost(bu, copy);
        }
        for (const auto &[bu, line] : std::as_const(usages))
            builder.addUsage(bu, line);
        for (int b = 0; b < options.businessUnits; ++b) {
            for (QDate day = options.from.firstDay(); day <= options.to.lastDay(); day = day.addDays(1))
                builder.addFetchedDay(syntheticBu(b), day);
        }
        return std::make_shared<const ReconcileInput>(builder.build());
    };
    const auto before = full(false);

    ReconcileInputBuilder builder(options.from, options.to);
    builder.setOverrides(overrides);
    builder.addFromPrevious(*before, {{QStringLiteral("BU-B"), YearMonth(2025, 7)}});
    for (const auto &[bu, line] : std::as_const(costs)) {
        if (inWindow(bu, line.date)) {
            CostLine copy = line;
            copy.amount = Money::fromNanos(line.amount.nanos() * 2); // the restated window
            builder.addCost(bu, copy);
        }
    }
    for (const auto &[bu, line] : std::as_const(usages)) {
        if (inWindow(bu, line.date))
            builder.addUsage(bu, line);
    }
    for (QDate day = QDate(2025, 7, 1); day <= QDate(2025, 7, 31); day = day.addDays(1))
        builder.addFetchedDay(QStringLiteral("BU-B"), day);
    const ReconcileResult incremental =
        Reconciler(bundledBook()).run(std::make_shared<const ReconcileInput>(builder.build()));
    const ReconcileResult rebuilt = Reconciler(bundledBook()).run(full(true));
    const ReconcileResult original = Reconciler(bundledBook()).run(before);

    QCOMPARE(incremental.businessUnits, rebuilt.businessUnits);
    QCOMPARE(incremental.rows.size(), rebuilt.rows.size());
    for (qsizetype i = 0; i < rebuilt.rows.size(); ++i) {
        QVERIFY(incremental.rows.at(i).figures == rebuilt.rows.at(i).figures);
        QCOMPARE(incremental.rows.at(i).status, rebuilt.rows.at(i).status);
    }
    QVERIFY(!(incremental.total == original.total)); // the restatement shows
}

void TestReconciler::ratioBandParsing_data()
{
    QTest::addColumn<QString>("low");
    QTest::addColumn<QString>("high");
    QTest::addColumn<bool>("ok");
    QTest::newRow("default spelled out") << "0.80" << "1.50" << true;
    QTest::newRow("four decimals") << "0.9999" << "1.0001" << true;
    QTest::newRow("five decimals") << "0.99999" << "1.5" << false;
    QTest::newRow("inverted") << "1.5" << "0.8" << false;
    QTest::newRow("garbage") << "low" << "1.5" << false;
}

void TestReconciler::ratioBandParsing()
{
    QFETCH(QString, low);
    QFETCH(QString, high);
    QFETCH(bool, ok);
    ReconcileOptions options;
    QCOMPARE(options.setRatioBand(low, high).ok(), ok);
    // Ratio 1.0000 exactly on a bound is inside the band.
    QVERIFY(Ratio(1, 1).withinScaled(10'000, 10'000, 4));
    QVERIFY(!Ratio(10'001, 10'000).withinScaled(8'000, 10'000, 4));
    QVERIFY(Ratio(-5, -4).withinScaled(12'500, 12'500, 4)); // sign-normalised
}

void TestReconciler::parallelAllocationEqualsSinglePass()
{
    // Large enough for the two-thread path (more than 20k cost lines), with overrides, credits,
    // unpriced models and fallback tiers: every output must be identical to one pass.
    SyntheticOptions options;
    options.seed = 4242;
    options.businessUnits = 4;
    options.from = YearMonth(2025, 1);
    options.to = YearMonth(2025, 4);
    Scenario scenario(options.from, options.to);
    QHash<QString, QString> overrides;
    generateSynthetic(options, [&](const QString &bu, const CostLine &line) { scenario.builder().addCost(bu, line); },
                      [&](const QString &bu, const UsageLine &line) { scenario.builder().addUsage(bu, line); },
                      &overrides);
    scenario.builder().setOverrides(overrides);
    auto input = std::make_shared<const ReconcileInput>(scenario.builder().build());
    QVERIFY2(input->costs.size() > 20'000, "too small to take the parallel path");

    ReconcileOptions single;
    single.parallelAllocation = false;
    const ReconcileResult parallel = Reconciler(bundledBook()).run(input);
    const ReconcileResult serial = Reconciler(bundledBook(), single).run(input);

    QVERIFY(parallel.allocation.allocated == serial.allocation.allocated);
    QVERIFY(parallel.allocation.coverage == serial.allocation.coverage);
    QCOMPARE(parallel.allocation.parts.size(), serial.allocation.parts.size());
    for (size_t i = 0; i < serial.allocation.parts.size(); ++i) {
        const AllocationPart &a = parallel.allocation.parts[i];
        const AllocationPart &b = serial.allocation.parts[i];
        QVERIFY(a.row == b.row && a.category == b.category && a.kinds == b.kinds && a.cellModel == b.cellModel
                && a.nanos == b.nanos);
    }
    QCOMPARE(parallel.allocation.fallbackCells.size(), serial.allocation.fallbackCells.size());
    QVERIFY(parallel.allocation.untiedCells.empty());
    QVERIFY(parallel.allocation.billedByFetchBuMonth == serial.allocation.billedByFetchBuMonth);
    QVERIFY(parallel.allocation.allocatedByFetchBuMonth == serial.allocation.allocatedByFetchBuMonth);
    QVERIFY(parallel.allocation.unpricedCellModel == serial.allocation.unpricedCellModel);
    QCOMPARE(parallel.allocation.cellCount, serial.allocation.cellCount);
    QCOMPARE(parallel.rows.size(), serial.rows.size());
    for (qsizetype i = 0; i < serial.rows.size(); ++i) {
        QCOMPARE(parallel.rows[i].figures.billed, serial.rows[i].figures.billed);
        QCOMPARE(parallel.rows[i].figures.listPrice, serial.rows[i].figures.listPrice);
        QCOMPARE(parallel.rows[i].figures.unpricedBilled, serial.rows[i].figures.unpricedBilled);
        QCOMPARE(parallel.rows[i].figures.fallback(), serial.rows[i].figures.fallback());
        QCOMPARE(parallel.rows[i].status, serial.rows[i].status);
    }
    QCOMPARE(parallel.total.billed, serial.total.billed);
}

void TestReconciler::ratioScaledIsItsDecimalString_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("scaled");
    QTest::newRow("ninths") << qint64(10) << qint64(9) << 4 << QStringLiteral("1.1111") << qint64(11111);
    QTest::newRow("half even down") << qint64(1) << qint64(8) << 2 << QStringLiteral("0.12") << qint64(12);
    QTest::newRow("half even up") << qint64(3) << qint64(8) << 2 << QStringLiteral("0.38") << qint64(38);
    QTest::newRow("negative denominator") << qint64(5) << qint64(-4) << 1 << QStringLiteral("-1.2") << qint64(-12);
    QTest::newRow("nine decimals") << qint64(2) << qint64(3) << 9 << QStringLiteral("0.666666667") << qint64(666666667);
}

void TestReconciler::ratioScaledIsItsDecimalString()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QFETCH(qint64, scaled);
    const Ratio ratio(numerator, denominator);
    QCOMPARE(ratio.toDecimalString(decimals), text);
    QCOMPARE(ratio.scaled(decimals), std::optional<qint64>(scaled));
    QVERIFY(!Ratio(1, 0).scaled(decimals)); // undefined
    QVERIFY(!Ratio(std::numeric_limits<qint64>::max(), 1).scaled(9)); // beyond qint64
}

QTEST_APPLESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
