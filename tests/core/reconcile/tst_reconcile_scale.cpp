#include "ReconcileTestData.h"
#include "SyntheticData.h"

#include "core/reconcile/ReconcileChecks.h"
#include "core/reconcile/ReconcileReports.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace tieout;
using namespace tieout::test;

// A year of 7 BUs (~260k usage rows, ~470k cost lines) reconciled in memory: prints the time
// of each stage and checks that everything still ties. The time bound is deliberately loose
// (shared CI machines); the numbers printed are what to watch.
class TestReconcileScale final : public QObject
{
    Q_OBJECT

private slots:
    void yearOfSevenBusinessUnits();
};

void TestReconcileScale::yearOfSevenBusinessUnits()
{
    SyntheticOptions options;
    options.seed = 7;
    options.businessUnits = 7;
    options.from = YearMonth(2025, 1);
    options.to = YearMonth(2025, 12);
    options.workspaces = 3;
    options.models = 4;
    options.keys = 8;
    options.messy = false;

    // Fed line by line like a store scan; every string is a fresh copy, as it would be when
    // read from SQL, so the builder's interning is measured without implicit-sharing shortcuts.
    const auto fresh = [](QString &text) {
        if (!text.isNull())
            text = QString(text.constData(), text.size());
    };
    ReconcileInputBuilder builder(options.from, options.to);
    QElapsedTimer timer;
    qint64 builderNs = 0;
    generateSynthetic(
        options,
        [&](const QString &bu, const CostLine &line) {
            CostLine copy = line;
            for (QString *text : {&copy.workspaceId, &copy.description, &copy.costType, &copy.model, &copy.tokenType,
                                  &copy.serviceTier, &copy.contextWindow, &copy.inferenceGeo, &copy.currency})
                fresh(*text);
            QString buCopy = bu;
            fresh(buCopy);
            timer.start();
            builder.addCost(buCopy, copy);
            builderNs += timer.nsecsElapsed();
        },
        [&](const QString &bu, const UsageLine &line) {
            UsageLine copy = line;
            for (QString *text : {&copy.apiKeyId, &copy.workspaceId, &copy.model, &copy.serviceTier,
                                  &copy.contextWindow, &copy.inferenceGeo})
                fresh(*text);
            QString buCopy = bu;
            fresh(buCopy);
            timer.start();
            builder.addUsage(buCopy, copy);
            builderNs += timer.nsecsElapsed();
        });
    timer.start();
    auto input = std::make_shared<const ReconcileInput>(builder.build());
    builderNs += timer.nsecsElapsed();
    qInfo("input: %zu usage rows, %zu cost lines; builder %lld ms (includes ~25 ns/line of timer overhead)",
          input->usage.size(), input->costs.size(), builderNs / 1'000'000);
    QVERIFY(input->usage.size() > 250'000);
    QVERIFY(input->costs.size() > 450'000);

    const PriceBook book = bundledBook();
    QElapsedTimer stage;
    stage.start();
    const ReconcileResult result = Reconciler(book).run(input);
    const qint64 reconcileMs = stage.elapsed();
    stage.restart();
    const SummaryReport summary = ReconcileReports::summary(result);
    const auto daily = ReconcileReports::daily(result);
    const auto monthly = ReconcileReports::monthly(result);
    const auto byBu = ReconcileReports::byBusinessUnit(result);
    const auto byModel = ReconcileReports::byModel(result);
    const auto byWorkspace = ReconcileReports::byWorkspace(result);
    const auto byKey = ReconcileReports::byApiKey(result);
    const auto byType = ReconcileReports::byTokenType(result);
    const auto drivers = ReconcileReports::topDrivers(result, 20);
    const DrillDown drill = ReconcileReports::drillDown(result, YearMonth(2025, 6), syntheticBu(3));
    const qint64 reportsMs = stage.elapsed();
    stage.restart();
    const QList<CheckResult> checks = ReconcileChecks::run(result);
    const qint64 checksMs = stage.elapsed();
    // The same reconcile in one pass, for comparison (the result must not differ).
    ReconcileOptions onePass;
    onePass.parallelAllocation = false;
    stage.restart();
    const ReconcileResult serial = Reconciler(book, onePass).run(input);
    const qint64 serialMs = stage.elapsed();
    QCOMPARE(serial.total.billed, result.total.billed);
    QCOMPARE(serial.total.listPrice, result.total.listPrice);
    qInfo("reconcile in one pass (no allocation thread): %lld ms", serialMs);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    qInfo("reconcile %lld ms, all reports %lld ms, checks %lld ms; peak RSS %ld MB", reconcileMs, reportsMs, checksMs,
          usage.ru_maxrss / 1024);

    QVERIFY(result.allocation.untiedCells.empty());
    QCOMPARE(result.allocation.billedByFetchBuMonth, result.allocation.allocatedByFetchBuMonth);
    QCOMPARE(checks.at(0).id, QStringLiteral("allocation_ties"));
    QVERIFY(checks.at(0).passed);
    QCOMPARE(daily.size(), 365);
    QCOMPARE(monthly.size(), 12);
    QCOMPARE(byBu.size(), 7);
    QVERIFY(!drill.byApiKey.isEmpty());
    QCOMPARE(summary.figures, result.total);
    // The printed figures are the measurement (docs/benchmarks.md); no timing is asserted.
}

QTEST_APPLESS_MAIN(TestReconcileScale)
#include "tst_reconcile_scale.moc"
