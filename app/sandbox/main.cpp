// tieout-sandbox: parse the options, build the sandbox server, run until SIGTERM/SIGINT.
#include "app/common/UnixSignalWatcher.h"

#include "core/sandbox/SandboxCommandLine.h"
#include "core/sandbox/SandboxServer.h"
#include "core/sandbox/TotalsTable.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace tieout::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tieout-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const auto options = SandboxCommandLine::parse(QCoreApplication::arguments());
    if (!options) {
        err << "tieout-sandbox: " << options.error().message() << "\n"
            << "Try 'tieout-sandbox --help'.\n";
        return 2;
    }
    if (options->help) {
        out << SandboxCommandLine::usage();
        return 0;
    }
    if (options->version) {
        out << "tieout-sandbox " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    if (options->printTotals) {
        out << TotalsTable::render(options->profile, options->from, options->to);
        return 0;
    }

    SandboxServer server(options->profile, options->faults);
    const auto port = server.listen(options->port);
    if (!port) {
        err << "tieout-sandbox: " << port.error().message() << "\n";
        return 3;
    }
    // The first stdout line is a contract: scripts and tests read the base URL from it.
    out << "Tieout sandbox listening on " << server.baseUrl().toString() << "\n";
    out.flush();
    QStringList units;
    for (const SandboxBusinessUnit &unit : options->profile.businessUnits)
        units.append(unit.name);
    err << "profile " << options->profile.name << ", seed " << options->profile.seed << ", BUs "
        << units.join(QStringLiteral(", "))
        << "; admin keys sk-ant-admin01-sandbox-<bu lowercase> unless --key\n";
    if (options->faults.enabled()) {
        QStringList kinds;
        for (FaultKind kind : options->faults.kinds)
            kinds.append(faultKindName(kind));
        err << "faults " << kinds.join(u',') << " at rate " << options->faults.rate << ", at most "
            << options->faults.maxConsecutive << " in a row per request\n";
    }
    err.flush();

    tieout::app::UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &tieout::app::UnixSignalWatcher::terminationRequested, &app, [&](int) {
        err << "tieout-sandbox: served " << server.requestCount() << " requests, "
            << server.faultStats().faults << " faults; stopping\n";
        err.flush();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
