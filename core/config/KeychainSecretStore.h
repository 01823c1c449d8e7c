#pragma once

#include "core/config/SecretStore.h"

#include <QObject>

namespace tieout {

// Admin keys in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). The insecure plain-text fallback is never enabled: if there is
// no keychain, writes fail and nothing is stored anywhere else.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Tieout"), QObject *parent = nullptr);

    QFuture<Result<QString>> read(const QString &entry) override;
    QFuture<Status> write(const QString &entry, const QString &secret) override;
    QFuture<Status> remove(const QString &entry) override;

private:
    QString m_service;
};

} // namespace tieout
