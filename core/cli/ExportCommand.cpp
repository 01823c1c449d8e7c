#include "core/cli/ExportCommand.h"

#include "core/cli/CliContext.h"
#include "core/export/DetailExporter.h"
#include "core/export/FocusExporter.h"
#include "core/export/ReconExporter.h"

#include <QSaveFile>
#include <QTextStream>

namespace tieout::cli {

void ExportCommand::start()
{
    reconcileThen([this](const ReconcileRun &run) {
        if (auto written = write(run.result); !written)
            return fail(written.error());
        m_context.out() << "Wrote " << m_context.options.outPath << '\n';
        succeed();
    });
}

Status ExportCommand::write(const ReconcileResult &result)
{
    const QString path = m_context.options.outPath;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    Status status = okStatus();
    switch (m_context.options.format) {
    case ExportFormat::Recon: status = ReconExporter::write(result, &file); break;
    case ExportFormat::Detail: status = DetailExporter::write(result, &file); break;
    case ExportFormat::Focus: status = FocusExporter::write(result, &file); break;
    }
    if (!status) {
        file.cancelWriting();
        return status.error().withContext(path);
    }
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return okStatus();
}

} // namespace tieout::cli
