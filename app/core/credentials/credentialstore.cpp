#include "credentialstore.h"

#include <QMetaObject>
#include <QThread>

#include <memory>

namespace cw {

namespace {

// Carries one result from the store's thread to the caller's context. A queued signal
// connection, not a pointer check, decides whether the callback still runs: Qt removes the
// connection safely when the context dies, even while another thread is about to emit.
class Relay : public QObject
{
    Q_OBJECT

public:
    void finish(const Result<QString> &result)
    {
        if (m_finished)
            return;
        m_finished = true;
        emit finished(result);
    }

signals:
    void finished(const cw::Result<QString> &result);

private:
    bool m_finished = false;
};

Result<void> withoutValue(const Result<QString> &result)
{
    if (result)
        return {};
    return result.error();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

QString CredentialStore::keyFor(qint64 systemId, const QString &account)
{
    return QStringLiteral("crosswalk/%1/%2").arg(systemId).arg(account);
}

void CredentialStore::readSecret(const QString &key, const QObject *context, ReadCallback done)
{
    dispatch(key, context, std::move(done),
             [this, key](ReadCompletion complete) { startRead(key, std::move(complete)); });
}

void CredentialStore::writeSecret(const QString &key, const QString &secret, const QObject *context,
                                  DoneCallback done)
{
    dispatch(
        key, context, [done = std::move(done)](const Result<QString> &result) { done(withoutValue(result)); },
        [this, key, secret](ReadCompletion complete) {
            startWrite(key, secret, [complete](const Result<void> &result) {
                complete(result ? Result<QString>(QString()) : Result<QString>(result.error()));
            });
        });
}

void CredentialStore::removeSecret(const QString &key, const QObject *context, DoneCallback done)
{
    dispatch(
        key, context, [done = std::move(done)](const Result<QString> &result) { done(withoutValue(result)); },
        [this, key](ReadCompletion complete) {
            startRemove(key, [complete](const Result<void> &result) {
                complete(result ? Result<QString>(QString()) : Result<QString>(result.error()));
            });
        });
}

void CredentialStore::dispatch(const QString &key, const QObject *context, ReadCallback done, Start start)
{
    Q_ASSERT(context);
    // The relay is created here, connected while the caller's context is certainly alive, then
    // handed to the store's thread. Whoever drops the last reference (the backend after
    // completing, or the event queue if the store dies first) schedules its deletion.
    std::shared_ptr<Relay> relay(new Relay, [](Relay *r) { r->deleteLater(); });
    connect(relay.get(), &Relay::finished, context, std::move(done), Qt::QueuedConnection);
    relay->moveToThread(thread());

    QMetaObject::invokeMethod(
        this,
        [relay, key, start = std::move(start)] {
            const auto complete = [relay](const Result<QString> &result) {
                relay->finish(result);
            };
            if (key.isEmpty()) {
                complete(Error(Error::Category::Internal, tr("No key was given for the secret.")));
                return;
            }
            start(complete);
        },
        Qt::QueuedConnection);
}

} // namespace cw

#include "credentialstore.moc"
