#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <optional>

namespace tieout {

// How Database connects, beyond the URL. The PostgreSQL password is looked up in this order:
// TIEOUT_DB_PASSWORD, then PGPASSWORD (both from `environment`), then `keychainLookup` with
// DatabaseUrl::keychainEntry(); with none of them libpq's own means (~/.pgpass, trust) apply.
struct DatabaseOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Synchronous, called at most once per Database, from whichever thread connects first. The
    // caller resolves its asynchronous SecretStore beforehand and hands the answer in here.
    std::function<std::optional<QString>(const QString &keychainEntry)> keychainLookup;
    int connectTimeoutSeconds = 5;
    int sqliteBusyTimeoutMs = 10'000;
};

} // namespace tieout
