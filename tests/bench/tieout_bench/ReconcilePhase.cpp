#include "ReconcilePhase.h"

#include "AwaitFuture.h"
#include "BenchScenario.h"
#include "FullReconcile.h"
#include "IncrementalRecompute.h"
#include "Median.h"
#include "ProcessStats.h"

#include "core/export/ReconExporter.h"
#include "core/reconcile/Reconciler.h"
#include "core/report/PriceBookSource.h"
#include "core/store/Database.h"
#include "core/store/DatabaseWorker.h"
#include "core/store/PriceEntryRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace tieout::bench {

namespace {

constexpr int FullRepeats = 3;
constexpr int AllocationRepeats = 5;
constexpr int SmallRepeats = 3;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

Result<PriceBook> loadBook(DatabaseWorker &worker)
{
    auto rows = awaitFuture(worker.run([](Database *database) -> Result<PriceEntryRows> {
        auto db = database->connection();
        if (!db)
            return db.error();
        return PriceEntryRepository(*db).loadAll();
    }));
    if (!rows)
        return rows.error();
    return PriceBookSource::withUserRows(*rows);
}

// Builds the input with IncrementalRecompute on the worker, then runs the reconciler: ms total.
Result<double> recompute(DatabaseWorker &worker, const Reconciler &reconciler,
                         const std::shared_ptr<const ReconcileInput> &previous,
                         const ReconcileRequest &request, const IncrementalRecompute::Windows &replaced,
                         ReconcileResult *out)
{
    QElapsedTimer timer;
    timer.start();
    auto input = awaitFuture(worker.run([previous, request, replaced](Database *database) {
        return IncrementalRecompute::build(database, *previous, request, replaced);
    }));
    if (!input)
        return input.error();
    ReconcileResult result = reconciler.run(std::make_shared<const ReconcileInput>(std::move(*input)));
    const double ms = msSince(timer);
    if (out)
        *out = std::move(result);
    return ms;
}

} // namespace

