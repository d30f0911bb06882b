#include "credentialwaiter.h"

#include <QSignalSpy>

namespace cw::test {

namespace {

Result<QString> fromVoid(const Result<void> &result)
{
    if (result)
        return QString();
    return result.error();
}

Result<void> toVoid(const Result<QString> &result)
{
    if (result)
        return {};
    return result.error();
}

} // namespace

CredentialWaiter::CredentialWaiter(CredentialStore &store, int timeoutMs)
    : m_store(store)
    , m_timeoutMs(timeoutMs)
{ }

void CredentialWaiter::note(const std::shared_ptr<Call> &call, const Result<QString> &result)
{
    if (!call->returned)
        m_broken = QStringLiteral("callback ran inside the request call");
    if (++call->answers > 1)
        m_broken = QStringLiteral("callback ran more than once");
    call->result = std::make_unique<Result<QString>>(result);
    emit answered();
}

Result<QString> CredentialWaiter::wait(const std::shared_ptr<Call> &call)
{
    call->returned = true;
    QSignalSpy spy(this, &CredentialWaiter::answered);
    while (!call->result) {
        if (!spy.wait(m_timeoutMs))
            return Error(Error::Category::Timeout, QStringLiteral("the credential store did not answer"));
    }
    return *call->result;
}

Result<QString> CredentialWaiter::read(const QString &key)
{
    auto call = std::make_shared<Call>();
    m_store.readSecret(key, this, [this, call](const Result<QString> &secret) { note(call, secret); });
    return wait(call);
}

Result<void> CredentialWaiter::write(const QString &key, const QString &secret)
{
    auto call = std::make_shared<Call>();
    m_store.writeSecret(key, secret, this,
                        [this, call](const Result<void> &done) { note(call, fromVoid(done)); });
    return toVoid(wait(call));
}

Result<void> CredentialWaiter::remove(const QString &key)
{
    auto call = std::make_shared<Call>();
    m_store.removeSecret(key, this, [this, call](const Result<void> &done) { note(call, fromVoid(done)); });
    return toVoid(wait(call));
}

} // namespace cw::test
