#include "core/config/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPromise>

#include <memory>

namespace tieout {

namespace {

Error keychainError(const QKeychain::Job *job, const QString &entry, const QString &action)
{
    if (job->error() == QKeychain::EntryNotFound)
        return Error(ErrorCode::Config, QStringLiteral("no keychain entry \"%1\"").arg(entry));
    if (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::NotImplemented)
        return Error(ErrorCode::Config,
                     QStringLiteral("the OS keychain is not available (%1); the admin key was not stored anywhere")
                         .arg(job->errorString()));
    return Error(ErrorCode::Config,
                 QStringLiteral("keychain could not %1 entry \"%2\": %3").arg(action, entry, job->errorString()));
}

template<typename T, typename Job, typename OnDone>
QFuture<T> runJob(Job *job, OnDone onDone)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job, onDone](QKeychain::Job *) {
        promise->addResult(onDone(job));
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QFuture<Result<QString>> KeychainSecretStore::read(const QString &entry)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(entry);
    return runJob<Result<QString>>(job, [entry](QKeychain::ReadPasswordJob *finished) -> Result<QString> {
        if (finished->error() != QKeychain::NoError)
            return keychainError(finished, entry, QStringLiteral("read"));
        return finished->textData();
    });
}

QFuture<Status> KeychainSecretStore::write(const QString &entry, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(entry);
    job->setTextData(secret);
    return runJob<Status>(job, [entry](QKeychain::WritePasswordJob *finished) -> Status {
        if (finished->error() != QKeychain::NoError)
            return keychainError(finished, entry, QStringLiteral("write"));
        return okStatus();
    });
}

QFuture<Status> KeychainSecretStore::remove(const QString &entry)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(entry);
    return runJob<Status>(job, [entry](QKeychain::DeletePasswordJob *finished) -> Status {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            return keychainError(finished, entry, QStringLiteral("delete"));
        return okStatus();
    });
}

} // namespace tieout
