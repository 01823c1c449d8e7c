#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace tieout::api {

// What came back for one attempt, copied out of the QNetworkReply so the decision is pure.
struct ReplySnapshot
{
    int httpStatus = 0; // 0 = no HTTP response at all
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    QByteArray retryAfter; // the retry-after header, verbatim
    bool timedOut = false; // our per-attempt deadline aborted it
};

enum class RetryCause {
    RateLimited, // 429
    Server,      // 500, 502, 503, 504, 529
    Transport,   // connection errors, timeouts, truncated or unparseable bodies
};

// The verdict on one attempt: a JSON page, a failure worth retrying, or a final failure.
struct ReplyOutcome
{
    enum class Kind { Success, Retry, Fail };
    Kind kind = Kind::Fail;
    QJsonObject page;                      // Success
    RetryCause cause = RetryCause::Transport; // Retry
    std::optional<int> retryAfterSeconds;  // Retry, when the server said
    Error error;                           // Fail, and for Retry the error if attempts run out
};

// Decides, for one attempt, between success, retry and failure (SPEC §2.5), and words the
// error: BU, request, HTTP status, the API's error.type and error.message. 401/403 are Auth
// errors that name the BU whose key was refused; TLS failures are final (never retried, never
// ignored). Pure, so every status and transport error is unit-testable.
class ReplyClassifier final
{
public:
    // `businessUnit` and `request` ("GET /v1/organizations/cost_report (starting_at …, page 2)")
    // go into every message.
    static ReplyOutcome classify(const ReplySnapshot &reply, const QString &businessUnit, const QString &request,
                                 int timeoutMs);

    // A retry-after header in whole seconds; anything else (an HTTP date, garbage) is ignored.
    static std::optional<int> parseRetryAfter(const QByteArray &header);
    static bool isRetryableTransportError(QNetworkReply::NetworkError error);
};

} // namespace tieout::api
