#include "ui/tieout/TieoutPage.h"

#include "core/common/Clock.h"
#include "core/reconcile/AllocationTieOut.h"
#include "core/reconcile/ReconcileChecks.h"
#include "core/reconcile/ReconcileReports.h"
#include "ui/common/DisplayFormat.h"
#include "ui/common/FilterBarParts.h"
#include "ui/common/MonthEdit.h"
#include "ui/common/PageHeader.h"
#include "ui/common/SaveFileDialog.h"
#include "ui/settings/UiSettings.h"
#include "ui/tieout/BusinessUnitFilter.h"
#include "ui/tieout/ComparisonChart.h"
#include "ui/tieout/DrillDownPanel.h"
#include "ui/tieout/FigureTile.h"
#include "ui/tieout/HeadlineFigures.h"
#include "ui/tieout/ReconFilterProxy.h"
#include "ui/tieout/ReconTableModel.h"
#include "ui/tieout/ReconTablePanel.h"
#include "ui/tieout/TieoutCharts.h"
#include "ui/tieout/TieoutController.h"
#include "ui/tieout/UnpricedBanner.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tieout::ui {

namespace {

const auto VerticalSplitterName = QStringLiteral("tieout/vertical");
const auto BottomSplitterName = QStringLiteral("tieout/bottom");
const auto ChartSplitterName = QStringLiteral("tieout/charts");

// What the figures and the banner need, computed off the GUI thread (a pass over usage rows).
struct Overview
{
    SummaryReport summary;
    Money allocatedMinusBilled;
    bool allocationTies = true;
    QList<QPair<QString, Money>> unpriced;
};

} // namespace

TieoutPage::TieoutPage(const Clock *clock, UiSettings *settings, QWidget *parent)
    : Page(parent), m_controller(new TieoutController(clock, this)), m_settings(settings),
      m_from(new MonthEdit(this)), m_to(new MonthEdit(this)), m_units(new BusinessUnitFilter(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)), m_export(new QPushButton(tr("E&xport CSV"), this)),
      m_busy(new QProgressBar(this)), m_status(new QLabel(this)), m_banner(new UnpricedBanner(this)),
      m_figures(new HeadlineFigures(this)), m_charts(new TieoutCharts(this)),
      m_table(new ReconTablePanel(settings, this)), m_drillDown(new DrillDownPanel(settings, this)),
      m_vertical(new QSplitter(Qt::Vertical, this)), m_bottom(new QSplitter(Qt::Horizontal, this)),
      m_rangeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tieoutPage"));

    m_bottom->setObjectName(QStringLiteral("tieoutBottomSplitter"));
    m_bottom->addWidget(m_table);
    m_bottom->addWidget(m_drillDown);
    m_bottom->setStretchFactor(0, 3);
    m_bottom->setStretchFactor(1, 2);
    m_bottom->setChildrenCollapsible(false);
    m_vertical->setObjectName(QStringLiteral("tieoutVerticalSplitter"));
    m_vertical->addWidget(m_charts);
    m_vertical->addWidget(m_bottom);
    m_vertical->setStretchFactor(0, 2);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setChildrenCollapsible(false);
    if (!m_vertical->restoreState(m_settings->viewState(VerticalSplitterName)))
        m_vertical->setSizes({330, 400});
    if (!m_bottom->restoreState(m_settings->viewState(BottomSplitterName)))
        m_bottom->setSizes({690, 380});
    m_charts->splitter()->restoreState(m_settings->viewState(ChartSplitterName));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        title(), tr("List price against what Anthropic billed, per month and business unit."), this));
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_banner);
    layout->addWidget(m_figures);
    layout->addWidget(m_vertical, 1);

    m_rangeTimer->setSingleShot(true);
    m_rangeTimer->setInterval(300); // stepping through months with the arrows recomputes once
    connect(m_rangeTimer, &QTimer::timeout, this, &TieoutPage::refresh);
    connect(m_controller, &TieoutController::busyChanged, this, &TieoutPage::onBusyChanged);
    connect(m_controller, &TieoutController::failed, this, &TieoutPage::onFailed);
    connect(m_controller, &TieoutController::resultChanged, this, &TieoutPage::present);
    connect(m_units, &BusinessUnitFilter::selectionChanged, this, [this](const QStringList &selection) {
        m_settings->setTieoutBusinessUnits(selection);
        present();
    });
    connect(m_banner, &UnpricedBanner::priceRequested, this, &TieoutPage::priceRequested);
    connect(m_charts, &TieoutCharts::saveRequested, this, &TieoutPage::chooseChartFile);
    connect(m_table, &ReconTablePanel::currentRowChanged, this, &TieoutPage::onCurrentRowChanged);
    m_figures->billed()->installEventFilter(this);

    const YearMonth from = m_settings->tieoutFrom();
    const YearMonth to = m_settings->tieoutTo();
    if (from.isValid() && to.isValid())
        m_controller->setRange(from, to);
    m_from->setMonth(m_controller->from());
    m_to->setMonth(m_controller->to());
    m_units->setSelection(m_settings->tieoutBusinessUnits());
    for (MonthEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &TieoutPage::onRangeEdited);
    onBusyChanged(false);
    showStatus(tr("Waiting for the database…"), false);
}

