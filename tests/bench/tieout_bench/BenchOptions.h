#pragma once

#include "core/common/Result.h"
#include "core/money/YearMonth.h"

#include <QStringList>

namespace tieout::bench {

// The command line of tieout-bench (see docs/benchmarks.md). The orchestrator runs each step
// as `tieout-bench --worker PHASE --engine ENGINE --db URL …` in a child process; those options
// are internal.
struct BenchOptions
{
    QStringList phases; // fetch, backfill, reconcile, baseline (in that order)
    QString profile = QStringLiteral("large");
    int months = 12;     // from 2025-01
    QString postgresUrl; // --pg or TIEOUT_TEST_PG_URL; empty = SQLite only
    QString jsonPath;    // --json FILE
    QString keepDir;     // --keep DIR: work files (the SQLite database) kept there
    bool verbose = false;
    QString helpText; // set when --help was given: print it and exit 0

    // Worker mode (internal): run one step and print its StepResult as JSON on stdout.
    QString worker;      // phase name; empty = orchestrator
    QString engine;      // sqlite | postgres
    QString databaseUrl; // the store the step reads or writes
    QString workDir;     // where a step may write files (the recon export)

    YearMonth from() const { return YearMonth(2025, 1); }
    YearMonth to() const;
    bool wants(const QString &phase) const { return phases.contains(phase); }

    static QStringList allPhases();
    static Result<BenchOptions> parse(const QStringList &arguments);
    // The arguments a worker gets for `phase` on `engine` (profile, months, work dir, database).
    QStringList workerArguments(const QString &phase, const QString &engine, const QString &url) const;
};

} // namespace tieout::bench
