#pragma once

#include "core/config/AppConfig.h"
#include "core/money/Money.h"

#include <QDate>
#include <QObject>

class QNetworkAccessManager;

namespace tieout {
class AdminKeyResolver;
class Clock;
} // namespace tieout

namespace tieout::ui {

// "Test connection" for one BU (the probe of SPEC §6): resolves its admin key, fetches one day
// (yesterday, UTC) of the cost report read-only through its own AdminApiClient, and reports
// whether the API served it. Uses a client of its own rather than the backfill's ClientPool, so
// probing never disturbs a run in progress.
class ConnectionProbe final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString businessUnit;
        QDate day;
        bool ok = false;
        qint64 costLines = 0;
        Money billed;
        QString error; // set when !ok; names the BU, never the key
    };

    ConnectionProbe(QNetworkAccessManager *network, const AdminKeyResolver *resolver, const Clock *clock,
                    QObject *parent = nullptr);

    void probe(const BusinessUnitConfig &unit);
    bool isRunning() const { return m_running; }

signals:
    void finished(const tieout::ui::ConnectionProbe::Outcome &outcome);

private:
    void finish(Outcome outcome);

    QNetworkAccessManager *m_network;
    const AdminKeyResolver *m_resolver;
    const Clock *m_clock;
    bool m_running = false;
};

} // namespace tieout::ui
