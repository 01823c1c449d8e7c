#include "core/common/UrlPolicy.h"

#include <QHostAddress>

namespace tieout {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Status validateApiBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error(ErrorCode::Config, QStringLiteral("\"%1\" is not a valid API base URL").arg(url.toString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return okStatus();
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return okStatus();
        return Error(ErrorCode::Config,
                     QStringLiteral("API base URL %1 uses http to a non-loopback host; admin keys are only sent over "
                                    "https (http is allowed for 127.0.0.1, ::1 and localhost only)")
                         .arg(url.toString()));
    }
    return Error(ErrorCode::Config,
                 QStringLiteral("API base URL %1 must use https").arg(url.toString()));
}

} // namespace tieout
