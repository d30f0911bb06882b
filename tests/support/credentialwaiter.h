#pragma once

#include "credentials/credentialstore.h"

#include <QObject>

#include <memory>

namespace cw::test {

/// Makes one CredentialStore request and waits for its callback with QSignalSpy, for tests.
///
/// It also watches the store's contract: a callback that runs inside the request call or more
/// than once sets contractBroken().
class CredentialWaiter : public QObject
{
    Q_OBJECT

public:
    explicit CredentialWaiter(CredentialStore &store, int timeoutMs = 30000);

    Result<QString> read(const QString &key);
    Result<void> write(const QString &key, const QString &secret);
    Result<void> remove(const QString &key);

    /// Why the contract was broken; empty while it holds.
    QString contractBroken() const { return m_broken; }

signals:
    void answered();

private:
    struct Call
    {
        bool returned = false;
        int answers = 0;
        std::unique_ptr<Result<QString>> result;
    };
    void note(const std::shared_ptr<Call> &call, const Result<QString> &result);
    Result<QString> wait(const std::shared_ptr<Call> &call);

    CredentialStore &m_store;
    int m_timeoutMs;
    QString m_broken;
};

} // namespace cw::test
