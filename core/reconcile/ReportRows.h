#pragma once

#include "core/money/YearMonth.h"
#include "core/reconcile/ReconFigures.h"
#include "core/reconcile/ReconStatus.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace tieout {

// Which part of a ReconcileResult a report covers. Empty lists mean "all".
struct ReportFilter
{
    QList<YearMonth> months;
    QStringList businessUnits; // effective BUs (unattributed dollars: their fetching BU)
};

// The at-a-glance numbers of the tie-out page.
struct SummaryReport
{
    YearMonth from;
    YearMonth to;
    ReconFigures figures;
    ReconStatus status = ReconStatus::Tied;
    StatusReasons reasons = NoReason;
    int tiedRows = 0;
    int warningRows = 0;
    int failedRows = 0;
    QStringList unpricedModels;
};

// One point of a daily or monthly series (a chart bar: list price vs billed, with the ratio).
struct SeriesPoint
{
    QDate date; // the day, or the first day of the month
    YearMonth month;
    ReconFigures figures;
};

// One row of a breakdown (by BU, model, workspace, API key, token type) or of the top drivers.
struct BreakdownRow
{
    QString businessUnit; // effective BU; the fetching BU for workspaces and unattributed dollars
    QString key;          // the dimension's id (model, workspace id, key id, token type); may be null
    QString name;         // display name: workspace or key name, model family
    QString model;        // top drivers: the model of the row
    bool unattributed = false; // tier-3 dollars, not on any usage row
    ReconFigures figures;
};

// The figures behind one month × BU cell of the grid.
struct DrillDown
{
    YearMonth month;
    QString businessUnit;
    QList<BreakdownRow> byModel;
    QList<BreakdownRow> byWorkspace;
    QList<BreakdownRow> byApiKey;
    QList<BreakdownRow> byTokenType;
};

} // namespace tieout
