#pragma once

#include "core/cli/ReportCommand.h"

namespace tieout {
struct VerifyReport;
}

namespace tieout::cli {

// `verify`: the read-only checks over a month range; prints PASS/FAIL per check with the
// offending rows, and exits 1 when any check failed.
class VerifyCommand final : public ReportCommand
{
    Q_OBJECT

public:
    using ReportCommand::ReportCommand;
    void start() override;

private:
    void print(const VerifyReport &report);
};

} // namespace tieout::cli
