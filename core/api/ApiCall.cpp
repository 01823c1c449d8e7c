#include "core/api/ApiCall.h"

#include "core/common/LogCategories.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

namespace {

QLatin1StringView causeName(RetryCause cause)
{
    switch (cause) {
    case RetryCause::RateLimited: return "rate limited"_L1;
    case RetryCause::Server: return "server error"_L1;
    case RetryCause::Transport: return "transport error"_L1;
    }
    return "error"_L1;
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *network, QThreadPool *decoder, Decode decode, QNetworkRequest request,
                 QString description, ClientSettings settings, std::shared_ptr<ClientStats> stats,
                 RandomSource random, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_decoder(decoder)
    , m_decode(std::move(decode))
    , m_request(std::move(request))
    , m_description(std::move(description))
    , m_settings(std::move(settings))
    , m_stats(std::move(stats))
    , m_random(std::move(random))
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    // retry-after is a floor: a coarse timer may fire up to 5% early.
    m_backoff.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::sendAttempt);
    connect(&m_classifying, &QFutureWatcher<Attempt>::finished, this, &ApiCall::onClassified);
}

ApiCall::~ApiCall()
{
    dropReply();
}

void ApiCall::start(Done done)
{
    m_done = std::move(done);
    sendAttempt();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_backoff.stop();
    dropReply();
    finish(Error(ErrorCode::Cancelled, u"BU "_s + m_settings.businessUnit + u": "_s + m_description + u": cancelled"_s));
}

void ApiCall::sendAttempt()
{
    ++m_attempt;
    ++m_stats->requests;
    m_timedOut = false;
    // The URL carries no secret (the key is a header), so it may be logged as is.
    qCDebug(lcApi).noquote() << QStringLiteral("BU %1: %2: attempt %3: %4")
                                    .arg(m_settings.businessUnit, m_description)
                                    .arg(m_attempt)
                                    .arg(m_request.url().toString(QUrl::FullyEncoded));
    m_reply = m_network->get(m_request);
    // No sslErrors handler on purpose: without ignoreSslErrors() a TLS problem fails the reply.
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_deadline.start(std::max(m_settings.requestTimeoutMs, 1));
}

void ApiCall::onDeadline()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // emits finished, handled in onReplyFinished
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_deadline.stop();
    m_reply = nullptr;
    reply->deleteLater();

    ReplySnapshot snapshot;
    snapshot.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    snapshot.networkError = reply->error();
    snapshot.networkErrorText = reply->errorString();
    if (reply->isOpen()) // an aborted reply is closed
        snapshot.body = reply->readAll();
    snapshot.retryAfter = reply->rawHeader("retry-after");
    snapshot.timedOut = m_timedOut;
    m_stats->bytes += snapshot.body.size();

    // Parsing and decoding a page of a thousand records is the expensive part: one task on the
    // decoder pool. `decode` keeps the records in state it shares with the caller, so the task
    // may finish after this call is gone.
    m_classifying.setFuture(QtConcurrent::run(
        m_decoder, [snapshot = std::move(snapshot), businessUnit = m_settings.businessUnit,
                    description = m_description, timeoutMs = m_settings.requestTimeoutMs, decode = m_decode] {
            Attempt attempt{ReplyClassifier::classify(snapshot, businessUnit, description, timeoutMs), std::nullopt};
            if (attempt.outcome.kind == ReplyOutcome::Kind::Success)
                attempt.decoded = decode(attempt.outcome.page);
            return attempt;
        }));
}

void ApiCall::onClassified()
{
    if (m_finished) // cancelled while the reply was being classified
        return;
    Attempt attempt = m_classifying.result();
    ReplyOutcome &outcome = attempt.outcome;
    switch (outcome.kind) {
    case ReplyOutcome::Kind::Success:
        ++m_stats->pages;
        finish(std::move(*attempt.decoded));
        return;
    case ReplyOutcome::Kind::Fail:
        qCDebug(lcApi).noquote() << "final failure:" << outcome.error.message();
        finish(outcome.error);
        return;
    case ReplyOutcome::Kind::Retry:
        break;
    }

    const int maxAttempts = std::max(m_settings.retry.maxAttempts, 1);
    if (m_attempt >= maxAttempts) {
        finish(Error(outcome.error.code(),
                     outcome.error.message() + QStringLiteral(" (gave up after %1 attempts)").arg(m_attempt)));
        return;
    }
    ++m_stats->retries;
    switch (outcome.cause) {
    case RetryCause::RateLimited: ++m_stats->retriesRateLimited; break;
    case RetryCause::Server: ++m_stats->retriesServer; break;
    case RetryCause::Transport: ++m_stats->retriesTransport; break;
    }
    const auto delay = m_settings.retry.delayFor(m_attempt, outcome.retryAfterSeconds, m_random());
    // The error already names the BU and the request (and never the key).
    qCInfo(lcApi).noquote() << QStringLiteral("%1; %2, retrying in %3 ms (attempt %4 of %5)")
                                   .arg(outcome.error.message(), causeName(outcome.cause))
                                   .arg(delay.count())
                                   .arg(m_attempt)
                                   .arg(maxAttempts);
    m_backoff.start(delay);
}

void ApiCall::finish(Result<PageCursor> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_backoff.stop();
    // Moved out first: the callback typically deletes this call.
    Done done = std::move(m_done);
    if (done)
        done(std::move(result));
}

void ApiCall::dropReply()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace tieout::api
