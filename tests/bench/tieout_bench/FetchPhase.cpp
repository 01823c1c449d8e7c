#include "FetchPhase.h"

#include "AwaitFuture.h"
#include "BenchScenario.h"
#include "ProcessStats.h"
#include "SandboxClients.h"
#include "WindowScheduler.h"

#include "core/api/AdminApiClient.h"

#include <QElapsedTimer>

#include <tuple>

namespace tieout::bench {

namespace {

constexpr int ParallelUnits = 3; // BackfillRunner's default, what the CLI runs with

struct Pass
{
    Result<qint64> rows = qint64(0);
    double seconds = 0;
    api::ClientStats stats; // this pass only
    double processCpu = 0;
    double sandboxCpu = 0;
};

// One pass over every window; `fetch` starts a window's requests and counts its rows.
Pass measure(SandboxClients &clients, const BenchScenario &scenario,
             const std::function<QFuture<Result<qint64>>(api::AdminApiClient *, const DateRange &)> &fetch)
{
    const api::ClientStats before = clients.totalStats();
    const double cpuBefore = ProcessStats::processCpuSeconds();
    const double sandboxBefore = clients.sandbox().cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    WindowScheduler scheduler(scenario.windows(), ParallelUnits, [&](const backfill::PlannedWindow &window) {
        return fetch(clients.client(window.businessUnit), window.range);
    });
    Pass pass;
    pass.rows = awaitFuture(scheduler.start());
    pass.seconds = double(timer.nsecsElapsed()) / 1e9;
    pass.processCpu = ProcessStats::processCpuSeconds() - cpuBefore;
    pass.sandboxCpu = clients.sandbox().cpuSeconds() - sandboxBefore;
    const api::ClientStats after = clients.totalStats();
    pass.stats.requests = after.requests - before.requests;
    pass.stats.bytes = after.bytes - before.bytes;
    pass.stats.retries = after.retries - before.retries;
    return pass;
}

template<typename T>
QFuture<Result<qint64>> countRows(QFuture<Result<T>> future, QObject *context,
                                  const std::function<qint64(const T &)> &count)
{
    return future.then(context, [count](Result<T> fetched) -> Result<qint64> {
        if (!fetched)
            return fetched.error();
        return count(*fetched);
    });
}

} // namespace

StepResult FetchPhase::run(const BenchScenario &scenario)
{
    StepResult result(QStringLiteral("fetch"), QStringLiteral("-"));
    SandboxClients clients(scenario);
    if (auto started = clients.start(); !started) {
        result.setError(started.error().message());
        return result;
    }
    QObject context;
    const qsizetype windows = scenario.windows().size();

    const Pass all = measure(clients, scenario, [&](api::AdminApiClient *client, const DateRange &range) {
        return countRows<WindowData>(client->fetchWindow(range), &context, [](const WindowData &data) {
            return qint64(data.costLines.size() + data.usageLines.size() + data.productivity.size());
        });
    });
    if (!all.rows) {
        result.setError(all.rows.error().message());
        return result;
    }
    result.add(QStringLiteral("windows"), QStringLiteral("windows (BU x month)"), double(windows), QString());
    result.add(QStringLiteral("all_s"), QStringLiteral("fetchWindow, all endpoints: wall"), all.seconds,
               QStringLiteral("s"), 2);
    result.add(QStringLiteral("all_rows"),
               QStringLiteral("fetchWindow: report rows (cost+usage+claude code)"), double(*all.rows),
               QString());
    result.add(QStringLiteral("all_rows_per_s"), QStringLiteral("fetchWindow: rows/s"),
               double(*all.rows) / all.seconds, QStringLiteral("rows/s"));
    result.add(QStringLiteral("all_requests"), QStringLiteral("fetchWindow: HTTP requests"),
               double(all.stats.requests), QString());
    result.add(QStringLiteral("all_mb"), QStringLiteral("fetchWindow: response bytes"),
               double(all.stats.bytes) / 1e6, QStringLiteral("MB"), 1);
    result.add(QStringLiteral("all_process_cpu_s"), QStringLiteral("fetchWindow: CPU, whole process"),
               all.processCpu, QStringLiteral("s"), 2);
    result.add(QStringLiteral("all_sandbox_cpu_s"), QStringLiteral("fetchWindow: CPU, sandbox thread"),
               all.sandboxCpu, QStringLiteral("s"), 2);

    const Pass cost = measure(clients, scenario, [&](api::AdminApiClient *client, const DateRange &range) {
        return countRows<CostLines>(client->costReport(range), &context,
                                    [](const CostLines &lines) { return qint64(lines.size()); });
    });
    const Pass usage = measure(clients, scenario, [&](api::AdminApiClient *client, const DateRange &range) {
        return countRows<UsageLines>(client->usageReport(range), &context,
                                     [](const UsageLines &lines) { return qint64(lines.size()); });
    });
    for (const auto &[pass, key, name] :
         {std::tuple{&cost, QStringLiteral("cost"), QStringLiteral("cost_report")},
          std::tuple{&usage, QStringLiteral("usage"), QStringLiteral("usage_report")}}) {
        if (!pass->rows) {
            result.setError(pass->rows.error().message());
            return result;
        }
        result.add(key + QStringLiteral("_s"), name + QStringLiteral(" only: wall"), pass->seconds,
                   QStringLiteral("s"), 2);
        result.add(key + QStringLiteral("_rows"), name + QStringLiteral(" only: rows"), double(*pass->rows),
                   QString());
        result.add(key + QStringLiteral("_rows_per_s"), name + QStringLiteral(" only: rows/s"),
                   double(*pass->rows) / pass->seconds, QStringLiteral("rows/s"));
        result.add(key + QStringLiteral("_sandbox_cpu_s"),
                   name + QStringLiteral(" only: CPU, sandbox thread"), pass->sandboxCpu, QStringLiteral("s"),
                   2);
    }
    result.setInfo(QStringLiteral("sandbox_requests"), QString::number(clients.sandbox().requestCount()));
    return result;
}

} // namespace tieout::bench
