#pragma once

#include "core/money/YearMonth.h"
#include "core/reconcile/AllocationColumns.h"
#include "core/reconcile/ReconFigures.h"
#include "core/reconcile/ReconStatus.h"
#include "core/reconcile/ReconcileInput.h"
#include "core/reconcile/ReconcileOptions.h"
#include "core/reconcile/RowPricing.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace tieout {

// One month × effective BU of the tie-out (the recon export's rows, the GUI's grid).
struct BuMonthRow
{
    YearMonth month;
    int monthIndex = 0;
    QString businessUnit;
    int buIndex = 0;
    ReconFigures figures;
    ReconStatus status = ReconStatus::Tied;
    StatusReasons reasons = NoReason;
    int missingDays = 0;             // unfetched (feeding BU, day) pairs in the month
    QStringList incompleteFeeders;   // "DevFactory: 2025-08-04, 2025-08-05"
};

// The TOTAL of a month over every BU; its status is the worst of its rows.
struct MonthRow
{
    YearMonth month;
    ReconFigures figures;
    ReconStatus status = ReconStatus::Tied;
    StatusReasons reasons = NoReason;
    bool ties = true; // allocated total == sum of the month's cost lines
};

// Everything a reconciliation run produced: the input it read, row-level pricing and
// allocation (for drill-downs and exports), and the month × BU grid. Reports are computed from
// it on demand (ReconcileReports), checks by ReconcileChecks.
struct ReconcileResult
{
    std::shared_ptr<const ReconcileInput> input;
    ReconcileOptions options;
    RowPricing pricing;
    AllocationColumns allocation;

    QList<YearMonth> months;
    QStringList businessUnits;      // code-point order
    QList<BuMonthRow> rows;         // month-major: rows[month * businessUnits.size() + bu]
    QList<MonthRow> monthTotals;
    ReconFigures total;
    ReconStatus status = ReconStatus::Tied;
    QHash<QString, QString> modelFamilies; // model id -> family (null QString when unpriced)
    QStringList unpricedModels;            // models with unpriced usage or billed dollars

    const BuMonthRow &row(int month, int bu) const { return rows.at(month * businessUnits.size() + bu); }
    int monthIndex(YearMonth month) const { return static_cast<int>(months.indexOf(month)); }
    int buIndex(const QString &bu) const { return static_cast<int>(businessUnits.indexOf(bu)); }
};

} // namespace tieout
