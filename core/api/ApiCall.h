#pragma once

#include "core/api/ClientSettings.h"
#include "core/api/ClientStats.h"
#include "core/api/ReplyClassifier.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace tieout::api {

// One logical GET of one page: sends it, bounds each attempt with a deadline, classifies the
// reply and retries on the RetryPolicy's schedule (timers, never a nested event loop) until it
// has a JSON page or a final Error. Lives for one page; the caller deletes it after `done`.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<QJsonObject>)>;
    using RandomSource = std::function<quint64()>;

    // `description` ("GET /v1/… (starting_at …, page 2)") names the request in errors and logs;
    // it never contains the key. Counters go to the shared `stats`.
    ApiCall(QNetworkAccessManager *network, QNetworkRequest request, QString description, ClientSettings settings,
            std::shared_ptr<ClientStats> stats, RandomSource random, QObject *parent = nullptr);
    ~ApiCall() override;

    void start(Done done);
    // Stops at once (in-flight reply aborted, pending retry dropped) and reports Cancelled.
    void cancel();

private:
    void sendAttempt();
    void onReplyFinished();
    void onDeadline();
    void finish(Result<QJsonObject> result);
    void dropReply();

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QString m_description;
    const ClientSettings m_settings;
    std::shared_ptr<ClientStats> m_stats;
    RandomSource m_random;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace tieout::api
