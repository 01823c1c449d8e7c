#pragma once

#include "core/cli/ReportCommand.h"

namespace tieout::cli {

// `export`: writes the recon, detail or FOCUS CSV of SPEC §9 for a month range to --out. The
// file is written atomically (a partial file never replaces a good one). Read-only on the store.
class ExportCommand final : public ReportCommand
{
    Q_OBJECT

public:
    using ReportCommand::ReportCommand;
    void start() override;

private:
    Status write(const ReconcileResult &result);
};

} // namespace tieout::cli
