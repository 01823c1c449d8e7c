#pragma once

// A real store for UI tests and screenshots: a temporary SQLite file filled by a real backfill
// (BackfillRunner over a ClientPool) from the in-process demo sandbox, so the report pages read
// exactly what the product would after "Backfill › Execute".

#include "core/backfill/BackfillPlan.h"
#include "core/backfill/BackfillRunner.h"
#include "core/backfill/ClientPool.h"
#include "core/common/Clock.h"
#include "core/config/AdminKeyResolver.h"
#include "core/config/AppConfig.h"
#include "core/sandbox/SandboxProfile.h"
#include "core/sandbox/SandboxServer.h"
#include "core/store/Database.h"
#include "core/store/DatabaseUrl.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>
#include <optional>

namespace tieout::test {

// The config of `businessUnits` on `baseUrl`, keys from $<BU>_DEMO_KEY, set in `environment`.
inline AppConfig demoConfig(const QUrl &baseUrl, const QStringList &businessUnits, QProcessEnvironment *environment)
{
    AppConfig config;
    for (const QString &name : businessUnits) {
        BusinessUnitConfig unit;
        unit.name = name;
        unit.apiBaseUrl = baseUrl;
        const QString variable = name.toUpper() + QStringLiteral("_DEMO_KEY");
        unit.adminKey = SecretRef{SecretRef::Kind::Environment, variable};
        environment->insert(variable, sandbox::SandboxProfile::defaultAdminKey(name));
        qputenv(variable.toLatin1().constData(), sandbox::SandboxProfile::defaultAdminKey(name).toUtf8());
        config.businessUnits.append(unit);
    }
    return config;
}

// Opens (creating) the SQLite store at `path`, ready to hand to a page (no connection left open
// on this thread).
inline std::shared_ptr<Database> openStore(const QString &path)
{
    auto opened = Database::open(DatabaseUrl::sqlite(path));
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message()));
    std::shared_ptr<Database> database(std::move(*opened));
    database->closeThreadConnection();
    return database;
}

// Backfills (execute) `from`..`to` of the config's BUs into `database`. Returns an empty string
// on success, else what went wrong.
inline QString backfillDemo(const std::shared_ptr<Database> &database, const AppConfig &config,
                            const QProcessEnvironment &environment, YearMonth from, YearMonth to, const Clock &clock)
{
    QNetworkAccessManager network;
    AdminKeyResolver resolver(environment, nullptr);
    backfill::ClientPool clients(&network, &resolver);
    QFuture<Status> prepared = clients.prepare(config.businessUnits);
    if (!QTest::qWaitFor([&] { return prepared.isFinished(); }, 30'000))
        return QStringLiteral("preparing the clients timed out");
    if (!prepared.result())
        return prepared.result().error().message();
    QStringList names;
    for (const BusinessUnitConfig &unit : config.businessUnits)
        names.append(unit.name);
    auto windows = backfill::BackfillPlan::make(names, from, to, clock.todayUtc());
    if (!windows)
        return windows.error().message();
    backfill::BackfillRunner runner(&clients, database, clock);
    runner.setActor(QStringLiteral("tieout-ui-test"));
    std::optional<backfill::RunSummary> summary;
    QObject::connect(&runner, &backfill::BackfillRunner::finished, &runner,
                     [&summary](const backfill::RunSummary &done) { summary = done; });
    runner.start(*windows, backfill::BackfillRunner::Mode::Execute);
    if (!QTest::qWaitFor([&] { return summary.has_value(); }, 300'000))
        return QStringLiteral("the backfill timed out");
    if (const auto error = summary->firstError())
        return error->message();
    return {};
}

} // namespace tieout::test
