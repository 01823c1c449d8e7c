#pragma once

#include "core/api/ClientSettings.h"
#include "core/api/ClientStats.h"
#include "core/backfill/WindowReport.h"
#include "core/money/YearMonth.h"
#include "core/sandbox/FaultSettings.h"
#include "core/sandbox/SandboxProfile.h"
#include "core/store/DatabaseUrl.h"

#include <QThread>
#include <QUrl>

#include <memory>

namespace tieout::sandbox {
class SandboxServer;
}

namespace tieout::test {

// An in-process SandboxServer on a thread of its own, so it serves while the client and the
// database worker run: the soak test reads its fault statistics directly.
class SandboxThread final
{
public:
    explicit SandboxThread(sandbox::SandboxProfile profile);
    ~SandboxThread();

    QUrl baseUrl() const { return m_baseUrl; }
    void setFaults(const sandbox::FaultSettings &faults); // also resets the statistics
    sandbox::FaultStats faultStats() const;
    qint64 requestCount() const;

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; // lives on m_thread; everything server-side runs through it
    sandbox::SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
};

// One backfill --execute of `businessUnits` × [from, to] against `baseUrl` into `database`, as
// the CLI does it (ClientPool + BackfillRunner), with the given retry settings and all BUs in
// parallel.
struct SoakRun
{
    backfill::RunSummary summary;
    api::ClientStats stats; // summed over the BUs' clients
    qint64 elapsedMs = 0;
};
SoakRun runBackfill(const QUrl &baseUrl, const QStringList &businessUnits, YearMonth from, YearMonth to,
                    const DatabaseUrl &database, const api::ClientSettings &settings);

} // namespace tieout::test
