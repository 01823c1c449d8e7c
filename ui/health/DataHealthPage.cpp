#include "ui/health/DataHealthPage.h"

#include "core/common/Clock.h"
#include "ui/common/DisplayFormat.h"
#include "ui/common/FilterBarParts.h"
#include "ui/common/MonthEdit.h"
#include "ui/common/PageHeader.h"
#include "ui/common/StoreJobs.h"
#include "ui/health/AuditModel.h"
#include "ui/health/CoverageModel.h"
#include "ui/health/LastFetchModel.h"
#include "ui/health/RevisionsModel.h"
#include "ui/settings/UiSettings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tieout::ui {

namespace {

const auto SplitterStateName = QStringLiteral("health/splitter");
constexpr int CellSize = 22;

} // namespace

DataHealthPage::DataHealthPage(const Clock *clock, UiSettings *settings, QWidget *parent)
    : Page(parent), m_clock(clock), m_settings(settings), m_jobs(new StoreJobs(this)), m_from(new MonthEdit(this)),
      m_to(new MonthEdit(this)), m_refresh(new QPushButton(tr("&Refresh"), this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_coverage(new CoverageModel(this)), m_grid(new QTableView(this)),
      m_tabs(new QTabWidget(this)), m_duplicates(new QTreeWidget(this)), m_revisions(new RevisionsModel(this)),
      m_lastFetch(new LastFetchModel(this)), m_audit(new AuditModel(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_rangeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dataHealthPage"));

    m_grid->setObjectName(QStringLiteral("coverageGrid"));
    m_grid->setAccessibleName(tr("Completeness per business unit and day"));
    m_grid->setModel(m_coverage);
    m_grid->setShowGrid(true);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->horizontalHeader()->setDefaultSectionSize(CellSize);
    m_grid->horizontalHeader()->setMinimumSectionSize(CellSize);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(CellSize - 2);

    m_duplicates->setObjectName(QStringLiteral("duplicatesTree"));
    m_duplicates->setAccessibleName(tr("Duplicate rows per table"));
    m_duplicates->setHeaderLabels({tr("Result"), tr("Offending rows"), tr("Table and grain")});
    m_duplicates->setRootIsDecorated(true);
    m_duplicates->setAlternatingRowColors(true);
    m_tabs->setObjectName(QStringLiteral("healthTabs"));
    m_tabs->addTab(m_duplicates, tr("&Duplicates"));
    QTableView *revisions = makeTable(QStringLiteral("revisionsTable"), tr("Revisions found by sync"));
    revisions->setModel(m_revisions);
    m_tabs->addTab(revisions, tr("Re&visions"));
    QTableView *lastFetch = makeTable(QStringLiteral("lastFetchTable"), tr("Last fetch per business unit"));
    lastFetch->setModel(m_lastFetch);
    m_tabs->addTab(lastFetch, tr("&Last fetch"));
    QTableView *audit = makeTable(QStringLiteral("auditTable"), tr("Recent writes"));
    audit->setModel(m_audit);
    m_tabs->addTab(audit, tr("Recent &writes"));

    auto *gridPanel = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPanel);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(buildLegend());
    gridLayout->addWidget(m_grid, 1);
    m_splitter->setObjectName(QStringLiteral("healthSplitter"));
    m_splitter->addWidget(gridPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings->viewState(SplitterStateName)))
        m_splitter->setSizes({380, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        title(), tr("Is the stored data complete and consistent? Coverage, duplicates and restatements."), this));
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_splitter, 1);

    m_rangeTimer->setSingleShot(true);
    m_rangeTimer->setInterval(300);
    connect(m_rangeTimer, &QTimer::timeout, this, &DataHealthPage::refresh);
    const YearMonth thisMonth = YearMonth::of(m_clock->todayUtc());
    const YearMonth from = m_settings->healthFrom();
    const YearMonth to = m_settings->healthTo();
    m_from->setMonth(from.isValid() ? from : thisMonth.previous().previous());
    m_to->setMonth(to.isValid() ? to : thisMonth);
    for (MonthEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DataHealthPage::onRangeEdited);
    m_progress->hide();
    showStatus(tr("Waiting for the database…"), false);
}

