#include "memorycredentialstore.h"

#include <algorithm>

namespace cw {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

void MemoryCredentialStore::failWith(const Error &error)
{
    m_failure = error;
}

void MemoryCredentialStore::clearFailure()
{
    m_failure.reset();
}

QStringList MemoryCredentialStore::keys() const
{
    QStringList result = m_secrets.keys();
    std::sort(result.begin(), result.end());
    return result;
}

void MemoryCredentialStore::startRead(const QString &key, ReadCompletion complete)
{
    ++m_requests;
    if (m_failure) {
        complete(*m_failure);
        return;
    }
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend()) {
        complete(Error(Error::Category::NotFound, tr("No secret is stored for this connection."), key));
        return;
    }
    complete(found.value());
}

void MemoryCredentialStore::startWrite(const QString &key, const QString &secret, Completion complete)
{
    ++m_requests;
    if (m_failure) {
        complete(*m_failure);
        return;
    }
    m_secrets.insert(key, secret);
    complete({});
}

void MemoryCredentialStore::startRemove(const QString &key, Completion complete)
{
    ++m_requests;
    if (m_failure) {
        complete(*m_failure);
        return;
    }
    m_secrets.remove(key);
    complete({});
}

} // namespace cw
