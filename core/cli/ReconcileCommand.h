#pragma once

#include "core/cli/ReportCommand.h"

namespace tieout::cli {

// `reconcile`: the tie-out as an aligned table on stdout — month × BU (the same footed figures
// as the recon export) or one of the breakdowns — followed by the list-to-billed bridge and the
// unpriced models. Read-only.
class ReconcileCommand final : public ReportCommand
{
    Q_OBJECT

public:
    using ReportCommand::ReportCommand;
    void start() override;

private:
    void print(const ReconcileRun &run);
    void printMonthByBu(const ReconcileResult &result);
    void printBreakdown(const ReconcileResult &result);
    void printBridge(const ReconcileResult &result);
};

} // namespace tieout::cli
