#include "core/config/AdminKeyResolver.h"

#include "core/config/SecretStore.h"

#include <QFuture>

namespace tieout {

AdminKeyResolver::AdminKeyResolver(QProcessEnvironment environment, SecretStore *keychain)
    : m_environment(std::move(environment))
    , m_keychain(keychain)
{
}

QFuture<Result<QString>> AdminKeyResolver::resolve(const BusinessUnitConfig &bu) const
{
    const QString name = bu.adminKey.name;
    if (bu.adminKey.kind == SecretRef::Kind::Environment) {
        const QString key = m_environment.value(name).trimmed();
        if (key.isEmpty())
            return QtFuture::makeReadyFuture(Result<QString>(Error(
                ErrorCode::Config,
                QStringLiteral("BU %1: environment variable %2 (its admin key) is not set").arg(bu.name, name))));
        return QtFuture::makeReadyFuture(Result<QString>(key));
    }
    if (!m_keychain)
        return QtFuture::makeReadyFuture(Result<QString>(
            Error(ErrorCode::Config, QStringLiteral("BU %1: no keychain available to read entry \"%2\"").arg(bu.name, name))));
    const QString buName = bu.name;
    return m_keychain->read(name).then([buName](Result<QString> key) -> Result<QString> {
        if (!key)
            return key.error().withContext(QStringLiteral("BU %1").arg(buName));
        return key;
    });
}

} // namespace tieout
