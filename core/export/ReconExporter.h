#pragma once

#include "core/common/Result.h"
#include "core/reconcile/ReconcileResult.h"

#include <QStringList>

class QIODevice;

namespace tieout {

// The `recon` export (SPEC §9): one row per month and BU, then the month's TOTAL. Amounts are
// printed so that the sheet foots: each TOTAL amount is the exact month total rounded
// half-even to the cent, and the BU rows of that column are rounded by largest remainder to
// add up to it exactly. difference_usd is list minus billed of the printed values; the ratio is
// computed from exact values (4 decimals, half-even; empty when billed − unpriced billed is 0).
//
// Rows: every BU of the result in every month of the range, zeros included — configured BUs,
// override targets, and BUs that still have data in the range although no longer configured
// (leaving those out would make the TOTAL disagree with its rows).
// One printed row of the recon sheet, as text exactly as exported.
struct ReconLine
{
    QString month;
    QString businessUnit; // "TOTAL" for the month's total
    QString billed;
    QString listPrice;
    QString difference;
    QString ratio; // empty when undefined
    QString unpricedBilled;
    QString fallback;
    QString status;
    bool isTotal = false;
};

class ReconExporter final
{
public:
    static QStringList header();
    // The rows write() prints, footed; the CLI's month-bu table shows the same text.
    // `businessUnits` narrows the sheet to those BUs (empty = every BU of the result, the CLI's
    // export): the GUI exports what it shows. Each TOTAL is then the total of the BUs printed —
    // footed the same way, so the sheet still adds up — and its status the worst of theirs.
    static QList<ReconLine> lines(const ReconcileResult &result, const QStringList &businessUnits = {});
    static Status write(const ReconcileResult &result, QIODevice *device, const QStringList &businessUnits);
    static Status write(const ReconcileResult &result, QIODevice *device) { return write(result, device, {}); }

    // The printed cents of one column: BU rows by largest remainder, then the total; exposed for
    // the GUI ("CSV export of what is shown") and tests.
    static QList<qint64> footedCents(const QList<qint64> &exactNanos, qint64 *totalCents);
};

} // namespace tieout