TieoutPage::~TieoutPage()
{
    m_settings->setViewState(VerticalSplitterName, m_vertical->saveState());
    m_settings->setViewState(BottomSplitterName, m_bottom->saveState());
    m_settings->setViewState(ChartSplitterName, m_charts->splitter()->saveState());
}

QString TieoutPage::title() const
{
    return tr("Tie-out");
}

QIcon TieoutPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("view-statistics"), style()->standardIcon(QStyle::SP_DialogApplyButton));
}

QWidget *TieoutPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_from->setObjectName(QStringLiteral("tieoutFromMonth"));
    m_to->setObjectName(QStringLiteral("tieoutToMonth"));
    m_from->setAccessibleName(tr("First month"));
    m_to->setAccessibleName(tr("Last month"));
    auto *fromLabel = new QLabel(tr("&From:"), bar);
    auto *toLabel = new QLabel(tr("&To:"), bar);
    auto *unitsLabel = new QLabel(tr("&Business units:"), bar);
    fromLabel->setBuddy(m_from);
    toLabel->setBuddy(m_to);
    unitsLabel->setBuddy(m_units);

    FilterBarParts::setUpRefresh(this, m_refresh, QStringLiteral("tieoutRefreshButton"),
                                 tr("Reconcile the months again from the database (F5)."), &TieoutPage::refresh);

    m_export->setObjectName(QStringLiteral("tieoutExportButton"));
    m_export->setToolTip(tr("Write the months and business units shown to a CSV file."));
    auto *menu = new QMenu(m_export);
    for (const CsvExport::Format format : {CsvExport::Format::Recon, CsvExport::Format::Detail, CsvExport::Format::Focus}) {
        QAction *action = menu->addAction(CsvExport::formatTitle(format));
        action->setToolTip(CsvExport::formatDescription(format));
        connect(action, &QAction::triggered, this, [this, format] { chooseExportFile(format); });
    }
    menu->setToolTipsVisible(true);
    m_export->setMenu(menu);

    m_busy->setObjectName(QStringLiteral("tieoutBusy"));
    FilterBarParts::setUpBusyIndicator(m_busy, 80, tr("Computing the tie-out"));
    FilterBarParts::setUpStatusLine(m_status, QStringLiteral("tieoutStatus"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(6);
    layout->addWidget(unitsLabel);
    layout->addWidget(m_units);
    layout->addSpacing(6);
    layout->addWidget(m_refresh);
    layout->addWidget(m_export);
    layout->addWidget(m_busy);
    layout->addWidget(m_status, 1);
    return bar;
}

void TieoutPage::activate()
{
    if (m_controller->isStale())
        refresh();
}


void TieoutPage::setDatabase(DatabaseHandle database)
{
    m_databaseMissing = database == nullptr; // the composition root could not open one
    m_controller->setDatabase(std::move(database));
    markStale();
}

void TieoutPage::setConfig(const AppConfig &config)
{
    m_controller->setConfig(config);
    if (!m_controller->lastRun())
        m_units->setBusinessUnits(config.reportBusinessUnits());
    markStale();
}

void TieoutPage::markStale()
{
    m_controller->markStale();
    if (isVisible())
        refresh();
}

void TieoutPage::refresh()
{
    m_rangeTimer->stop();
    if (!m_controller->hasDatabase()) {
        // Before the first open this is no error: the database opens off the GUI thread.
        if (m_databaseMissing)
            showStatus(tr("No database is open: check the database in Settings."), true);
        else
            showStatus(tr("Waiting for the database…"), false);
        return;
    }
    m_controller->refresh();
}

void TieoutPage::onRangeEdited()
{
    const YearMonth from = m_from->month();
    const YearMonth to = m_to->month();
    if (to < from) {
        showStatus(tr("The first month is after the last month."), true);
        return;
    }
    m_settings->setTieoutRange(from, to);
    m_controller->setRange(from, to); // a range computed before is presented right away
    if (m_controller->isStale())
        m_rangeTimer->start();
    else
        m_rangeTimer->stop();
}

void TieoutPage::onBusyChanged(bool busy)
{
    m_busy->setVisible(busy);
    if (busy)
        showStatus(tr("Reconciling %1 – %2…").arg(m_controller->from().toString(), m_controller->to().toString()),
                   false);
}

void TieoutPage::onFailed(const QString &message)
{
    showStatus(message, true);
    emit statusMessage(message);
}

ReconTableModel *TieoutPage::tableModel() const
{
    return m_table->model();
}

ReconFilterProxy *TieoutPage::tableProxy() const
{
    return m_table->proxy();
}

QTableView *TieoutPage::table() const
{
    return m_table->view();
}

void TieoutPage::onCurrentRowChanged(int sourceRow)
{
    const auto run = m_controller->lastRun();
    if (!run) {
        m_drillDown->clear();
        return;
    }
    const bool hasRow = sourceRow >= 0 && sourceRow < m_table->model()->rowCount();
    const ReconLine *line = hasRow ? &m_table->model()->line(sourceRow) : nullptr;
    if (line)
        m_charts->selectMonth(line->month);
    m_drillDown->showRow(std::shared_ptr<const ReconcileResult>(run, &run->result), line, shownBusinessUnits());
}

QStringList TieoutPage::shownBusinessUnits() const
{
    return m_units->selection();
}

void TieoutPage::present()
{
    const auto run = m_controller->lastRun();
    if (!run)
        return;
    const std::shared_ptr<const ReconcileResult> result(run, &run->result);
    m_presented = false;
    if (m_units->businessUnits() != result->businessUnits)
        m_units->setBusinessUnits(result->businessUnits);
    const QStringList shown = shownBusinessUnits();

    m_table->model()->setResult(result, shown); // resets the current row: the drill-down follows
    m_table->fitColumnsOnce();
    m_charts->setData(result, m_table->model()->lines(), shown);
    showStatus(tr("Reconciled %1 – %2 in %3 ms: %4 cost lines, %5 usage rows.")
                   .arg(result->months.isEmpty() ? QString() : result->months.constFirst().toString(),
                        result->months.isEmpty() ? QString() : result->months.constLast().toString(),
                        DisplayFormat::count(run->scanMs + run->reconcileMs), DisplayFormat::count(run->costLines),
                        DisplayFormat::count(run->usageRows)),
               false);
    presentOverview();
}

void TieoutPage::presentOverview()
{
    const auto run = m_controller->lastRun();
    const std::shared_ptr<const ReconcileResult> result(run, &run->result);
    const ReportFilter filter{{}, shownBusinessUnits()};
    const int generation = ++m_overviewGeneration;
    QtConcurrent::run([result, filter] {
        Overview overview;
        overview.summary = ReconcileReports::summary(*result, filter);
        overview.allocatedMinusBilled = AllocationTieOut::allocatedMinusBilled(*result, filter);
        overview.allocationTies = ReconcileChecks::allocationTies(*result).passed;
        // The banner names each unpriced model with the dollars allocated to its usage rows
        // (tier-3 leftovers of unpriced cells are in the Unpriced billed figure).
        if (!overview.summary.unpricedModels.isEmpty()) {
            for (const BreakdownRow &row : ReconcileReports::byModel(*result, filter)) {
                if (overview.summary.unpricedModels.contains(row.key) && !row.unattributed)
                    overview.unpriced.append({row.key, row.figures.unpricedBilled});
            }
        }
        return overview;
    }).then(this, [this, generation, result](const Overview &overview) {
        if (generation != m_overviewGeneration)
            return;
        m_figures->setFigures(overview.summary, overview.allocatedMinusBilled, overview.allocationTies,
                              result->options);
        m_banner->setModels(overview.unpriced);
        m_presented = true;
        m_awaitingPaint = true;
        m_figures->billed()->update();
    });
}

bool TieoutPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_awaitingPaint && watched == m_figures->billed()) {
        m_awaitingPaint = false;
        // After this paint pass has reached the screen.
        QTimer::singleShot(0, this, &TieoutPage::dataPainted);
    }
    return Page::eventFilter(watched, event);
}

