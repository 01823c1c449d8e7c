#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace tieout::test {

// What one run of the real tieout-cli produced.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// Runs the real tieout-cli executable with a config file and an environment of its own.
class CliRunner final
{
public:
    CliRunner() = default;
    CliRunner(QString configPath, QProcessEnvironment environment);

    void setConfigPath(const QString &path) { m_configPath = path; }
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    QProcessEnvironment &environment() { return m_environment; }

    // Builds the full argument list: [--config F] [--db URL] <arguments>.
    QStringList argumentsFor(const QStringList &arguments) const;
    CliRun run(const QStringList &arguments, int timeoutMs = 180'000) const;

    static QString program();
    // What a run of the CLI produced. One that has not `finished` in its time is killed and
    // counts as crashed.
    static CliRun outcome(QProcess &process, bool finished);

private:
    QString m_configPath;
    QString m_databaseUrl;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

} // namespace tieout::test
