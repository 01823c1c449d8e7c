#include "ui/backfill/ReplaceConfirmation.h"

#include <QSet>

namespace tieout::ui {

QString ReplaceConfirmation::phrase() const
{
    if (windowCount == 1)
        return tr("REPLACE 1 WINDOW");
    return tr("REPLACE %1 WINDOWS").arg(windowCount);
}

ReplaceConfirmation ReplaceConfirmation::fromPreview(const backfill::RunSummary &preview,
                                                     const QString &database, const QDateTime &previewedAtUtc)
{
    ReplaceConfirmation confirmation;
    confirmation.database = database;
    confirmation.previewedAtUtc = previewedAtUtc;
    QSet<QString> months;
    for (const backfill::WindowReport &report : preview.windows) {
        const backfill::PlannedWindow &window = report.window;
        if (!confirmation.businessUnits.contains(window.businessUnit))
            confirmation.businessUnits.append(window.businessUnit);
        months.insert(window.month.toString());
        if (!confirmation.firstMonth.isValid() || window.month < confirmation.firstMonth)
            confirmation.firstMonth = window.month;
        if (!confirmation.lastMonth.isValid() || window.month > confirmation.lastMonth)
            confirmation.lastMonth = window.month;
        ++confirmation.windowCount;
        const backfill::WindowDiff &diff = report.diff;
        if (diff.changed())
            ++confirmation.changedWindowCount;
        confirmation.rowsToDelete += diff.rowsBefore();
        confirmation.rowsToInsert += diff.rowsAfter();
        confirmation.rowsRemoved += diff.rowsRemoved();
        confirmation.rowsAdded += diff.rowsAdded();
        // Exact totals with Money's own addition, as the CLI preview's total line does.
        confirmation.billedBefore += diff.billedBefore;
        confirmation.billedAfter += diff.billedAfter;
    }
    confirmation.monthCount = static_cast<int>(months.size());
    return confirmation;
}

} // namespace tieout::ui