DataHealthPage::~DataHealthPage()
{
    m_settings->setViewState(SplitterStateName, m_splitter->saveState());
}

QString DataHealthPage::title() const
{
    return tr("Data health");
}

QIcon DataHealthPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("dialog-information"),
                            style()->standardIcon(QStyle::SP_MessageBoxInformation));
}

QTableView *DataHealthPage::makeTable(const QString &name, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QWidget *DataHealthPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_from->setObjectName(QStringLiteral("healthFromMonth"));
    m_to->setObjectName(QStringLiteral("healthToMonth"));
    m_from->setAccessibleName(tr("First month"));
    m_to->setAccessibleName(tr("Last month"));
    auto *fromLabel = new QLabel(tr("&From:"), bar);
    auto *toLabel = new QLabel(tr("&To:"), bar);
    fromLabel->setBuddy(m_from);
    toLabel->setBuddy(m_to);
    FilterBarParts::setUpRefresh(this, m_refresh, QStringLiteral("healthRefreshButton"),
                                 tr("Read the coverage, duplicates and revisions again (F5)."),
                                 &DataHealthPage::refresh);
    FilterBarParts::setUpBusyIndicator(m_progress, 110, tr("Reading the store"));
    FilterBarParts::setUpStatusLine(m_summary, QStringLiteral("healthSummary"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_refresh);
    layout->addSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 1);
    return bar;
}

QWidget *DataHealthPage::buildLegend()
{
    using State = CoverageModel::CellState;
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("coverageLegend"));
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    QStringList spoken;
    const auto glyph = [](State state) {
        switch (state) {
        case State::NeverFetched: return QStringLiteral("×");
        case State::Partial: return QStringLiteral("!");
        case State::FetchedEmpty: return QStringLiteral("○");
        default: return QString();
        }
    };
    for (const State state : {State::FetchedWithRows, State::FetchedEmpty, State::Partial, State::NeverFetched,
                              State::NotDueYet}) {
        auto *swatch = new QLabel(glyph(state), legend);
        swatch->setAlignment(Qt::AlignCenter);
        swatch->setFixedSize(CellSize - 4, CellSize - 4);
        swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #888; color: %2;")
                                  .arg(CoverageModel::color(state).name(),
                                       state == State::NeverFetched ? QStringLiteral("white")
                                                                    : QStringLiteral("#222")));
        layout->addWidget(swatch);
        layout->addWidget(new QLabel(CoverageModel::stateText(state), legend));
        layout->addSpacing(10);
        spoken.append(CoverageModel::stateText(state));
    }
    layout->addStretch();
    const QString hint = tr("Hover a day for its endpoints and fetch times.");
    legend->setToolTip(hint);
    m_grid->setAccessibleDescription(hint);
    legend->setAccessibleName(tr("Legend: %1").arg(spoken.join(QStringLiteral(", "))));
    return legend;
}

void DataHealthPage::activate()
{
    if (m_stale)
        refresh();
}

void DataHealthPage::setDatabase(DatabaseHandle database)
{
    m_databaseMissing = database == nullptr; // the composition root could not open one
    m_jobs->setDatabase(std::move(database));
    ++m_generation;
    markStale();
}

void DataHealthPage::setConfig(const AppConfig &config)
{
    QStringList names;
    for (const BusinessUnitConfig &unit : config.businessUnits)
        names.append(unit.name);
    m_businessUnits = names;
    ++m_generation;
    markStale();
}

void DataHealthPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DataHealthPage::onRangeEdited()
{
    if (m_to->month() < m_from->month()) {
        showStatus(tr("The first month is after the last month."), true);
        return;
    }
    m_settings->setHealthRange(m_from->month(), m_to->month());
    ++m_generation;
    m_stale = true;
    m_rangeTimer->start();
}

void DataHealthPage::refresh()
{
    m_rangeTimer->stop();
    if (!m_jobs->hasDatabase()) {
        if (m_databaseMissing)
            showStatus(tr("No database is open: check the database in Settings."), true);
        else
            showStatus(tr("Waiting for the database…"), false);
        return;
    }
    if (m_to->month() < m_from->month())
        return;
    if (m_busy) {
        m_queued = true;
        return;
    }
    start();
}

