#include "ui/tieout/ReconTablePanel.h"

#include "ui/common/TableColumns.h"
#include "ui/settings/UiSettings.h"
#include "ui/tieout/ReconFilterProxy.h"
#include "ui/tieout/ReconTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace tieout::ui {

namespace {

const auto TableStateName = QStringLiteral("tieout/table");

} // namespace

ReconTablePanel::ReconTablePanel(UiSettings *settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_model(new ReconTableModel(this)), m_proxy(new ReconFilterProxy(this)),
      m_view(new QTableView(this)), m_filter(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_totals(new QCheckBox(tr("Month tot&als"), this))
{
    setObjectName(QStringLiteral("reconTablePanel"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("reconTable"));
    m_view->setAccessibleName(tr("Tie-out per month and business unit"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the export's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_sized = m_view->horizontalHeader()->restoreState(m_settings->viewState(TableStateName));

    m_filter->setObjectName(QStringLiteral("reconTableFilter"));
    m_filter->setPlaceholderText(tr("Filter business units (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter business units"));
    m_filter->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_status->setObjectName(QStringLiteral("reconStatusFilter"));
    m_status->setAccessibleName(tr("Show rows with status"));
    m_status->addItem(tr("Any status"), -1);
    for (const ReconStatus status : {ReconStatus::Tied, ReconStatus::Warning, ReconStatus::Failed})
        m_status->addItem(ReconTableModel::statusText(status), int(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional<ReconStatus>(ReconStatus(status)));
    });
    m_totals->setObjectName(QStringLiteral("reconShowTotals"));
    m_totals->setChecked(true);
    connect(m_totals, &QCheckBox::toggled, m_proxy, &ReconFilterProxy::setShowTotals);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filter, 1);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_totals);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    const auto emitCurrent = [this] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        emit currentRowChanged(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, emitCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, emitCurrent);
}

ReconTablePanel::~ReconTablePanel()
{
    m_settings->setViewState(TableStateName, m_view->horizontalHeader()->saveState());
}

void ReconTablePanel::fitColumnsOnce()
{
    if (m_sized || m_model->rowCount() == 0)
        return;
    TableColumns::fitToContents(m_view);
    m_sized = true;
}

} // namespace tieout::ui