StepResult ReconcilePhase::run(const BenchScenario &scenario, const QString &engine,
                               const QString &databaseUrl, const QString &workDir)
{
    StepResult result(QStringLiteral("reconcile"), engine);
    const auto fail = [&result](const Error &error) {
        result.setError(error.message());
        return result;
    };
    auto url = DatabaseUrl::parse(databaseUrl);
    if (!url)
        return fail(url.error());
    auto opened = Database::open(*url, BenchScenario::databaseOptions());
    if (!opened)
        return fail(opened.error());
    std::shared_ptr<Database> database(std::move(*opened));
    DatabaseWorker worker(database);
    const ReconcileRequest request = scenario.request(scenario.from(), scenario.to());

    // What `tieout-cli reconcile` and the tie-out page do, in a process that has done nothing else.
    QList<double> fullMs;
    FullReconcile::Timing firstTiming; // its figures, without the result (released below)
    std::shared_ptr<const ReconcileInput> input;
    ReconFigures total;
    double exportMs = 0;
    qint64 exportBytes = 0;
    QElapsedTimer timer;
    {
        auto first = FullReconcile::run(worker, request);
        if (!first)
            return fail(first.error());
        timer.start();
        QFile csv(QDir(workDir).filePath(QStringLiteral("recon-%1.csv").arg(engine)));
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(csv.fileName())));
        if (auto written = ReconExporter::write(first->run.result, &csv); !written)
            return fail(written.error());
        csv.close();
        exportMs = msSince(timer);
        exportBytes = csv.size();
        input = first->run.result.input;
        total = first->run.result.total;
        fullMs.append(first->totalMs());
        firstTiming.serviceMs = first->serviceMs;
        firstTiming.reportsMs = first->reportsMs;
        firstTiming.run.scanMs = first->run.scanMs;
        firstTiming.run.reconcileMs = first->run.reconcileMs;
        firstTiming.run.usageRows = first->run.usageRows;
        firstTiming.run.costLines = first->run.costLines;
    }
    const double peakFirstMb = ProcessStats::peakRssMb();
    for (int i = 1; i < FullRepeats; ++i) {
        auto again = FullReconcile::run(worker, request);
        if (!again)
            return fail(again.error());
        fullMs.append(again->totalMs());
    }

    auto book = loadBook(worker);
    if (!book)
        return fail(book.error());
    const Reconciler reconciler(*book, request.options());
    QList<double> allocationMs;
    for (int i = 0; i < AllocationRepeats; ++i) {
        timer.restart();
        const ReconcileResult allocated = reconciler.run(input);
        allocationMs.append(msSince(timer));
    }

    const ReconcileRequest month = scenario.request(scenario.to(), scenario.to());
    QList<double> monthMs;
    for (int i = 0; i < SmallRepeats; ++i) {
        auto one = FullReconcile::run(worker, month);
        if (!one)
            return fail(one.error());
        monthMs.append(one->totalMs());
    }

    QList<double> unchangedMs;
    QList<double> windowMs;
    const IncrementalRecompute::Windows window{{scenario.businessUnits().first(), scenario.to()}};
    ReconcileResult recomputed;
    for (int i = 0; i < SmallRepeats; ++i) {
        auto unchanged = recompute(worker, reconciler, input, request, {}, nullptr);
        if (!unchanged)
            return fail(unchanged.error());
        unchangedMs.append(*unchanged);
        auto replaced = recompute(worker, reconciler, input, request, window, &recomputed);
        if (!replaced)
            return fail(replaced.error());
        windowMs.append(*replaced);
    }
    // A recompute that disagreed with the full run would be timing the wrong thing.
    if (!(recomputed.total == total))
        return fail(Error(ErrorCode::Internal,
                          QStringLiteral("the single-window recompute disagrees with the full run")));

    const QString ms = QStringLiteral("ms");
    result.add(QStringLiteral("full_ms"), QStringLiteral("full reconcile + all reports (fresh process)"),
               fullMs.first(), ms);
    result.add(QStringLiteral("full_median_ms"), QStringLiteral("full reconcile + all reports (median of 3)"),
               median(fullMs), ms);
    result.add(QStringLiteral("service_ms"), QStringLiteral("  ReconcileService::run (fresh process)"),
               firstTiming.serviceMs, ms);
    result.add(QStringLiteral("scan_ms"), QStringLiteral("    store scan into columns"),
               double(firstTiming.run.scanMs), ms);
    result.add(QStringLiteral("reconcile_ms"), QStringLiteral("    price book + Reconciler::run"),
               double(firstTiming.run.reconcileMs), ms);
    result.add(QStringLiteral("reports_ms"), QStringLiteral("  all reports (10)"), firstTiming.reportsMs, ms,
               1);
    result.add(QStringLiteral("allocation_ms"),
               QStringLiteral("in-memory allocation: Reconciler::run (median of 5)"), median(allocationMs),
               ms, 1);
    result.add(QStringLiteral("one_month_ms"),
               QStringLiteral("one month (%1) + reports (median of 3)").arg(scenario.to().toString()),
               median(monthMs), ms, 1);
    result.add(QStringLiteral("export_ms"), QStringLiteral("recon export to CSV"), exportMs, ms, 1);
    result.add(QStringLiteral("unchanged_ms"), QStringLiteral("recompute, nothing changed (addFromPrevious)"),
               median(unchangedMs), ms, 1);
    result.add(QStringLiteral("one_window_ms"),
               QStringLiteral("recompute, 1 BU-month rescanned (addFromPrevious)"), median(windowMs), ms, 1);
    result.add(QStringLiteral("peak_first_mb"),
               QStringLiteral("peak RSS after first reconcile + reports + export"), peakFirstMb,
               QStringLiteral("MB"));
    result.setInfo(QStringLiteral("usage_rows"), QString::number(firstTiming.run.usageRows));
    result.setInfo(QStringLiteral("cost_lines"), QString::number(firstTiming.run.costLines));
    result.setInfo(QStringLiteral("billed_usd"), total.billed.toDecimalString(2));
    result.setInfo(QStringLiteral("list_price_usd"), total.listPrice.toDecimalString(2));
    result.setInfo(QStringLiteral("recon_csv_bytes"), QString::number(exportBytes));
    return result;
}

} // namespace tieout::bench
