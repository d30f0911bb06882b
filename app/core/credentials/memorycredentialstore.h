#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace cw {

/// A credential store that keeps secrets in memory, for tests and the in-process demo.
///
/// Follows the same asynchronous contract as every CredentialStore (callbacks run on a later
/// event-loop turn, never inside the call). failWith() makes requests fail, to test how callers
/// handle an unavailable or locked keychain.
/// Thread affinity: as CredentialStore; the inspection functions are for the store's thread.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    /// Every following request fails with @p error until clearFailure().
    void failWith(const Error &error);
    void clearFailure();

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    /// Keys currently holding a secret, sorted.
    QStringList keys() const;
    /// Requests carried out so far (including failed ones).
    int requestCount() const { return m_requests; }

protected:
    void startRead(const QString &key, ReadCompletion complete) override;
    void startWrite(const QString &key, const QString &secret, Completion complete) override;
    void startRemove(const QString &key, Completion complete) override;

private:
    QHash<QString, QString> m_secrets;
    std::optional<Error> m_failure;
    int m_requests = 0;
};

} // namespace cw
