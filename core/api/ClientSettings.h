#pragma once

#include "core/api/RetryPolicy.h"

#include <QString>
#include <QUrl>

namespace tieout::api {

// What one client needs: which organization, how to authenticate, how hard to try.
// The admin key lives only here, in memory; it is never logged or put into an Error.
struct ClientSettings
{
    QString businessUnit;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.anthropic.com"));
    QString adminKey;
    QString userAgent = QStringLiteral("Tieout/0.1");
    RetryPolicy retry;
    int requestTimeoutMs = 60'000; // per attempt, whole response
    int maxPages = 5'000; // per report series: a loop guard, reaching it is an error

    // Page sizes sent as `limit`. The defaults are the API maxima (fewest requests); smaller
    // values exist so tests can force many pages. Report windows are chunked to 31 days
    // whatever bucketsPerPage is, so a smaller value just means more pages per chunk.
    int bucketsPerPage = 31;  // cost_report and usage_report/messages, 1d buckets (max 31)
    int recordsPerPage = 1000; // claude_code and the directories (max 1000)
};

} // namespace tieout::api
