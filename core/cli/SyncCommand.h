#pragma once

#include "core/backfill/WindowReport.h"
#include "core/cli/CliCommand.h"

namespace tieout::backfill {
class BackfillRunner;
class ClientPool;
} // namespace tieout::backfill

namespace tieout::cli {

// `sync`: the daily incremental. For each BU, re-fetches the lookback window (default 3 days
// before today, plus today) and replaces it; a previously fetched day whose billed total or
// token count changed is recorded as a revision and printed, so restatements are visible.
class SyncCommand final : public CliCommand
{
    Q_OBJECT

public:
    SyncCommand(CliContext &context, backfill::ClientPool *clients, QObject *parent = nullptr);
    void start() override;
    void cancel() override;

private:
    void onWindowFinished(const backfill::WindowReport &report);
    void onRunFinished(const backfill::RunSummary &summary);

    backfill::ClientPool *m_clients;
    backfill::BackfillRunner *m_runner = nullptr;
    qint64 m_revisions = 0;
};

} // namespace tieout::cli
