#include "support/CliRunner.h"

#include "support/TestSupport.h"

#include <QProcess>

namespace tieout::test {

CliRunner::CliRunner(QString configPath, QProcessEnvironment environment)
    : m_configPath(std::move(configPath))
    , m_environment(std::move(environment))
{
}

QString CliRunner::program()
{
    return binaryPath(QStringLiteral("tieout-cli"));
}

QStringList CliRunner::argumentsFor(const QStringList &arguments) const
{
    QStringList all;
    if (!m_configPath.isEmpty())
        all << QStringLiteral("--config") << m_configPath;
    if (!m_databaseUrl.isEmpty())
        all << QStringLiteral("--db") << m_databaseUrl;
    return all + arguments;
}

CliRun CliRunner::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(program(), argumentsFor(arguments));
    return outcome(process, process.waitForFinished(timeoutMs));
}

CliRun CliRunner::outcome(QProcess &process, bool finished)
{
    CliRun result;
    if (!finished) {
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
