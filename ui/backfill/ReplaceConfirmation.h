#pragma once

#include "core/backfill/WindowReport.h"
#include "core/money/Money.h"
#include "core/money/YearMonth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace tieout::ui {

// Exactly what an Execute would replace, taken from a clean preview: where (the database, shown
// without any password), which BUs and months, how many rows each window's transaction deletes
// and inserts, and the billed dollars before and after. The confirm dialog shows it and asks
// for phrase() to be typed before it lets the write happen.
struct ReplaceConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceConfirmation)

public:
    QString database;
    QStringList businessUnits; // in plan order
    YearMonth firstMonth;
    YearMonth lastMonth;
    int monthCount = 0;
    int windowCount = 0;
    int changedWindowCount = 0;
    qint64 rowsToDelete = 0; // every stored row of the windows
    qint64 rowsToInsert = 0; // every fetched row of the windows
    qint64 rowsRemoved = 0;  // stored rows that are not in the fetched data
    qint64 rowsAdded = 0;    // fetched rows that are not stored yet
    Money billedBefore;
    Money billedAfter;
    QDateTime previewedAtUtc;

    // What the operator must type, e.g. "REPLACE 6 WINDOWS". Naming the count makes the
    // operator read how much is about to be replaced, not just click through.
    QString phrase() const;

    static ReplaceConfirmation fromPreview(const backfill::RunSummary &preview, const QString &database,
                                           const QDateTime &previewedAtUtc);
};

} // namespace tieout::ui
