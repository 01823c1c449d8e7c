#pragma once

#include "core/api/ClientSettings.h"
#include "core/api/ClientStats.h"
#include "core/api/ReplyClassifier.h"
#include "core/common/Result.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QThreadPool;

namespace tieout::api {

// One logical GET of one page: sends it, bounds each attempt with a deadline, classifies the
// reply and retries on the RetryPolicy's schedule (timers, never a nested event loop) until it
// has a JSON page or a final Error. The reply is parsed and classified on `decoder`, never on
// the thread that owns the network (the GUI thread in the desktop app); everything else runs on
// the owner's thread. Lives for one page; the caller deletes it after `done`.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<QJsonObject>)>;
    using RandomSource = std::function<quint64()>;

    // `description` ("GET /v1/… (starting_at …, page 2)") names the request in errors and logs;
    // it never contains the key. Counters go to the shared `stats`.
    ApiCall(QNetworkAccessManager *network, QThreadPool *decoder, QNetworkRequest request, QString description,
            ClientSettings settings, std::shared_ptr<ClientStats> stats, RandomSource random,
            QObject *parent = nullptr);
    ~ApiCall() override;

    void start(Done done);
    // Stops at once (in-flight reply aborted, pending retry dropped) and reports Cancelled.
    void cancel();

private:
    void sendAttempt();
    void onReplyFinished();
    void onClassified();
    void onDeadline();
    void finish(Result<QJsonObject> result);
    void dropReply();

    QNetworkAccessManager *m_network;
    QThreadPool *m_decoder;
    QNetworkRequest m_request;
    QString m_description;
    const ClientSettings m_settings;
    std::shared_ptr<ClientStats> m_stats;
    RandomSource m_random;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    QFutureWatcher<ReplyOutcome> m_classifying;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace tieout::api