void DataHealthPage::start()
{
    const int generation = m_generation;
    const DateRange range{m_from->month().firstDay(), m_to->month().next().firstDay()};
    const QStringList units = m_businessUnits;
    m_stale = false;
    m_queued = false;
    m_busy = true;
    m_progress->show();
    showStatus(tr("Reading the store…"), false);
    m_jobs->run([range, units](Database *database) { return HealthService::run(database, range, units); })
        .then(this, [this, generation](Result<HealthReport> report) {
            m_busy = false;
            m_progress->hide();
            if (generation != m_generation || m_queued) {
                refresh();
                return;
            }
            if (!report) {
                m_stale = true;
                showStatus(tr("The store could not be read: %1").arg(report.error().message()), true);
                return;
            }
            m_report = std::move(*report);
            m_hasReport = true;
            present();
        });
}

void DataHealthPage::present()
{
    const DateRange &range = m_report.range;
    m_coverage->setReport(m_report.coverage,
                          YearMonth::range(YearMonth::of(range.from), YearMonth::of(range.toExclusive.addDays(-1))),
                          m_clock->todayUtc());
    m_grid->verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
    m_revisions->setRevisions(m_report.revisions);
    m_lastFetch->setFetches(m_report.lastFetches, range.dayCount());
    m_audit->setRecords(m_report.recentWrites);
    presentDuplicates();

    int never = 0;
    int partial = 0;
    int empty = 0;
    int rows = 0;
    const QDate today = m_clock->todayUtc();
    for (const BuCoverage &unit : std::as_const(m_report.coverage)) {
        for (const CoverageDay &day : unit.days) {
            if (day.state == DayCoverage::NeverFetched && day.date < today)
                ++never;
        }
        partial += unit.partial;
        empty += unit.fetchedEmpty;
        rows += unit.fetchedWithRows;
    }
    qint64 duplicates = 0;
    for (const StoreCheckResult &check : std::as_const(m_report.duplicates))
        duplicates += check.passed ? 0 : qMax<qint64>(1, check.offendingCount);
    showStatus(tr("%1 business units: %2 days fetched with rows, %3 fetched empty, %4 partly fetched, %5 never "
                  "fetched; %6 duplicate groups; %7 revisions.")
                   .arg(m_report.coverage.size())
                   .arg(rows)
                   .arg(empty)
                   .arg(partial)
                   .arg(never)
                   .arg(duplicates)
                   .arg(m_report.revisions.size()),
               never > 0 || partial > 0 || duplicates > 0);
    m_tabs->setTabText(1, m_report.revisions.isEmpty() ? tr("Re&visions")
                                                       : tr("Re&visions (%1)").arg(m_report.revisions.size()));
    emit reportChanged();
}

void DataHealthPage::presentDuplicates()
{
    m_duplicates->clear();
    for (const StoreCheckResult &check : std::as_const(m_report.duplicates)) {
        auto *item = new QTreeWidgetItem(m_duplicates);
        item->setText(0, check.passed ? tr("no duplicates") : tr("duplicates found"));
        item->setForeground(0, check.passed ? QColor(0x26, 0x7a, 0x2e) : QColor(0xc0, 0x1c, 0x28));
        item->setText(1, DisplayFormat::count(check.offendingCount));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, check.title.isEmpty() ? check.name : check.title);
        item->setToolTip(2, check.summary.isEmpty() ? check.name : check.summary);
        for (const QStringList &example : check.examples) {
            auto *child = new QTreeWidgetItem(item);
            QStringList cells;
            for (qsizetype i = 0; i < example.size(); ++i)
                cells.append(i < check.columns.size() ? tr("%1=%2").arg(check.columns.at(i), example.at(i))
                                                      : example.at(i));
            child->setText(0, cells.join(QStringLiteral(", ")));
            child->setFirstColumnSpanned(true);
        }
    }
    m_duplicates->resizeColumnToContents(0);
    m_duplicates->resizeColumnToContents(1);
}

void DataHealthPage::showStatus(const QString &text, bool problem)
{
    FilterBarParts::showStatus(m_summary, text, problem);
}

} // namespace tieout::ui
