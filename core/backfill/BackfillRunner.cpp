#include "core/backfill/BackfillRunner.h"

#include "core/api/AdminApiClient.h"
#include "core/backfill/ClientPool.h"
#include "core/common/Clock.h"
#include "core/common/LogCategories.h"
#include "core/store/Database.h"
#include "core/store/DatabaseWorker.h"
#include "core/store/WindowStore.h"


namespace tieout::backfill {

namespace {

QString windowKey(const PlannedWindow &window)
{
    return window.businessUnit + u'\x1f' + window.month.toString();
}

qint64 rowCount(const WindowData &data)
{
    return data.costLines.size() + data.usageLines.size() + data.productivity.size();
}

// Runs on the database thread: diff the fetched window against the store and, in execute mode,
// replace it in one transaction.
WindowReport applyWindow(Database *database, const Clock &clock, WindowReport report, const WindowData &fetched,
                         BackfillRunner::Mode mode, const QString &actor)
{
    const QString context = QStringLiteral("BU %1, %2").arg(report.window.businessUnit, report.window.month.toString());
    if (!database) { // preview against a database that does not exist yet
        Q_ASSERT(mode == BackfillRunner::Mode::Preview);
        report.diff = WindowDiff::between(WindowData{}, fetched);
        return report;
    }
    // Store failures name the database as well: the operator must see which one refused (exit 4).
    const QString storeContext = context + QStringLiteral(" (") + database->url().describe() + u')';
    auto connection = database->connection();
    if (!connection) {
        report.error = connection.error().withContext(storeContext);
        return report;
    }
    WindowStore windows(*connection, clock);
    auto stored = windows.load(report.window.businessUnit, report.window.range);
    if (!stored) {
        report.error = stored.error().withContext(storeContext);
        return report;
    }
    report.diff = WindowDiff::between(*stored, fetched);
    if (mode != BackfillRunner::Mode::Preview) {
        WindowStore::WriteOptions options;
        options.recordRevisions = mode == BackfillRunner::Mode::Sync;
        options.action = mode == BackfillRunner::Mode::Sync ? QStringLiteral("sync") : QStringLiteral("backfill");
        auto outcome = windows.replaceWindow(fetched, actor, options);
        if (!outcome) {
            report.error = outcome.error().withContext(storeContext);
            return report;
        }
        report.executed = true;
        report.deleted = outcome->deleted;
        report.inserted = outcome->inserted;
        report.revisions = outcome->revisions;
    }
    return report;
}

} // namespace

BackfillRunner::BackfillRunner(ClientPool *clients, std::shared_ptr<Database> database, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_clock(clock)
    , m_worker(std::make_unique<DatabaseWorker>(std::move(database)))
    , m_actor(QStringLiteral("tieout"))
{
}

BackfillRunner::~BackfillRunner() = default;

void BackfillRunner::start(const QList<PlannedWindow> &windows, Mode mode)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_stopping = false;
    m_cancelled = false;
    m_mode = mode;
    m_planOrder = windows;
    m_reports.clear();
    m_queues.clear();
    m_pendingUnits.clear();
    m_activeUnits = 0;
    m_elapsed.start();
    for (const PlannedWindow &window : windows) {
        if (!m_queues.contains(window.businessUnit))
            m_pendingUnits.append(window.businessUnit);
        m_queues[window.businessUnit].append(window);
    }
    startNextBusinessUnits();
}

void BackfillRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_stopping = true;
}

void BackfillRunner::startNextBusinessUnits()
{
    while (!m_stopping && m_activeUnits < m_maxParallel && !m_pendingUnits.isEmpty()) {
        ++m_activeUnits;
        runNextWindow(m_pendingUnits.takeFirst());
    }
    if (m_activeUnits > 0 || !m_running)
        return;
    // Nothing in flight: the run is over (finished, failed or cancelled).
    m_running = false;
    RunSummary summary;
    summary.cancelled = m_cancelled;
    summary.elapsedMs = m_elapsed.elapsed();
    for (const PlannedWindow &window : std::as_const(m_planOrder)) {
        const auto it = m_reports.constFind(windowKey(window));
        if (it != m_reports.constEnd())
            summary.windows.append(*it);
    }
    emit finished(summary);
}

void BackfillRunner::runNextWindow(const QString &businessUnit)
{
    QList<PlannedWindow> &queue = m_queues[businessUnit];
    if (m_stopping || queue.isEmpty()) {
        --m_activeUnits;
        startNextBusinessUnits();
        return;
    }
    const PlannedWindow window = queue.takeFirst();
    emit windowStarted(window);
    api::AdminApiClient *client = m_clients->client(businessUnit);
    if (!client) {
        WindowReport report;
        report.window = window;
        report.error = Error(ErrorCode::Internal, QStringLiteral("no API client for BU %1").arg(businessUnit));
        completeWindow(businessUnit, report);
        return;
    }
    client->fetchWindow(window.range).then(this, [this, window, businessUnit](Result<WindowData> fetched) {
        WindowReport report;
        report.window = window;
        if (!fetched) {
            report.error = fetched.error().withContext(
                QStringLiteral("BU %1, %2").arg(window.businessUnit, window.month.toString()));
            completeWindow(businessUnit, report);
            return;
        }
        report.fetched = rowCount(*fetched);
        const Clock *clock = &m_clock;
        const Mode mode = m_mode;
        const QString actor = m_actor;
        m_worker
            ->run([clock, report, data = std::move(*fetched), mode, actor](Database *database) {
                return applyWindow(database, *clock, report, data, mode, actor);
            })
            .then(this, [this, businessUnit](WindowReport applied) { completeWindow(businessUnit, applied); });
    });
}

void BackfillRunner::completeWindow(const QString &businessUnit, WindowReport report)
{
    if (report.error) {
        qCWarning(lcBackfill).noquote() << report.error->message();
        m_stopping = true;
    }
    m_reports.insert(windowKey(report.window), report);
    emit windowFinished(report);
    runNextWindow(businessUnit);
}

} // namespace tieout::backfill
