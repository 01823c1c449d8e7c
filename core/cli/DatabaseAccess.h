#pragma once

#include "core/common/Result.h"

#include <memory>

namespace tieout {
class Database;
}

namespace tieout::cli {

struct CliContext;

enum class DatabaseUse {
    ReadOnly, // preview, verify, reconcile, export: never creates, migrates or writes
    Write,    // backfill --execute, sync: opens and migrates
};

// Opens the database a CLI command works on (--db, else the config's, else the default file).
// Read-only use of a database that does not exist yet gives a null pointer, not an empty new
// file: a preview must not leave anything behind. An unreachable server is ErrorCode::Database.
Result<std::shared_ptr<Database>> openDatabaseFor(const CliContext &context, DatabaseUse use);

// The database for messages: the URL without any password.
QString databaseDisplayName(const CliContext &context);

} // namespace tieout::cli
