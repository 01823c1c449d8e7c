#pragma once

#include "core/config/SecretStore.h"

#include <QHash>

namespace tieout {

// An in-memory SecretStore for unit tests; can simulate an unavailable keychain.
class MemorySecretStore final : public SecretStore
{
public:
    QFuture<Result<QString>> read(const QString &entry) override;
    QFuture<Status> write(const QString &entry, const QString &secret) override;
    QFuture<Status> remove(const QString &entry) override;

    void setAvailable(bool available) { m_available = available; }
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets;
    bool m_available = true;
};

} // namespace tieout
