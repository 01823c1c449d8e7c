#include "core/config/MemorySecretStore.h"

#include <QFuture>

namespace tieout {

namespace {
Error unavailable()
{
    return Error(ErrorCode::Config, QStringLiteral("the keychain is not available"));
}
} // namespace

QFuture<Result<QString>> MemorySecretStore::read(const QString &entry)
{
    if (!m_available)
        return QtFuture::makeReadyFuture(Result<QString>(unavailable()));
    const auto it = m_secrets.constFind(entry);
    if (it == m_secrets.constEnd())
        return QtFuture::makeReadyFuture(Result<QString>(
            Error(ErrorCode::Config, QStringLiteral("no keychain entry \"%1\"").arg(entry))));
    return QtFuture::makeReadyFuture(Result<QString>(*it));
}

QFuture<Status> MemorySecretStore::write(const QString &entry, const QString &secret)
{
    if (!m_available)
        return QtFuture::makeReadyFuture(Status(unavailable()));
    m_secrets.insert(entry, secret);
    return QtFuture::makeReadyFuture(okStatus());
}

QFuture<Status> MemorySecretStore::remove(const QString &entry)
{
    if (!m_available)
        return QtFuture::makeReadyFuture(Status(unavailable()));
    m_secrets.remove(entry);
    return QtFuture::makeReadyFuture(okStatus());
}

} // namespace tieout
