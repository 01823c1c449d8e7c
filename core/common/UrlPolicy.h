#pragma once

#include "core/common/Result.h"

#include <QUrl>

namespace tieout {

// Admin keys travel only over TLS: an API base URL must be https, except plain http to a
// loopback address (the sandbox, a local proxy). SPEC §8.
bool isLoopbackHost(const QString &host);
Status validateApiBaseUrl(const QUrl &url);

} // namespace tieout
