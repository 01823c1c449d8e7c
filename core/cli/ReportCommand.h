#pragma once

#include "core/cli/CliCommand.h"
#include "core/report/ReconcileService.h"

#include <functional>
#include <memory>

namespace tieout {
class DatabaseWorker;
}

namespace tieout::cli {

// Base of the read-only commands that reconcile a month range from the store (reconcile, export,
// verify): opens the database read-only, runs the work on the database thread, then hands the
// result to the subclass on the main thread.
class ReportCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ReportCommand(CliContext &context, QObject *parent = nullptr);
    ~ReportCommand() override;

protected:
    ReconcileRequest request() const;
    // Opens the database (read-only); false when it failed (already reported).
    bool openDatabase();
    DatabaseWorker &worker() { return *m_worker; }
    // Opens the database, reconciles the requested range on the database thread, and calls
    // `onResult` on this thread; failures finish the command with their exit code.
    void reconcileThen(std::function<void(const ReconcileRun &)> onResult);

private:
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace tieout::cli
