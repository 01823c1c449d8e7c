#include "ui/tieout/DrillDownPanel.h"

#include "core/reconcile/ReconcileReports.h"
#include "ui/common/TableColumns.h"
#include "ui/settings/UiSettings.h"
#include "ui/tieout/BridgePanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tieout::ui {

namespace {

using Dimension = BreakdownModel::Dimension;
constexpr std::array<Dimension, 4> Dimensions{Dimension::Model, Dimension::Workspace, Dimension::ApiKey,
                                              Dimension::TokenType};
const auto TabStateName = QStringLiteral("tieout/drillDownTab");

QString stateName(Dimension dimension)
{
    return QStringLiteral("tieout/drillDown%1").arg(int(dimension));
}

} // namespace

struct DrillDownPanel::Computed
{
    std::array<QList<BreakdownRow>, 4> rows;
    Bridge bridge;
    QHash<QString, QString> families;
};

DrillDownPanel::DrillDownPanel(UiSettings *settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_bridge(new BridgePanel(this))
{
    setObjectName(QStringLiteral("drillDownPanel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tabs->setObjectName(QStringLiteral("drillDownTabs"));
    m_tabs->setDocumentMode(true);

    const std::array<QString, 4> titles{tr("&Models"), tr("&Workspaces"), tr("&Keys"), tr("T&okens")};
    const std::array<QString, 4> spoken{tr("Drill-down by model"), tr("Drill-down by workspace"),
                                        tr("Drill-down by API key"), tr("Drill-down by token type")};
    for (size_t i = 0; i < Dimensions.size(); ++i) {
        auto *model = new BreakdownModel(Dimensions[i], this);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(BreakdownModel::SortRole);
        auto *view = new QTableView(this);
        view->setObjectName(QStringLiteral("drillDownTable%1").arg(i));
        view->setAccessibleName(spoken[i]);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(BreakdownModel::Billed, Qt::DescendingOrder);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->setStretchLastSection(true);
        m_sized[i] = view->horizontalHeader()->restoreState(m_settings->viewState(stateName(Dimensions[i])));
        if (!m_sized[i]) {
            // Ids are in the name's tooltip; a BU column only where rows can come from several BUs.
            view->setColumnHidden(BreakdownModel::Id, true);
            view->setColumnHidden(BreakdownModel::BusinessUnit, true);
        }
        // Right-click on the header: show or hide columns (the layout is remembered).
        view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [view](const QPoint &at) {
            auto *menu = new QMenu(view);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                QAction *action = menu->addAction(view->model()->headerData(column, Qt::Horizontal).toString());
                action->setCheckable(true);
                action->setChecked(!view->isColumnHidden(column));
                connect(action, &QAction::toggled, view, [view, column](bool on) { view->setColumnHidden(column, !on); });
            }
            menu->popup(view->horizontalHeader()->mapToGlobal(at));
        });
        m_models[i] = model;
        m_views[i] = view;
        m_tabs->addTab(view, titles[i]);
    }
    m_tabs->addTab(m_bridge, tr("Brid&ge"));
    m_tabs->setCurrentIndex(qBound(0, m_settings->viewState(TabStateName).toInt(), m_tabs->count() - 1));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    clear();
}

DrillDownPanel::~DrillDownPanel()
{
    for (size_t i = 0; i < Dimensions.size(); ++i)
        m_settings->setViewState(stateName(Dimensions[i]), m_views[i]->horizontalHeader()->saveState());
    m_settings->setViewState(TabStateName, QByteArray::number(m_tabs->currentIndex()));
}

BreakdownModel *DrillDownPanel::model(Dimension dimension) const
{
    return m_models[size_t(dimension)];
}

QTableView *DrillDownPanel::view(Dimension dimension) const
{
    return m_views[size_t(dimension)];
}

void DrillDownPanel::clear()
{
    ++m_generation;
    m_computing = false;
    m_title->setText(tr("Drill-down: select a row of the table."));
    for (BreakdownModel *model : m_models)
        model->setRows({});
    m_bridge->clear();
}

void DrillDownPanel::showRow(std::shared_ptr<const ReconcileResult> result, const ReconLine *line,
                             const QStringList &shown)
{
    if (!result) {
        clear();
        return;
    }
    const QString everyUnit = shown.isEmpty() ? tr("all business units") : shown.join(QStringLiteral(", "));
    const auto month = line ? YearMonth::parse(line->month) : Result<YearMonth>(YearMonth());
    if (!line || !month) {
        const QString months = result->months.isEmpty()
                                   ? QString()
                                   : tr("%1 – %2").arg(result->months.constFirst().toString(),
                                                       result->months.constLast().toString());
        setScope(std::move(result), ReportFilter{{}, shown}, tr("%1 · %2").arg(months, everyUnit));
    } else if (line->isTotal) {
        setScope(std::move(result), ReportFilter{{*month}, shown}, tr("%1 · %2").arg(line->month, everyUnit));
    } else {
        setScope(std::move(result), ReportFilter{{*month}, {line->businessUnit}},
                 tr("%1 · %2").arg(line->month, line->businessUnit));
    }
}

void DrillDownPanel::setScope(std::shared_ptr<const ReconcileResult> result, const ReportFilter &filter,
                              const QString &title)
{
    if (!result) {
        clear();
        return;
    }
    const int generation = ++m_generation;
    m_computing = true;
    m_title->setText(tr("Drill-down: %1").arg(title));
    // The result is immutable and shared: reading it on a pool thread is safe.
    QtConcurrent::run([result, filter] {
        Computed computed;
        computed.rows[0] = ReconcileReports::byModel(*result, filter);
        computed.rows[1] = ReconcileReports::byWorkspace(*result, filter);
        computed.rows[2] = ReconcileReports::byApiKey(*result, filter);
        computed.rows[3] = ReconcileReports::byTokenType(*result, filter);
        computed.bridge = ReconcileReports::bridge(*result, filter);
        computed.families = result->modelFamilies;
        return computed;
    }).then(this, [this, generation](const Computed &result) {
        if (generation != m_generation)
            return;
        m_computing = false;
        apply(result);
        emit computed();
    });
}

void DrillDownPanel::apply(const Computed &computed)
{
    for (size_t i = 0; i < Dimensions.size(); ++i) {
        m_models[i]->setRows(computed.rows[i], computed.families);
        if (!m_sized[i] && !computed.rows[i].isEmpty()) {
            // No saved widths yet: fit the first data once; the user's widths are kept after that.
            TableColumns::fitToContents(m_views[i]);
            m_sized[i] = true;
        }
    }
    m_bridge->setBridge(computed.bridge);
}

} // namespace tieout::ui
