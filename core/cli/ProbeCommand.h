#pragma once

#include "core/cli/CliCommand.h"

namespace tieout::backfill {
class ClientPool;
}

namespace tieout::cli {

// `probe`: a read-only fetch of one day for one BU — does the API serve that date with this key?
class ProbeCommand final : public CliCommand
{
    Q_OBJECT

public:
    ProbeCommand(CliContext &context, backfill::ClientPool *clients, QObject *parent = nullptr);
    void start() override;

private:
    backfill::ClientPool *m_clients;
};

} // namespace tieout::cli
