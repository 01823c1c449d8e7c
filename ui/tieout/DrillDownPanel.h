#pragma once

#include "core/export/ReconExporter.h"
#include "core/reconcile/ReconcileResult.h"
#include "core/reconcile/ReportRows.h"
#include "ui/tieout/BreakdownModel.h"

#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QTabWidget;
class QTableView;

namespace tieout::ui {

class BridgePanel;
class UiSettings;

// The drill-down beside the tie-out grid: for the selected (month, BU) — or a month's total,
// or the whole selection — the figures by model, workspace, API key and token type, and the
// list-to-billed bridge. The breakdowns are one pass each over the usage rows, so they are
// computed off the GUI thread; only the newest request is shown.
class DrillDownPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DrillDownPanel(UiSettings *settings, QWidget *parent = nullptr);
    ~DrillDownPanel() override;

    // `title` says what the scope is ("2025-07 · DevFactory").
    void setScope(std::shared_ptr<const ReconcileResult> result, const ReportFilter &filter, const QString &title);
    void clear();
    // The scope of a grid row: its month and BU, a month's TOTAL (the BUs shown), or with no row
    // the whole selection (`shown`: the BU filter, empty = all).
    void showRow(std::shared_ptr<const ReconcileResult> result, const ReconLine *line, const QStringList &shown);

    BreakdownModel *model(BreakdownModel::Dimension dimension) const;
    QTableView *view(BreakdownModel::Dimension dimension) const;
    BridgePanel *bridge() const { return m_bridge; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isComputing() const { return m_computing; }

signals:
    void computed();

private:
    struct Computed;
    void apply(const Computed &computed);

    UiSettings *m_settings;
    QLabel *m_title;
    QTabWidget *m_tabs;
    std::array<BreakdownModel *, 4> m_models{};
    std::array<QTableView *, 4> m_views{};
    std::array<bool, 4> m_sized{}; // column widths restored or fitted once
    BridgePanel *m_bridge;
    int m_generation = 0;
    bool m_computing = false;
};

} // namespace tieout::ui
