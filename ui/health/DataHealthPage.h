#pragma once

#include "core/config/AppConfig.h"
#include "core/report/HealthService.h"
#include "ui/common/DatabaseHandle.h"
#include "ui/mainwindow/Page.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace tieout {
class Clock;
}

namespace tieout::ui {

class AuditModel;
class CoverageModel;
class LastFetchModel;
class MonthEdit;
class RevisionsModel;
class StoreJobs;
class UiSettings;

// The operator's view of the stored data (SPEC §10 "Data health"): completeness per BU and day
// as a calendar grid (fetched with rows, fetched empty, partly or never fetched), duplicates at
// each table's grain, restatements found by sync, the last fetch per BU and endpoint, and the
// recent writes. Gathered read-only by HealthService on the page's own database worker.
class DataHealthPage final : public Page
{
    Q_OBJECT

public:
    DataHealthPage(const Clock *clock, UiSettings *settings, QWidget *parent = nullptr);
    ~DataHealthPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    void setDatabase(DatabaseHandle database);
    void setConfig(const AppConfig &config);
    void markStale();
    void refresh();

    bool isBusy() const { return m_busy; }
    bool hasReport() const { return m_hasReport; }
    const HealthReport &report() const { return m_report; }
    CoverageModel *coverageModel() const { return m_coverage; }
    QTableView *coverageView() const { return m_grid; }
    QTreeWidget *duplicatesView() const { return m_duplicates; }
    RevisionsModel *revisionsModel() const { return m_revisions; }
    LastFetchModel *lastFetchModel() const { return m_lastFetch; }
    AuditModel *auditModel() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void reportChanged();

private:
    QWidget *buildFilterBar();
    QWidget *buildLegend();
    QTableView *makeTable(const QString &name, const QString &accessibleName);
    void onRangeEdited();
    void start();
    void present();
    void presentDuplicates();
    void showStatus(const QString &text, bool problem);

    const Clock *m_clock;
    UiSettings *m_settings;
    StoreJobs *m_jobs;
    QStringList m_businessUnits;
    MonthEdit *m_from;
    MonthEdit *m_to;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QLabel *m_summary;
    CoverageModel *m_coverage;
    QTableView *m_grid;
    QTabWidget *m_tabs;
    QTreeWidget *m_duplicates;
    RevisionsModel *m_revisions;
    LastFetchModel *m_lastFetch;
    AuditModel *m_audit;
    QSplitter *m_splitter;
    QTimer *m_rangeTimer;
    HealthReport m_report;
    int m_generation = 0;
    bool m_busy = false;
    bool m_queued = false;
    bool m_stale = true;
    bool m_hasReport = false;
    bool m_databaseMissing = false;
};

} // namespace tieout::ui
