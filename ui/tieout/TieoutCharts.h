#pragma once

#include "core/export/ReconExporter.h"
#include "core/reconcile/ReconcileResult.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QSplitter;

namespace tieout::ui {

class ComparisonChart;

// The Tie-out page's two charts side by side: list price vs billed per month (the months'
// TOTAL rows of the grid shown) with the ratio, and per BU for one month (picked here or by
// selecting a row of the grid). Each can be saved as a PNG.
class TieoutCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit TieoutCharts(QWidget *parent = nullptr);

    // `lines`: the grid's footed rows (ReconExporter::lines for `businessUnits`).
    void setData(std::shared_ptr<const ReconcileResult> result, const QList<ReconLine> &lines,
                 const QStringList &businessUnits);
    void clear();
    void selectMonth(const QString &month);
    QString selectedMonth() const;

    ComparisonChart *monthlyChart() const { return m_monthly; }
    ComparisonChart *businessUnitChart() const { return m_byBusinessUnit; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    void saveRequested(tieout::ui::ComparisonChart *chart);

private:
    QWidget *panel(ComparisonChart *chart, QWidget *extra);
    void updateBusinessUnitChart();

    ComparisonChart *m_monthly;
    ComparisonChart *m_byBusinessUnit;
    QComboBox *m_month;
    QSplitter *m_splitter;
    std::shared_ptr<const ReconcileResult> m_result;
    QList<ReconLine> m_lines;
    QStringList m_businessUnits;
};

} // namespace tieout::ui
