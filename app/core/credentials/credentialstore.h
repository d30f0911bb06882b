#pragma once

#include "domain/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cw {

/// Where the secrets of the connected systems live (API keys, passwords, tokens): never in the
/// cache, QSettings or logs.
///
/// Asynchronous contract: every request takes a @p context object and a callback. The callback
/// runs exactly once, later, in the context's thread and from that thread's event loop; never
/// inside the call that started the request, not even when the answer is known at once. If the
/// context is destroyed first, the callback is dropped (the operation itself still completes).
/// Nothing blocks and nothing spins a nested event loop, so widgets and the sync engine use the
/// store the same way:
///
/// @code
/// store.readSecret(CredentialStore::keyFor(system.id, SystemConfig::kPasswordAccount), this,
///                  [this](const Result<QString> &secret) { secret ? login(secret.value()) :
///                  fail(secret.error()); });
/// @endcode
///
/// Requests on one store run one after another in the order they were made.
/// Thread affinity: the store is a QObject living in one thread (normally the GUI thread), where
/// its backend runs; the request functions may be called from any thread. The store must outlive
/// the requests made on it. Ownership: a QObject, owned by its parent or by the composition root.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const Result<QString> &secret)>;
    using DoneCallback = std::function<void(const Result<void> &result)>;

    explicit CredentialStore(QObject *parent = nullptr);

    /// The key of one secret of a system: `crosswalk/<systemId>/<account>`. @p account names the
    /// secret within the system (see SystemConfig::secretAccounts()).
    static QString keyFor(qint64 systemId, const QString &account);

    /// Reads the secret stored under @p key. A missing entry fails with Error::Category::NotFound.
    void readSecret(const QString &key, const QObject *context, ReadCallback done);
    /// Stores @p secret under @p key, replacing any previous value.
    void writeSecret(const QString &key, const QString &secret, const QObject *context, DoneCallback done);
    /// Deletes the secret under @p key. Deleting a key that holds nothing succeeds.
    void removeSecret(const QString &key, const QObject *context, DoneCallback done);

protected:
    using ReadCompletion = std::function<void(const Result<QString> &secret)>;
    using Completion = std::function<void(const Result<void> &result)>;

    /// Backends implement these. They are called in the store's thread with a non-empty key and
    /// call @p complete exactly once, in the store's thread, at any time (even before returning);
    /// the base class takes care of delivering the result to the caller asynchronously.
    virtual void startRead(const QString &key, ReadCompletion complete) = 0;
    virtual void startWrite(const QString &key, const QString &secret, Completion complete) = 0;
    virtual void startRemove(const QString &key, Completion complete) = 0;

private:
    using Start = std::function<void(ReadCompletion complete)>;
    void dispatch(const QString &key, const QObject *context, ReadCallback done, Start start);
};

} // namespace cw
