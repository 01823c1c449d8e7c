#pragma once

#include "core/reconcile/ReconcileResult.h"
#include "core/reconcile/ReportRows.h"

namespace tieout {

// Read-only views of a ReconcileResult for the GUI and the CLI: plain structs, exact figures.
// Each report is one pass over the usage rows (plus the sparse parts and unattributed cells),
// so every breakdown adds up to the month × BU grid for the same filter.
class ReconcileReports final
{
public:
    static SummaryReport summary(const ReconcileResult &result, const ReportFilter &filter = {});
    static QList<SeriesPoint> daily(const ReconcileResult &result, const ReportFilter &filter = {});
    static QList<SeriesPoint> monthly(const ReconcileResult &result, const ReportFilter &filter = {});
    static QList<BreakdownRow> byBusinessUnit(const ReconcileResult &result, const ReportFilter &filter = {});
    static QList<BreakdownRow> byModel(const ReconcileResult &result, const ReportFilter &filter = {});
    static QList<BreakdownRow> byWorkspace(const ReconcileResult &result, const ReportFilter &filter = {});
    static QList<BreakdownRow> byApiKey(const ReconcileResult &result, const ReportFilter &filter = {});
    static QList<BreakdownRow> byTokenType(const ReconcileResult &result, const ReportFilter &filter = {});
    // The (BU, API key, model) slices with the largest |list − billed|, largest first.
    static QList<BreakdownRow> topDrivers(const ReconcileResult &result, int count = 10, const ReportFilter &filter = {});
    static Bridge bridge(const ReconcileResult &result, const ReportFilter &filter = {});
    static DrillDown drillDown(const ReconcileResult &result, YearMonth month, const QString &businessUnit);
};

} // namespace tieout
