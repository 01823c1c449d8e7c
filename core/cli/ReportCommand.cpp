#include "core/cli/ReportCommand.h"

#include "core/cli/CliContext.h"
#include "core/cli/DatabaseAccess.h"
#include "core/store/DatabaseWorker.h"
#include "core/store/Database.h"

namespace tieout::cli {

ReportCommand::ReportCommand(CliContext &context, QObject *parent)
    : CliCommand(context, parent)
{
}

ReportCommand::~ReportCommand() = default;

ReconcileRequest ReportCommand::request() const
{
    return ReconcileRequest::fromConfig(m_context.config, m_context.options.from, m_context.options.to,
                                        m_context.services.clock->todayUtc());
}

bool ReportCommand::openDatabase()
{
    auto database = openDatabaseFor(m_context, DatabaseUse::ReadOnly);
    if (!database) {
        fail(database.error());
        return false;
    }
    m_worker = std::make_unique<DatabaseWorker>(*database);
    if (!m_worker->database())
        m_context.progress(QStringLiteral("note: %1 holds no data yet").arg(databaseDisplayName(m_context)));
    return true;
}

void ReportCommand::reconcileThen(std::function<void(const ReconcileRun &)> onResult)
{
    if (!openDatabase())
        return;
    const ReconcileRequest request = this->request();
    worker()
        .run([request](Database *database) { return ReconcileService::run(database, request); })
        .then(this, [this, onResult = std::move(onResult)](Result<ReconcileRun> run) {
            if (!run)
                return fail(run.error());
            onResult(*run);
        });
}

} // namespace tieout::cli
