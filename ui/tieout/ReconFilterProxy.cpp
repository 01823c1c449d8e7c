#include "ui/tieout/ReconFilterProxy.h"

#include "ui/tieout/ReconTableModel.h"

namespace tieout::ui {

ReconFilterProxy::ReconFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReconTableModel::SortRole);
    setFilterKeyColumn(ReconTableModel::BusinessUnit);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ReconFilterProxy::setStatusFilter(std::optional<ReconStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void ReconFilterProxy::setShowTotals(bool show)
{
    if (m_showTotals == show)
        return;
    m_showTotals = show;
    invalidateRowsFilter();
}

bool ReconFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool total = first.data(ReconTableModel::IsTotalRole).toBool();
    if (total && !m_showTotals)
        return false;
    if (m_status && first.data(ReconTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    // The text filter matches BU names; TOTAL rows stay, so each month's total remains in view.
    if (total)
        return true;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace tieout::ui
