#pragma once

#include "core/common/Result.h"

#include <QFuture>
#include <QString>

namespace tieout {

// Where admin keys are kept. The product uses the OS keychain (KeychainSecretStore); unit tests
// use MemorySecretStore. There is deliberately no implementation that writes to a file or to
// QSettings: when the keychain is unavailable, saving a key fails with a clear message.
// Calls are asynchronous (the keychain answers over D-Bus); futures finish on the caller's thread.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual QFuture<Result<QString>> read(const QString &entry) = 0;
    virtual QFuture<Status> write(const QString &entry, const QString &secret) = 0;
    virtual QFuture<Status> remove(const QString &entry) = 0;
};

} // namespace tieout
