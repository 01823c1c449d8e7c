#pragma once

#include "ui/backfill/BackfillEngine.h"

#include <QList>

#include <functional>

namespace tieout::test {

// A scripted BackfillEngine: records what the controller asks for and lets the test decide
// when each window finishes and what it reports, so the workflow is walked step by step
// without network or SQL.
class FakeBackfillEngine final : public ui::BackfillEngine
{
    Q_OBJECT

public:
    using ReportMaker = std::function<backfill::WindowReport(const backfill::PlannedWindow &, RunMode)>;

    explicit FakeBackfillEngine(QObject *parent = nullptr) : ui::BackfillEngine(parent) {}

    // What prepare() answers.
    Status prepareResult = okStatus();
    int prepareCalls = 0;
    QList<BusinessUnitConfig> preparedUnits;
    // Every start(), in order.
    QList<RunMode> startedModes;
    QList<QList<backfill::PlannedWindow>> startedWindows;
    bool cancelRequested = false;
    bool database = true;
    ReportMaker makeReport = defaultReport;
    // verify()
    Result<VerifyReport> verifyResult = VerifyReport{};
    QList<ReconcileRequest> verifyRequests;
    QList<QStringList> verifiedUnits;

    QFuture<Status> prepare(const QList<BusinessUnitConfig> &units) override
    {
        ++prepareCalls;
        preparedUnits = units;
        return QtFuture::makeReadyFuture(prepareResult);
    }

    void start(const QList<backfill::PlannedWindow> &windows, RunMode mode) override
    {
        Q_ASSERT(!m_running);
        m_running = true;
        cancelRequested = false;
        m_mode = mode;
        m_pending = windows;
        m_reports.clear();
        startedModes.append(mode);
        startedWindows.append(windows);
    }

    void cancel() override { cancelRequested = true; }
    bool isRunning() const override { return m_running; }
    bool hasDatabase() const override { return database; }
    QString databaseDescription() const override
    {
        return QStringLiteral("SQLite database /tmp/fake.sqlite");
    }

    QFuture<Result<VerifyReport>> verify(const ReconcileRequest &request, const QStringList &units) override
    {
        verifyRequests.append(request);
        verifiedUnits.append(units);
        return QtFuture::makeReadyFuture(verifyResult);
    }

    // Completes the next window, or the run when cancelled or done (as the runner does: a
    // cancel or a failure stops new windows from starting).
    void step()
    {
        if (!m_running)
            return;
        if (cancelRequested || m_pending.isEmpty() || m_failed) {
            finish();
            return;
        }
        const backfill::PlannedWindow window = m_pending.takeFirst();
        emit windowStarted(window);
        backfill::WindowReport report = makeReport(window, m_mode);
        m_failed = !report.ok();
        m_reports.append(report);
        emit windowFinished(report);
    }

    void runToEnd()
    {
        while (m_running)
            step();
    }

    void changeDatabase() { emit databaseChanged(); }

    // Stored 10 rows, fetched 12 (1 removed, 3 added); billed $100.00 -> $101.50 per window.
    static backfill::WindowReport defaultReport(const backfill::PlannedWindow &window, RunMode mode)
    {
        backfill::WindowReport report;
        report.window = window;
        report.fetched = 12;
        report.diff.cost = backfill::TableDiff{4, 5, 0, 1};
        report.diff.usage = backfill::TableDiff{6, 7, 1, 2};
        report.diff.billedBefore = Money::fromDollars(100);
        report.diff.billedAfter = Money::fromNanos(101'500'000'000);
        if (mode == RunMode::Execute) {
            report.executed = true;
            report.deleted = 10;
            report.inserted = 12;
        }
        return report;
    }

private:
    void finish()
    {
        m_running = false;
        m_failed = false;
        backfill::RunSummary summary;
        summary.windows = m_reports;
        summary.cancelled = cancelRequested;
        summary.elapsedMs = 1'234;
        emit finished(summary);
    }

    bool m_running = false;
    bool m_failed = false;
    RunMode m_mode = RunMode::Preview;
    QList<backfill::PlannedWindow> m_pending;
    QList<backfill::WindowReport> m_reports;
};

} // namespace tieout::test
