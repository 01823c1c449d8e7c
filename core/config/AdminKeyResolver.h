#pragma once

#include "core/common/Result.h"
#include "core/config/AppConfig.h"

#include <QFuture>
#include <QProcessEnvironment>

namespace tieout {

class SecretStore;

// Turns a BU's SecretRef into the admin key: from the named environment variable, or from the
// keychain entry. The key is returned to the caller only; errors name the BU and the reference,
// never the key.
class AdminKeyResolver final
{
public:
    AdminKeyResolver(QProcessEnvironment environment, SecretStore *keychain);

    QFuture<Result<QString>> resolve(const BusinessUnitConfig &bu) const;

private:
    QProcessEnvironment m_environment;
    SecretStore *m_keychain;
};

} // namespace tieout
