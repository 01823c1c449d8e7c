#pragma once

#include "core/cli/CliContext.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <memory>

namespace tieout {
class AdminKeyResolver;
namespace backfill {
class ClientPool;
}
} // namespace tieout

namespace tieout::cli {

class CliCommand;

// tieout-cli as an object: parses the arguments, loads the config, runs one command and reports
// its exit code through finished(). app/cli/main.cpp is only the composition root around it.
class CliApplication final : public QObject
{
    Q_OBJECT

public:
    CliApplication(QStringList arguments, CliServices services, QObject *parent = nullptr);
    ~CliApplication() override;

    void start();
    // Asks the running command to stop at its next safe point (between windows).
    void cancel();

signals:
    void finished(int exitCode);

private:
    Status loadConfig();
    // PostgreSQL without a password in the environment: look in the keychain first (async).
    QFuture<void> resolveDatabasePassword();
    void startCommand();
    CliCommand *createCommand();
    void finish(int exitCode);

    QStringList m_arguments;
    CliContext m_context;
    std::unique_ptr<AdminKeyResolver> m_keyResolver;
    backfill::ClientPool *m_clients = nullptr;
    CliCommand *m_command = nullptr;
};

} // namespace tieout::cli
