#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/records/WindowData.h"
#include "core/store/CoverageEndpoint.h"
#include "core/store/StoreRecords.h"
#include "core/store/WindowWriteOutcome.h"

#include <QSqlDatabase>

#include <functional>

namespace tieout {

// The backfill's unit of work: one BU's rows over one window (normally a month), read for a
// preview diff or replaced in one transaction (SPEC §6). replaceWindow is idempotent — the same
// fetch twice leaves the same rows — and leaves every other BU and window untouched; on any
// failure the transaction rolls back and the window is exactly as it was.
// Synchronous: call it on a worker thread with that thread's connection.
class WindowStore final
{
public:
    struct WriteOptions
    {
        // The endpoints that were fetched: their tables are replaced and their coverage recorded
        // for every day of the window. The others are left alone.
        QList<CoverageEndpoint> endpoints = allCoverageEndpoints();
        // Sync: record each previously fetched day whose billed total or token count changed.
        bool recordRevisions = false;
        QString action = QStringLiteral("replace_window"); // written to the audit log
    };

    // For tests: called at named stages inside the transaction ("deleted", "inserted",
    // "before-commit"); an error aborts the write as any database failure would.
    using FaultInjector = std::function<Status(QSqlDatabase &db, const QString &stage)>;

    WindowStore(QSqlDatabase db, const Clock &clock);

    // What the database holds for the window: report rows plus the BU's directory rows.
    Result<WindowData> load(const QString &businessUnit, const DateRange &range);
    Result<WindowWriteOutcome> replaceWindow(const WindowData &fetched, const QString &actor);
    Result<WindowWriteOutcome> replaceWindow(const WindowData &fetched, const QString &actor,
                                             const WriteOptions &options);

    // Billed nanos, tokens and row counts per day of the range (every day present).
    Result<DayTotals> dayTotals(const QString &businessUnit, const DateRange &range);
    // Records the days whose totals changed between two dayTotals() snapshots; returns them.
    Result<RevisionRecords> recordRevisions(const QString &businessUnit, const DayTotals &before,
                                            const DayTotals &after);

    void setFaultInjector(FaultInjector injector) { m_faultInjector = std::move(injector); }

private:
    Status validate(const WindowData &fetched, const WriteOptions &options) const;
    Status writeInTransaction(const WindowData &fetched, const QString &actor, const WriteOptions &options,
                              WindowWriteOutcome &outcome);
    Status inject(const QString &stage);

    QSqlDatabase m_db;
    const Clock &m_clock;
    FaultInjector m_faultInjector;
};

} // namespace tieout
