#pragma once

#include "core/backfill/WindowReport.h"
#include "core/cli/CliCommand.h"

namespace tieout::backfill {
class BackfillRunner;
class ClientPool;
} // namespace tieout::backfill

namespace tieout::cli {

// `backfill`: without --execute a preview — fetch read-only, diff against the database, print
// per BU and month what would be deleted and inserted and the billed change; nothing is written.
// With --execute each (BU, month) window is replaced in one transaction and logged.
class BackfillCommand final : public CliCommand
{
    Q_OBJECT

public:
    BackfillCommand(CliContext &context, backfill::ClientPool *clients, QObject *parent = nullptr);
    void start() override;
    void cancel() override;

private:
    void onWindowFinished(const backfill::WindowReport &report);
    void onRunFinished(const backfill::RunSummary &summary);
    void printPreview(const backfill::RunSummary &summary);

    backfill::ClientPool *m_clients;
    backfill::BackfillRunner *m_runner = nullptr;
    bool m_execute = false;
};

} // namespace tieout::cli
