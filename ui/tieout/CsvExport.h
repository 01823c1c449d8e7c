#pragma once

#include "core/common/Result.h"
#include "core/money/YearMonth.h"
#include "core/reconcile/ReconcileResult.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>

namespace tieout::ui {

// "Export CSV…" of the Tie-out page: writes what is shown — the computed month range and the
// BU filter — in one of the SPEC §9 formats with core's exporters, through a QSaveFile on a pool
// thread (a year of detail or FOCUS rows is large), so a failed or cancelled write never leaves
// half a file behind and the window never waits.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    enum class Format
    {
        Recon,
        Detail,
        Focus
    };

    static QString formatId(Format format); // "recon", "detail", "focus" (the CLI's --format)
    static QString formatTitle(Format format);
    static QString formatDescription(Format format);
    // "tieout-recon-2025-06_2025-08.csv"; with a BU filter, the BUs are named too.
    static QString suggestedFileName(Format format, YearMonth from, YearMonth to, const QStringList &businessUnits);

    static QFuture<Status> write(std::shared_ptr<const ReconcileResult> result, Format format,
                                 const QStringList &businessUnits, const QString &path);
};

} // namespace tieout::ui
