// tieout-bench: measures fetch, backfill, reconcile and the old SQL allocation against real
// components on loopback (docs/benchmarks.md). Without --worker it orchestrates; with it, it
// runs one step in this (child) process.
#include "BenchOptions.h"
#include "BenchOrchestrator.h"
#include "BenchWorker.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tieout"));
    QCoreApplication::setApplicationName(QStringLiteral("tieout-bench"));

    // The test server's default password (scripts/start-postgres.sh) unless one is given.
    if (!qEnvironmentVariableIsSet("TIEOUT_DB_PASSWORD") && !qEnvironmentVariableIsSet("PGPASSWORD"))
        qputenv("TIEOUT_DB_PASSWORD", "tieout-test");

    auto options = tieout::bench::BenchOptions::parse(QCoreApplication::arguments());
    if (!options) {
        QTextStream(stderr) << "tieout-bench: " << options.error().message() << '\n';
        return 2;
    }
    if (!options->helpText.isEmpty()) {
        QTextStream(stdout) << options->helpText;
        return 0;
    }
    if (options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("tieout.*.info=true"));
    if (!options->worker.isEmpty())
        return tieout::bench::BenchWorker::run(*options);
    return tieout::bench::BenchOrchestrator(*options).run();
}
