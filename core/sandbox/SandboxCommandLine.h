#pragma once

#include "core/common/Result.h"
#include "core/money/YearMonth.h"
#include "core/sandbox/FaultSettings.h"
#include "core/sandbox/SandboxProfile.h"

#include <QStringList>

namespace tieout::sandbox {

// What tieout-sandbox was asked to do, parsed from its arguments. Lives in core so that the
// parsing is tested; app/sandbox/main.cpp only wires it up.
struct SandboxOptions
{
    SandboxProfile profile = SandboxProfile::demo();
    FaultSettings faults;
    quint16 port = 0;
    bool help = false;
    bool version = false;
    bool printTotals = false;
    YearMonth from;
    YearMonth to;
};

class SandboxCommandLine final
{
public:
    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    static Result<SandboxOptions> parse(const QStringList &arguments);
    static QString usage();
};

} // namespace tieout::sandbox
