#pragma once

#include "core/common/Result.h"
#include "core/money/YearMonth.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace tieout::cli {

enum class Command { Plan, Probe, Backfill, Sync, Verify, Reconcile, Export };
enum class ReconcileGrouping { MonthBu, Model, Workspace, ApiKey, TokenType };
enum class ExportFormat { Recon, Detail, Focus };

// The parsed command line of SPEC §8:
//   tieout-cli [--config FILE] [--db URL] COMMAND [options]
// Parsing is strict: an option that the command does not take, a missing required option, a
// malformed month or date, or from > to is a usage error (exit code 2) naming the problem.
struct CliOptions
{
    Command command = Command::Plan;
    QString configPath; // empty: $TIEOUT_CONFIG, then the default config location
    QString databaseUrl; // empty: the config file's, then the default SQLite file
    YearMonth from;
    YearMonth to;
    QStringList businessUnits; // empty: all configured
    QDate date;                // probe
    bool execute = false;      // backfill
    std::optional<int> lookbackDays;
    ReconcileGrouping grouping = ReconcileGrouping::MonthBu;
    ExportFormat format = ExportFormat::Recon;
    QString outPath;
    int verbosity = 0; // -v: progress details; -vv: debug logs
    bool helpRequested = false;
    bool versionRequested = false;

    static Result<CliOptions> parse(const QStringList &arguments);
    static QString usage();
    static QString commandName(Command command);
};

} // namespace tieout::cli
