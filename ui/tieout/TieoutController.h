#pragma once

#include "core/config/AppConfig.h"
#include "core/money/YearMonth.h"
#include "core/report/ReconcileRunCache.h"
#include "core/report/ReconcileService.h"
#include "ui/common/DatabaseHandle.h"

#include <QObject>

#include <memory>

namespace tieout {
class Clock;
}

namespace tieout::ui {

class StoreJobs;

// The Tie-out page's work, without widgets: reconciles the chosen month range off the GUI
// thread (ReconcileService on the page's own database worker), keeps the last result so the
// page always has something to show, and knows when that result is stale (a backfill wrote,
// the settings or the price book changed). Only the newest request may land: a result for a
// range or database that changed meanwhile is not shown and the newest is computed next.
// Every result computed from the current store and settings is kept by range, so going back to
// a range shows it at once (ReconcileRunCache); any change of data or settings forgets them.
class TieoutController final : public QObject
{
    Q_OBJECT

public:
    explicit TieoutController(const Clock *clock, QObject *parent = nullptr);
    ~TieoutController() override;

    void setDatabase(DatabaseHandle database);
    bool hasDatabase() const;
    void setConfig(const AppConfig &config);

    // A range computed before (and not stale since) is shown at once: resultChanged() is
    // emitted before this returns and isStale() is false.
    void setRange(YearMonth from, YearMonth to);
    YearMonth from() const { return m_from; }
    YearMonth to() const { return m_to; }

    // Starts a reconciliation of the current range (or queues one behind the running one).
    void refresh();
    // The stored data or the inputs changed: no result computed so far says what refresh() would.
    void markStale();
    bool isStale() const { return m_stale; }
    bool isBusy() const { return m_busy; }

    // The last result (null until the first one); shared so exports can read it off-thread.
    std::shared_ptr<const ReconcileRun> lastRun() const { return m_run; }

signals:
    void busyChanged(bool busy);
    void resultChanged();
    void failed(const QString &message);

private:
    ReconcileRequest request() const;
    void start();
    void land(YearMonth from, YearMonth to, int dataGeneration, Result<ReconcileRun> run);
    void show(std::shared_ptr<const ReconcileRun> run);
    void forgetResults();
    void setBusy(bool busy);

    const Clock *m_clock;
    StoreJobs *m_jobs;
    AppConfig m_config;
    YearMonth m_from;
    YearMonth m_to;
    std::shared_ptr<const ReconcileRun> m_run;
    ReconcileRunCache m_computed;
    int m_dataGeneration = 0; // bumped by every change of data or settings; older results are dropped
    bool m_busy = false;
    bool m_queued = false;  // refresh() while busy: run again when the current one lands
    bool m_stale = true;    // m_run is not the current range's result from the current data
};

} // namespace tieout::ui
