#include "ServedCliRun.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace tieout::test {

CliRun runServingEvents(CliRunner runner, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(runner.environment());
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(CliRunner::program(), runner.argumentsFor(arguments));
    loop.exec();
    if (process.error() == QProcess::FailedToStart) {
        CliRun result;
        result.crashed = true;
        result.err = process.errorString();
        return result;
    }
    return CliRunner::outcome(process, process.state() == QProcess::NotRunning);
}

} // namespace tieout::test
