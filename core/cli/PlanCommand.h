#pragma once

#include "core/cli/CliCommand.h"

namespace tieout::cli {

// `plan`: the month windows per BU. No network, no writes.
class PlanCommand final : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void start() override;
};

} // namespace tieout::cli
