#include "core/cli/DatabaseAccess.h"

#include "core/cli/CliContext.h"
#include "core/store/Database.h"
#include "core/store/DatabaseUrl.h"

#include <QFileInfo>

namespace tieout::cli {

namespace {

Result<DatabaseUrl> databaseUrl(const CliContext &context)
{
    // A bad --db is a usage error; a bad "database" in the config file is a config error: both exit 2.
    const ErrorCode code = context.options.databaseUrl.isEmpty() ? ErrorCode::Config : ErrorCode::Usage;
    auto url = DatabaseUrl::parse(context.databaseUrl(), code);
    if (!url)
        return url.error();
    return url;
}

} // namespace

Result<std::shared_ptr<Database>> openDatabaseFor(const CliContext &context, DatabaseUse use)
{
    auto url = databaseUrl(context);
    if (!url)
        return url.error();
    DatabaseOptions options;
    options.environment = context.services.environment;
    if (const auto password = context.keychainDatabasePassword)
        options.keychainLookup = [password](const QString &) { return password; };

    if (use == DatabaseUse::Write) {
        auto database = Database::open(*url, options);
        if (!database)
            return database.error();
        return std::shared_ptr<Database>(std::move(*database));
    }

    if (url->engine() == DatabaseEngine::Sqlite && !QFileInfo::exists(url->path()))
        return std::shared_ptr<Database>();
    auto database = std::make_shared<Database>(*url, options);
    auto version = database->schemaVersion();
    if (!version)
        return version.error();
    if (*version == 0)
        return std::shared_ptr<Database>(); // reachable but never written: nothing stored yet
    return database;
}

QString databaseDisplayName(const CliContext &context)
{
    auto url = DatabaseUrl::parse(context.databaseUrl());
    return url ? url->describe() : context.databaseUrl();
}

} // namespace tieout::cli
