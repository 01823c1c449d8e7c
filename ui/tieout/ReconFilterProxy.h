#pragma once

#include "core/reconcile/ReconStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tieout::ui {

// Sorts the tie-out grid by exact values (not by the formatted text) and filters it: by BU
// name (the filter text), by status, and with or without the months' TOTAL rows.
class ReconFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReconFilterProxy(QObject *parent = nullptr);

    // Rows whose status is this one (nullopt = any).
    void setStatusFilter(std::optional<ReconStatus> status);
    std::optional<ReconStatus> statusFilter() const { return m_status; }
    void setShowTotals(bool show);
    bool showTotals() const { return m_showTotals; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ReconStatus> m_status;
    bool m_showTotals = true;
};

} // namespace tieout::ui
