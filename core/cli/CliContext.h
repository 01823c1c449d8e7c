#pragma once

#include "core/cli/CliOptions.h"
#include "core/common/Clock.h"
#include "core/config/AppConfig.h"

#include <QProcessEnvironment>

#include <optional>

class QNetworkAccessManager;
class QTextStream;

namespace tieout {
class SecretStore;
}

namespace tieout::cli {

// What app/ hands the CLI: streams, clock, environment, keychain and network. Passed in, never
// global, so tests can run the CLI in-process with their own clock and streams.
struct CliServices
{
    QTextStream *out = nullptr; // results
    QTextStream *err = nullptr; // progress and errors
    const Clock *clock = nullptr;
    QProcessEnvironment environment;
    SecretStore *keychain = nullptr;
    QNetworkAccessManager *network = nullptr;
};

// One CLI invocation's state, shared by the command that runs.
struct CliContext
{
    CliServices services;
    CliOptions options;
    AppConfig config;
    QString configPath; // empty when no config file was found
    // The PostgreSQL password found in the keychain (under DatabaseUrl::keychainEntry) when the
    // environment gives none; resolved before the command starts. Never printed.
    std::optional<QString> keychainDatabasePassword;

    // The BUs to work on: --bu names (each must be configured), else all configured.
    Result<QList<BusinessUnitConfig>> selectedBusinessUnits() const;
    // --db, else the config file's database, else the default SQLite file.
    QString databaseUrl() const;

    void progress(const QString &line) const; // stderr
    QTextStream &out() const { return *services.out; }
};

} // namespace tieout::cli
