#include "ui/tieout/CsvExport.h"

#include "core/export/DetailExporter.h"
#include "core/export/FocusExporter.h"
#include "core/export/ReconExporter.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace tieout::ui {

QString CsvExport::formatId(Format format)
{
    switch (format) {
    case Format::Recon: return QStringLiteral("recon");
    case Format::Detail: return QStringLiteral("detail");
    case Format::Focus: return QStringLiteral("focus");
    }
    return {};
}

QString CsvExport::formatTitle(Format format)
{
    switch (format) {
    case Format::Recon: return tr("Tie-out per month and business unit (recon)…");
    case Format::Detail: return tr("Detail by workspace, key, model and token type (detail)…");
    case Format::Focus: return tr("FinOps FOCUS 1.2 (focus)…");
    }
    return {};
}

QString CsvExport::formatDescription(Format format)
{
    switch (format) {
    case Format::Recon: return tr("One row per month and business unit, then the month's TOTAL; the grid shown.");
    case Format::Detail:
        return tr("One row per month, business unit, workspace, API key, model and token type.");
    case Format::Focus: return tr("FOCUS cost-and-usage rows per day, for FinOps tools.");
    }
    return {};
}

QString CsvExport::suggestedFileName(Format format, YearMonth from, YearMonth to, const QStringList &businessUnits)
{
    QString name = QStringLiteral("tieout-%1-%2_%3").arg(formatId(format), from.toString(), to.toString());
    if (!businessUnits.isEmpty()) {
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
        QString units = businessUnits.join(u'+');
        units.replace(unsafe, QStringLiteral("_"));
        name += u'-' + units.left(60);
    }
    return name + QStringLiteral(".csv");
}

QFuture<Status> CsvExport::write(std::shared_ptr<const ReconcileResult> result, Format format,
                                 const QStringList &businessUnits, const QString &path)
{
    return QtConcurrent::run([result, format, businessUnits, path]() -> Status {
        if (!result)
            return Error(ErrorCode::Usage, tr("There is nothing to export yet."));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        Status written = okStatus();
        switch (format) {
        case Format::Recon: written = ReconExporter::write(*result, &file, businessUnits); break;
        case Format::Detail: written = DetailExporter::write(*result, &file, businessUnits); break;
        case Format::Focus: written = FocusExporter::write(*result, &file, businessUnits); break;
        }
        if (!written) {
            file.cancelWriting();
            return written.error();
        }
        if (!file.commit())
            return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return okStatus();
    });
}

} // namespace tieout::ui
