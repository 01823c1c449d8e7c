#include "SoakRun.h"

#include "core/api/AdminApiClient.h"
#include "core/backfill/BackfillRunner.h"
#include "core/backfill/ClientPool.h"
#include "core/common/Clock.h"
#include "core/config/AdminKeyResolver.h"
#include "core/config/MemorySecretStore.h"
#include "core/sandbox/SandboxServer.h"
#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimeZone>

namespace tieout::test {

SandboxThread::SandboxThread(sandbox::SandboxProfile profile)
    : m_anchor(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_thread.start();
    m_anchor->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_anchor.get(), [this, profile] {
        m_server = new sandbox::SandboxServer(profile, {}, m_anchor.get());
        const auto port = m_server->listen(0);
        if (!port)
            qFatal("%s", qPrintable(port.error().message()));
        m_baseUrl = m_server->baseUrl();
    }, Qt::BlockingQueuedConnection);
}

SandboxThread::~SandboxThread()
{
    // The server and its sockets go on their own thread; the empty anchor after the thread ended.
    QMetaObject::invokeMethod(m_anchor.get(), [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SandboxThread::setFaults(const sandbox::FaultSettings &faults)
{
    QMetaObject::invokeMethod(m_anchor.get(), [this, faults] { m_server->setFaults(faults); },
                              Qt::BlockingQueuedConnection);
}

sandbox::FaultStats SandboxThread::faultStats() const
{
    sandbox::FaultStats stats;
    QMetaObject::invokeMethod(m_anchor.get(), [this, &stats] { stats = m_server->faultStats(); },
                              Qt::BlockingQueuedConnection);
    return stats;
}

qint64 SandboxThread::requestCount() const
{
    qint64 count = 0;
    QMetaObject::invokeMethod(m_anchor.get(), [this, &count] { count = m_server->requestCount(); },
                              Qt::BlockingQueuedConnection);
    return count;
}

SoakRun runBackfill(const QUrl &baseUrl, const QStringList &businessUnits, YearMonth from, YearMonth to,
                    const DatabaseUrl &database, const api::ClientSettings &settings)
{
    QList<BusinessUnitConfig> units;
    QProcessEnvironment environment;
    for (const QString &bu : businessUnits) {
        const QString variable = bu.toUpper() + QStringLiteral("_ADMIN_KEY");
        environment.insert(variable, sandbox::SandboxProfile::defaultAdminKey(bu));
        units.append(BusinessUnitConfig{bu, baseUrl, SecretRef{SecretRef::Kind::Environment, variable}});
    }
    MemorySecretStore keychain;
    AdminKeyResolver resolver(environment, &keychain);
    QNetworkAccessManager network;
    backfill::ClientPool clients(&network, &resolver, settings);
    const FixedClock clock(QDateTime(QDate(2026, 6, 30), QTime(12, 0), QTimeZone::utc()));

    auto opened = Database::open(database);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message()));
    std::shared_ptr<Database> db(std::move(*opened));
    const auto plan = backfill::BackfillPlan::make(businessUnits, from, to, clock.todayUtc());
    if (!plan)
        qFatal("%s", qPrintable(plan.error().message()));

    SoakRun run;
    QElapsedTimer timer;
    timer.start();
    {
        backfill::BackfillRunner runner(&clients, db, clock);
        // Every BU at once: more concurrent requests on the sandbox, and the 429s' waits overlap.
        runner.setMaxParallelBusinessUnits(int(businessUnits.size()));
        QEventLoop loop;
        QObject::connect(&runner, &backfill::BackfillRunner::finished, &loop,
                         [&](const backfill::RunSummary &summary) {
                             run.summary = summary;
                             loop.quit();
                         });
        clients.prepare(units).then(&loop, [&](Status prepared) {
            if (!prepared)
                qFatal("%s", qPrintable(prepared.error().message()));
            runner.start(*plan, backfill::BackfillRunner::Mode::Execute);
        });
        loop.exec();
    }
    run.elapsedMs = timer.elapsed();
    for (const QString &bu : businessUnits)
        run.stats += clients.client(bu)->stats();
    return run;
}

} // namespace tieout::test
