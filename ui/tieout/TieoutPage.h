#pragma once

#include "core/common/Result.h"
#include "core/config/AppConfig.h"
#include "ui/common/DatabaseHandle.h"
#include "ui/mainwindow/Page.h"
#include "ui/tieout/CsvExport.h"

#include <QFuture>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace tieout {
class Clock;
}

namespace tieout::ui {

class BusinessUnitFilter;
class ComparisonChart;
class DrillDownPanel;
class HeadlineFigures;
class MonthEdit;
class ReconFilterProxy;
class ReconTableModel;
class ReconTablePanel;
class TieoutCharts;
class TieoutController;
class UiSettings;
class UnpricedBanner;

// The analyst's page (SPEC §10 "Tie-out"): month range and BU filter; billed, list price,
// difference, ratio, unpriced and fallback dollars and the allocation tie-out at a glance;
// list price vs billed per month and per BU; the month × BU grid drilling into model,
// workspace, key and token type with the bridge; CSV export of what is shown. The
// reconciliation runs off the GUI thread (TieoutController); the last result stays on screen
// while a new one is computed, and a stale one is recomputed when the page is shown again.
class TieoutPage final : public Page
{
    Q_OBJECT

public:
    TieoutPage(const Clock *clock, UiSettings *settings, QWidget *parent = nullptr);
    ~TieoutPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    void setDatabase(DatabaseHandle database);
    void setConfig(const AppConfig &config);
    // The store or the price book changed: recompute now if shown, else when next shown.
    void markStale();
    void refresh();

    TieoutController *controller() const { return m_controller; }
    ReconTableModel *tableModel() const;
    ReconFilterProxy *tableProxy() const;
    QTableView *table() const;
    TieoutCharts *charts() const { return m_charts; }
    HeadlineFigures *figures() const { return m_figures; }
    DrillDownPanel *drillDown() const { return m_drillDown; }
    UnpricedBanner *unpricedBanner() const { return m_banner; }
    BusinessUnitFilter *businessUnitFilter() const { return m_units; }
    // The BU filter in force (empty = all).
    QStringList shownBusinessUnits() const;
    // Everything of the current result is on screen (figures, charts, grid).
    bool isPresented() const { return m_presented; }

    // What "Export CSV" does once a file is chosen: writes the shown selection to `path`.
    QFuture<Status> exportCsv(CsvExport::Format format, const QString &path);

signals:
    // "Add a price…" on the unpriced banner: open the price book with this model.
    void priceRequested(const QString &model);
    // The first paint after a result was fully presented (the startup measurement).
    void dataPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    void onRangeEdited();
    void onBusyChanged(bool busy);
    void onFailed(const QString &message);
    void present();
    void presentOverview();
    void onCurrentRowChanged(int sourceRow);
    void chooseExportFile(CsvExport::Format format);
    void chooseChartFile(ComparisonChart *chart);
    void showStatus(const QString &text, bool problem);

    TieoutController *m_controller;
    UiSettings *m_settings;
    MonthEdit *m_from;
    MonthEdit *m_to;
    BusinessUnitFilter *m_units;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QProgressBar *m_busy;
    QLabel *m_status;
    UnpricedBanner *m_banner;
    HeadlineFigures *m_figures;
    TieoutCharts *m_charts;
    ReconTablePanel *m_table;
    DrillDownPanel *m_drillDown;
    QSplitter *m_vertical;
    QSplitter *m_bottom;
    QTimer *m_rangeTimer;
    int m_overviewGeneration = 0;
    bool m_presented = false;
    bool m_databaseMissing = false;
    bool m_awaitingPaint = false;
};

} // namespace tieout::ui
