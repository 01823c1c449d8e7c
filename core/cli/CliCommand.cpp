#include "core/cli/CliCommand.h"

#include "core/cli/CliContext.h"

namespace tieout::cli {

CliCommand::CliCommand(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void CliCommand::cancel()
{
    fail(Error(ErrorCode::Cancelled, QStringLiteral("cancelled")));
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_context.out().flush();
    emit finished(exitCode);
}

void CliCommand::fail(const Error &error)
{
    m_context.progress(QStringLiteral("tieout-cli: error: ") + error.message());
    finish(error.exitCode());
}

} // namespace tieout::cli