void TieoutPage::chooseExportFile(CsvExport::Format format)
{
    const auto run = m_controller->lastRun();
    if (!run || run->result.months.isEmpty()) {
        showStatus(tr("There is nothing to export yet."), true);
        return;
    }
    const QString name = CsvExport::suggestedFileName(format, run->result.months.constFirst(),
                                                      run->result.months.constLast(), shownBusinessUnits());
    SaveFileDialog::choose(this, m_settings, tr("Export CSV"), name, tr("CSV files (*.csv);;All files (*)"),
                           QStringLiteral("csv"), [this, format](const QString &path) { exportCsv(format, path); });
}

QFuture<Status> TieoutPage::exportCsv(CsvExport::Format format, const QString &path)
{
    const auto run = m_controller->lastRun();
    const std::shared_ptr<const ReconcileResult> result = run ? std::shared_ptr<const ReconcileResult>(run, &run->result)
                                                              : nullptr;
    showStatus(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)), false);
    m_export->setEnabled(false);
    return CsvExport::write(result, format, shownBusinessUnits(), path).then(this, [this, path](Status written) {
        m_export->setEnabled(true);
        const QString message = written ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                        : tr("Not exported: %1").arg(written.error().message());
        showStatus(message, !written);
        emit statusMessage(message);
        return written;
    });
}

void TieoutPage::chooseChartFile(ComparisonChart *chart)
{
    const QString name = chart == m_charts->monthlyChart() ? QStringLiteral("tieout-by-month.png")
                                                           : QStringLiteral("tieout-by-business-unit.png");
    SaveFileDialog::choose(this, m_settings, tr("Save chart as PNG"), name, tr("PNG images (*.png)"),
                           QStringLiteral("png"), [this, chart](const QString &path) {
                               const bool saved = chart->saveAsPng(path);
                               const QString where = QDir::toNativeSeparators(path);
                               const QString message = saved ? tr("Chart saved to %1.").arg(where)
                                                             : tr("The chart could not be saved to %1.").arg(where);
                               showStatus(message, !saved);
                               emit statusMessage(message);
                           });
}

void TieoutPage::showStatus(const QString &text, bool problem)
{
    FilterBarParts::showStatus(m_status, text, problem);
}

} // namespace tieout::ui
