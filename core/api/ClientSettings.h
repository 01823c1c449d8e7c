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
    int requestTimeoutMs = 60'000;
    int maxPages = 5'000; // per report series: a loop guard, reaching it is an error
};

} // namespace tieout::api
