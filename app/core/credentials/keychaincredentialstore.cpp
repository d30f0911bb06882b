#include "keychaincredentialstore.h"

#include "util/logging.h"

#include <qt6keychain/keychain.h>

namespace cw {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cw::KeychainCredentialStore)
};

QString unavailableMessage()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return Tr::tr("No keychain is available: install and start a Secret Service provider such as "
                  "GNOME Keyring or KWallet.");
#else
    return Tr::tr("No keychain is available on this computer, so Crosswalk cannot store secrets.");
#endif
}

// A locked keychain whose unlock prompt fails or is dismissed answers a read with "not found"
// (libsecret skips locked items), so the not-found message mentions the lock.
// QtKeychain reports an unreachable D-Bus session or Secret Service as OtherError with a GLib
// message in the user's language; on Linux nearly every OtherError means the keychain service
// cannot be used, so it is reported as missing configuration rather than an internal fault.
Error keychainError(QKeychain::Error code, const QString &text, const QString &key)
{
    const QString detail =
        Tr::tr("QtKeychain error %1 for %2: %3").arg(static_cast<int>(code)).arg(key, text);
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error(Error::Category::NotFound,
                     Tr::tr("No secret is stored in the keychain for this connection, or the keychain "
                            "is locked. Unlock the keychain, or enter the secret again under Settings, "
                            "Connections."),
                     detail)
            .setCode(KeychainCredentialStore::kNotFound);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Category::Auth,
                     Tr::tr("The keychain refused access to the secret. Unlock the keychain (for "
                            "example by logging in again) and try again."),
                     detail)
            .setCode(KeychainCredentialStore::kAccessDenied);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Error(Error::Category::Config, unavailableMessage(), detail)
            .setCode(KeychainCredentialStore::kUnavailable);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return Error(Error::Category::Internal, Tr::tr("The keychain could not delete the secret."), detail)
        .setCode(KeychainCredentialStore::kFailed);
}

template<typename JobType> JobType *newJob(const QString &key, QObject *parent)
{
    auto *job = new JobType(KeychainCredentialStore::kService, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

Result<void> outcome(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoError)
        return {};
    return keychainError(job.error(), job.errorString(), job.key());
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

void KeychainCredentialStore::startRead(const QString &key, ReadCompletion complete)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [job, complete = std::move(complete)] {
        const Result<void> result = outcome(*job);
        qCDebug(lcCredentials) << "read" << job->key() << (result ? "ok" : "failed");
        complete(result ? Result<QString>(job->textData()) : Result<QString>(result.error()));
    });
    job->start();
}

void KeychainCredentialStore::startWrite(const QString &key, const QString &secret, Completion complete)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, complete = std::move(complete)] {
        const Result<void> result = outcome(*job);
        qCDebug(lcCredentials) << "write" << job->key() << (result ? "ok" : "failed");
        complete(result);
    });
    job->start();
}

void KeychainCredentialStore::startRemove(const QString &key, Completion complete)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [job, complete = std::move(complete)] {
        Result<void> result = outcome(*job);
        // Removing is idempotent: a key that holds nothing is already in the wanted state.
        if (!result && job->error() == QKeychain::EntryNotFound)
            result = {};
        qCDebug(lcCredentials) << "remove" << job->key() << (result ? "ok" : "failed");
        complete(result);
    });
    job->start();
}

} // namespace cw
