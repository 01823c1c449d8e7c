#pragma once

#include "core/money/YearMonth.h"
#include "core/store/StoreTestSupport.h"
#include "support/CliRunner.h"
#include "support/DemoConfig.h"
#include "support/SandboxProcess.h"

#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

namespace tieout::test {

// Shared by the crash-safety tests: per-window fingerprints of a store, and the CLI started as
// a process the test can kill or constrain. The configs are the demo profile's (DemoConfig).
using Sums = QMap<QString, QByteArray>;

// demoRunner() for `configPath`, writing to `store`.
CliRunner crashRunner(const QString &configPath, const StoreFixture &store);
QStringList backfillArguments(YearMonth from, YearMonth to);

// The fetched-report tables as a whole (api_keys and workspaces too), and per BU and month for
// the dated ones ("DevFactory 2025-03 cost_lines" → checksum).
Sums wholeSums(StoreFixture &store);
// Waits until PostgreSQL has finished the sessions of the killed client process (no-op on SQLite).
void waitForOrphanedSessions(StoreFixture &store, qint64 killedPid);
// Per-window checksums of every dated table, read in one snapshot.
Sums windowSums(StoreFixture &store, YearMonth from, YearMonth to);
// How many windows of `got` equal `state` in all their tables.
int windowsEqual(const Sums &got, const Sums &state, YearMonth from, YearMonth to);
// Windows of `got` that equal neither `before` nor `after`: torn windows. Empty when all is well.
QStringList tornWindows(const Sums &got, const Sums &before, const Sums &after, YearMonth from, YearMonth to);

// Starts tieout-cli with `arguments` (not waiting for it).
void startCli(QProcess &process, CliRunner runner, const QStringList &arguments);

} // namespace tieout::test
