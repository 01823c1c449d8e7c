#pragma once

#include "support/CliRunner.h"

namespace tieout::test {

// Runs tieout-cli like CliRunner::run, but keeps this thread's event loop turning meanwhile, so a
// fake server living in the test process (tests/core/api/FakeApiServer) can answer it.
CliRun runServingEvents(CliRunner runner, const QStringList &arguments, int timeoutMs = 120'000);

} // namespace tieout::test
