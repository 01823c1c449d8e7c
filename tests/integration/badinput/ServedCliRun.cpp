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
    CliRun result;
    if (process.error() == QProcess::FailedToStart) {
        result.crashed = true;
        result.err = process.errorString();
        return result;
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace tieout::test
