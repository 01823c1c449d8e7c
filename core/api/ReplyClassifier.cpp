#include "core/api/ReplyClassifier.h"

#include "core/api/JsonReader.h"
#include "core/api/RetryPolicy.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

namespace {

// The API's own words from an error body {"type":"error","error":{"type":…,"message":…}}.
struct ApiErrorBody
{
    QString type;
    QString message;
};

ApiErrorBody parseErrorBody(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject error = root.value("error"_L1).toObject();
    ApiErrorBody parsed{error.value("type"_L1).toString(), error.value("message"_L1).toString()};
    if (parsed.type.isEmpty() && parsed.message.isEmpty() && !body.trimmed().isEmpty()) {
        // Not the documented shape (a proxy's HTML page, say): a short excerpt still helps.
        QString excerpt = QString::fromUtf8(body.left(160)).simplified();
        parsed.message = u"response body: "_s + excerpt;
    }
    return parsed;
}

QString describeStatus(int status, const ApiErrorBody &body)
{
    QString text = u"HTTP "_s + QString::number(status);
    if (!body.type.isEmpty())
        text += u' ' + body.type;
    if (!body.message.isEmpty())
        text += u": "_s + body.message;
    return text;
}

ReplyOutcome fail(ErrorCode code, const QString &message)
{
    ReplyOutcome outcome;
    outcome.kind = ReplyOutcome::Kind::Fail;
    outcome.error = Error(code, message);
    return outcome;
}

ReplyOutcome retry(RetryCause cause, ErrorCode code, const QString &message, std::optional<int> retryAfter = {})
{
    ReplyOutcome outcome;
    outcome.kind = ReplyOutcome::Kind::Retry;
    outcome.cause = cause;
    outcome.retryAfterSeconds = retryAfter;
    outcome.error = Error(code, message);
    return outcome;
}

} // namespace

std::optional<int> ReplyClassifier::parseRetryAfter(const QByteArray &header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return seconds;
}

bool ReplyClassifier::isRetryableTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout when we did not abort it ourselves
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolFailure: // e.g. the connection dropped mid-body
        return true;
    default:
        // TLS failures in particular: a certificate problem will not fix itself and must never be
        // waved through or hammered.
        return false;
    }
}

ReplyOutcome ReplyClassifier::classify(const ReplySnapshot &reply, const QString &businessUnit,
                                       const QString &request, int timeoutMs)
{
    const QString where = u"BU "_s + businessUnit + u": "_s + request;

    if (reply.timedOut)
        return retry(RetryCause::Transport, ErrorCode::Network,
                     QStringLiteral("%1: no complete response within %2 ms").arg(where).arg(timeoutMs));

    if (reply.httpStatus >= 200 && reply.httpStatus < 300) {
        if (reply.networkError != QNetworkReply::NoError)
            return retry(RetryCause::Transport, ErrorCode::Network,
                         QStringLiteral("%1: the transfer broke off after HTTP %2 (%3)")
                             .arg(where)
                             .arg(reply.httpStatus)
                             .arg(reply.networkErrorText));
        auto page = JsonReader::parseObject(reply.body, request);
        if (!page)
            // A 200 whose body does not parse is a damaged transfer, so it is retried; if every
            // attempt gets one the last is reported as what it is, a body of the wrong shape.
            return retry(RetryCause::Transport, ErrorCode::Decode, u"BU "_s + businessUnit + u": "_s
                                                                       + page.error().message());
        ReplyOutcome outcome;
        outcome.kind = ReplyOutcome::Kind::Success;
        outcome.page = std::move(*page);
        return outcome;
    }

    if (reply.httpStatus > 0) {
        const ApiErrorBody body = parseErrorBody(reply.body);
        const QString status = describeStatus(reply.httpStatus, body);
        if (reply.httpStatus == 401 || reply.httpStatus == 403)
            return fail(ErrorCode::Auth, QStringLiteral("%1: the admin key of BU %2 was refused (%3); check the "
                                                        "admin key configured for BU %2")
                                             .arg(where, businessUnit, status));
        if (reply.httpStatus == 429)
            return retry(RetryCause::RateLimited, ErrorCode::Api, where + u": "_s + status,
                         parseRetryAfter(reply.retryAfter));
        if (RetryPolicy::isRetryableStatus(reply.httpStatus))
            return retry(RetryCause::Server, ErrorCode::Api, where + u": "_s + status);
        if (reply.httpStatus >= 300 && reply.httpStatus < 400)
            return fail(ErrorCode::Api, where + u": "_s + status
                                            + u" (a redirect; not followed so the admin key stays with its origin)"_s);
        return fail(ErrorCode::Api, where + u": "_s + status);
    }

    const QString transport = QStringLiteral("%1: %2").arg(where, reply.networkErrorText);
    if (isRetryableTransportError(reply.networkError))
        return retry(RetryCause::Transport, ErrorCode::Network, transport);
    return fail(ErrorCode::Network, transport);
}

} // namespace tieout::api
