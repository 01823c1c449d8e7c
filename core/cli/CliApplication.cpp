#include "core/cli/CliApplication.h"

#include "core/backfill/ClientPool.h"
#include "core/cli/BackfillCommand.h"
#include "core/cli/ExportCommand.h"
#include "core/cli/PlanCommand.h"
#include "core/cli/ProbeCommand.h"
#include "core/cli/ReconcileCommand.h"
#include "core/cli/SyncCommand.h"
#include "core/cli/VerifyCommand.h"
#include "core/config/AdminKeyResolver.h"
#include "core/config/ConfigFile.h"
#include "core/config/SecretStore.h"
#include "core/store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace tieout::cli {

CliApplication::CliApplication(QStringList arguments, CliServices services, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
{
    m_context.services = std::move(services);
}

CliApplication::~CliApplication() = default;

void CliApplication::start()
{
    auto options = CliOptions::parse(m_arguments);
    if (!options) {
        m_context.progress(QStringLiteral("tieout-cli: ") + options.error().message());
        return finish(options.error().exitCode());
    }
    m_context.options = *options;
    if (options->helpRequested) {
        m_context.out() << CliOptions::usage();
        return finish(0);
    }
    if (options->versionRequested) {
        m_context.out() << "tieout-cli " << QCoreApplication::applicationVersion() << '\n';
        return finish(0);
    }
    if (options->verbosity >= 2)
        QLoggingCategory::setFilterRules(QStringLiteral("tieout.*=true"));
    else if (options->verbosity == 1)
        QLoggingCategory::setFilterRules(QStringLiteral("tieout.*.info=true"));

    if (auto loaded = loadConfig(); !loaded) {
        m_context.progress(QStringLiteral("tieout-cli: error: ") + loaded.error().message());
        return finish(loaded.error().exitCode());
    }
    m_keyResolver = std::make_unique<AdminKeyResolver>(m_context.services.environment, m_context.services.keychain);
    m_clients = new backfill::ClientPool(m_context.services.network, m_keyResolver.get(), {}, this);
    if (m_context.options.command == Command::Plan)
        return startCommand(); // plan never touches the database
    resolveDatabasePassword().then(this, [this] { startCommand(); });
}

void CliApplication::startCommand()
{
    m_command = createCommand();
    connect(m_command, &CliCommand::finished, this, &CliApplication::finish);
    m_command->start();
}

QFuture<void> CliApplication::resolveDatabasePassword()
{
    const auto url = DatabaseUrl::parse(m_context.databaseUrl());
    const QProcessEnvironment &env = m_context.services.environment;
    const bool environmentHasOne =
        env.contains(QStringLiteral("TIEOUT_DB_PASSWORD")) || env.contains(QStringLiteral("PGPASSWORD"));
    if (!url || url->engine() != DatabaseEngine::Postgres || environmentHasOne || !m_context.services.keychain)
        return QtFuture::makeReadyFuture();
    // A missing entry is not an error: libpq's own means (~/.pgpass, trust) may still apply.
    return m_context.services.keychain->read(url->keychainEntry()).then(this, [this](Result<QString> secret) {
        if (secret)
            m_context.keychainDatabasePassword = *secret;
    });
}

void CliApplication::cancel()
{
    if (m_command)
        m_command->cancel();
}

Status CliApplication::loadConfig()
{
    QString path = m_context.options.configPath;
    const bool explicitPath = !path.isEmpty() || m_context.services.environment.contains(QStringLiteral("TIEOUT_CONFIG"));
    if (path.isEmpty())
        path = m_context.services.environment.value(QStringLiteral("TIEOUT_CONFIG"));
    if (path.isEmpty()) {
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                   .filePath(QStringLiteral("tieout.json"));
        if (!QFileInfo::exists(path))
            return okStatus(); // no config: commands that need BUs say so
    }
    if (!explicitPath && !QFileInfo::exists(path))
        return okStatus();
    auto config = ConfigFile::load(path);
    if (!config)
        return config.error();
    m_context.config = *config;
    m_context.configPath = path;
    return okStatus();
}

CliCommand *CliApplication::createCommand()
{
    switch (m_context.options.command) {
    case Command::Plan: return new PlanCommand(m_context, this);
    case Command::Probe: return new ProbeCommand(m_context, m_clients, this);
    case Command::Backfill: return new BackfillCommand(m_context, m_clients, this);
    case Command::Sync: return new SyncCommand(m_context, m_clients, this);
    case Command::Verify: return new VerifyCommand(m_context, this);
    case Command::Reconcile: return new ReconcileCommand(m_context, this);
    case Command::Export: return new ExportCommand(m_context, this);
    }
    Q_UNREACHABLE();
    return nullptr;
}

void CliApplication::finish(int exitCode)
{
    m_context.services.out->flush();
    m_context.services.err->flush();
    // Deliver asynchronously so a caller connected after start() still sees an early finish.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

} // namespace tieout::cli
