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
#include <optional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QThreadPool;

namespace tieout::api {

// Where the list continues, as read from a decoded page.
struct PageCursor
{
    bool hasMore = false;
    QString next;
};

// One logical GET of one page: sends it, bounds each attempt with a deadline, classifies the
// reply and retries on the RetryPolicy's schedule (timers, never a nested event loop) until it
// has a page or a final Error. The reply is parsed, classified and — when it is a page — decoded
// by `decode` in one task on `decoder`, never on the thread that owns the network (the GUI thread
// in the desktop app); everything else runs on the owner's thread. A decode error is final (the
// bytes arrived intact; asking again gives the same page). Lives for one page; the caller deletes
// it after `done`.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<PageCursor>)>;
    // Keeps the page's records and answers where the list continues; runs on `decoder`.
    using Decode = std::function<Result<PageCursor>(const QJsonObject &page)>;
    using RandomSource = std::function<quint64()>;

    // `description` ("GET /v1/… (starting_at …, page 2)") names the request in errors and logs;
    // it never contains the key. Counters go to the shared `stats`.
    ApiCall(QNetworkAccessManager *network, QThreadPool *decoder, Decode decode, QNetworkRequest request,
            QString description, ClientSettings settings, std::shared_ptr<ClientStats> stats, RandomSource random,
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
    // One attempt's verdict and, for a page, what decoding it gave.
    struct Attempt
    {
        ReplyOutcome outcome;
        std::optional<Result<PageCursor>> decoded;
    };

    void finish(Result<PageCursor> result);
    void dropReply();

    QNetworkAccessManager *m_network;
    QThreadPool *m_decoder;
    Decode m_decode;
    QNetworkRequest m_request;
    QString m_description;
    const ClientSettings m_settings;
    std::shared_ptr<ClientStats> m_stats;
    RandomSource m_random;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    QFutureWatcher<Attempt> m_classifying;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace tieout::api
