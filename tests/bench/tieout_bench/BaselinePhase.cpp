#include "BaselinePhase.h"

#include "BaselineQuery.h"
#include "BenchScenario.h"
#include "Median.h"

#include "core/reconcile/Reconciler.h"
#include "core/report/PriceBookSource.h"
#include "core/store/Database.h"
#include "core/store/PriceEntryRepository.h"

#include <QElapsedTimer>

#include <cmath>

namespace tieout::bench {

namespace {

constexpr int QueryRepeats = 3;
constexpr int AllocationRepeats = 5;

QString dollars(double nanos)
{
    return Money::fromNanos(std::llround(nanos)).toDecimalString(2);
}

} // namespace

StepResult BaselinePhase::run(const BenchScenario &scenario, const QString &engine,
                              const QString &databaseUrl)
{
    StepResult result(QStringLiteral("baseline"), engine);
    const auto fail = [&result](const Error &error) {
        result.setError(error.message());
        return result;
    };
    auto url = DatabaseUrl::parse(databaseUrl);
    if (!url)
        return fail(url.error());
    auto database = Database::open(*url, BenchScenario::databaseOptions());
    if (!database)
        return fail(database.error());
    auto db = (*database)->connection();
    if (!db)
        return fail(db.error());
    const DateRange range = scenario.range();
    QElapsedTimer timer;

    // The new way, on this thread's connection: scan into columns, then allocate in memory.
    const ReconcileRequest request = scenario.request(scenario.from(), scenario.to());
    timer.start();
    auto service = ReconcileService::run(database->get(), request);
    if (!service)
        return fail(service.error());
    const double serviceMs = double(timer.nsecsElapsed()) / 1e6;
    auto rows = PriceEntryRepository(*db).loadAll();
    if (!rows)
        return fail(rows.error());
    auto book = PriceBookSource::withUserRows(*rows);
    if (!book)
        return fail(book.error());
    const Reconciler reconciler(*book, request.options());
    QList<double> allocationMs;
    for (int i = 0; i < AllocationRepeats; ++i) {
        timer.restart();
        const ReconcileResult allocated = reconciler.run(service->result.input);
        allocationMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const qint64 exactNanos = service->result.total.billed.nanos();

    // The old way.
    QList<double> queryMs;
    BaselineQuery::Outcome plain;
    for (int i = 0; i < QueryRepeats; ++i) {
        timer.restart();
        auto outcome = BaselineQuery::run(*db, range, false);
        if (!outcome)
            return fail(outcome.error());
        queryMs.append(double(timer.nsecsElapsed()) / 1e6);
        plain = *outcome;
    }
    timer.restart();
    auto nullSafe = BaselineQuery::run(*db, range, true);
    if (!nullSafe)
        return fail(nullSafe.error());
    const double nullSafeMs = double(timer.nsecsElapsed()) / 1e6;
    auto billed = BaselineQuery::billedNanos(*db, range);
    if (!billed)
        return fail(billed.error());
    if (*billed != exactNanos)
        return fail(Error(ErrorCode::Internal,
                          QStringLiteral("the reconciler's billed total %1 differs from SUM(amount) %2")
                              .arg(dollars(double(exactNanos)), dollars(double(*billed)))));

    const double oldMs = median(queryMs);
    const double newMs = median(allocationMs);
    const double exact = double(exactNanos);
    const double droppedNull = nullSafe->allocatedNanos - plain.allocatedNanos;
    const double droppedTotal = exact - plain.allocatedNanos;
    const QString ms = QStringLiteral("ms");
    const QString usd = QStringLiteral("USD");
    result.add(QStringLiteral("old_query_ms"), QStringLiteral("old SQL allocation query (median of 3)"),
               oldMs, ms);
    result.add(QStringLiteral("old_query_null_safe_ms"),
               QStringLiteral("  same query, null-safe workspace join"), nullSafeMs, ms);
    result.add(QStringLiteral("allocation_ms"),
               QStringLiteral("in-memory allocation, same process (median of 5)"), newMs, ms, 1);
    result.add(QStringLiteral("ratio"), QStringLiteral("old query / in-memory allocation"), oldMs / newMs,
               QStringLiteral("x"), 1);
    result.add(QStringLiteral("service_ms"), QStringLiteral("scan + allocate (ReconcileService::run)"),
               serviceMs, ms);
    result.add(QStringLiteral("ratio_vs_service"), QStringLiteral("old query / (scan + allocate)"),
               oldMs / serviceMs, QStringLiteral("x"), 1);
    result.add(QStringLiteral("billed_usd"), QStringLiteral("exact billed total"), exact / 1e9, usd, 2);
    result.add(QStringLiteral("old_allocated_usd"), QStringLiteral("old query: allocated"),
               plain.allocatedNanos / 1e9, usd, 2);
    result.add(QStringLiteral("dropped_usd"), QStringLiteral("old query: dropped in total"),
               droppedTotal / 1e9, usd, 2);
    result.add(QStringLiteral("dropped_null_join_usd"),
               QStringLiteral("  of which by the NULL workspace join"), droppedNull / 1e9, usd, 2);
    result.add(QStringLiteral("dropped_null_join_pct"), QStringLiteral("  NULL-join drop, share of the bill"),
               exact != 0 ? 100.0 * droppedNull / exact : 0, QStringLiteral("%"), 2);
    result.add(QStringLiteral("dropped_other_usd"),
               QStringLiteral("  of which no-model lines / cells without usage"),
               (droppedTotal - droppedNull) / 1e9, usd, 2);
    result.setInfo(QStringLiteral("old_query_rows"), QString::number(plain.rows));
    result.setInfo(QStringLiteral("old_query_sql"), BaselineQuery::text(false));
    return result;
}

} // namespace tieout::bench
