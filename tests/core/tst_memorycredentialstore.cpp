#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "domain/systemconfig.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace cw;

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void keyForNamespacesBySystemAndAccount();
    void writeReadOverwriteRemove();
    void readMissingIsNotFound();
    void removeMissingSucceeds();
    void emptyKeyIsRejected();
    void callbackRunsOnALaterTurn();
    void requestsRunInOrder();
    void destroyedContextDropsCallback();
    void failureIsReported();
    void callbackRunsInTheContextThread();
};

void TestMemoryCredentialStore::keyForNamespacesBySystemAndAccount()
{
    QCOMPARE(CredentialStore::keyFor(42, SystemConfig::kPasswordAccount),
             QStringLiteral("crosswalk/42/password"));
    QCOMPARE(CredentialStore::keyFor(7, QStringLiteral("client_secret")),
             QStringLiteral("crosswalk/7/client_secret"));
}

void TestMemoryCredentialStore::writeReadOverwriteRemove()
{
    MemoryCredentialStore store;
    test::CredentialWaiter waiter(store);
    const QString key = CredentialStore::keyFor(1, SystemConfig::kPasswordAccount);

    QVERIFY(waiter.write(key, QStringLiteral("first")).ok());
    QCOMPARE(waiter.read(key).valueOr({}), QStringLiteral("first"));
    QVERIFY(waiter.write(key, QStringLiteral("second")).ok());
    QCOMPARE(waiter.read(key).valueOr({}), QStringLiteral("second"));
    QVERIFY(waiter.remove(key).ok());
    QVERIFY(!store.contains(key));
    QCOMPARE(waiter.contractBroken(), QString());
}

void TestMemoryCredentialStore::readMissingIsNotFound()
{
    MemoryCredentialStore store;
    test::CredentialWaiter waiter(store);
    const auto secret = waiter.read(QStringLiteral("crosswalk/9/password"));
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().category(), Error::Category::NotFound);
}

void TestMemoryCredentialStore::removeMissingSucceeds()
{
    MemoryCredentialStore store;
    test::CredentialWaiter waiter(store);
    QVERIFY(waiter.remove(QStringLiteral("crosswalk/9/password")).ok());
}

void TestMemoryCredentialStore::emptyKeyIsRejected()
{
    MemoryCredentialStore store;
    test::CredentialWaiter waiter(store);
    QVERIFY(!waiter.write(QString(), QStringLiteral("secret")).ok());
    QCOMPARE(store.requestCount(), 0);
    QVERIFY(store.keys().isEmpty());
}

void TestMemoryCredentialStore::callbackRunsOnALaterTurn()
{
    MemoryCredentialStore store;
    bool called = false;
    QObject context;
    store.writeSecret(QStringLiteral("crosswalk/1/token"), QStringLiteral("t"), &context,
                      [&called](const Result<void> &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestMemoryCredentialStore::requestsRunInOrder()
{
    MemoryCredentialStore store;
    QObject context;
    QStringList events;
    const QString key = QStringLiteral("crosswalk/3/password");
    store.writeSecret(key, QStringLiteral("a"), &context,
                      [&](const Result<void> &) { events << QStringLiteral("write a"); });
    store.readSecret(key, &context,
                     [&](const Result<QString> &r) { events << QStringLiteral("read ") + r.valueOr({}); });
    store.writeSecret(key, QStringLiteral("b"), &context,
                      [&](const Result<void> &) { events << QStringLiteral("write b"); });
    store.readSecret(key, &context,
                     [&](const Result<QString> &r) { events << QStringLiteral("read ") + r.valueOr({}); });
    store.removeSecret(key, &context, [&](const Result<void> &) { events << QStringLiteral("remove"); });
    store.readSecret(key, &context, [&](const Result<QString> &r) {
        events << (r.ok() ? QStringLiteral("read found") : QStringLiteral("read missing"));
    });
    QTRY_COMPARE(events.size(), 6);
    QCOMPARE(
        events,
        (QStringList { QStringLiteral("write a"), QStringLiteral("read a"), QStringLiteral("write b"),
                       QStringLiteral("read b"), QStringLiteral("remove"), QStringLiteral("read missing") }));
}

void TestMemoryCredentialStore::destroyedContextDropsCallback()
{
    MemoryCredentialStore store;
    test::CredentialWaiter waiter(store);
    bool called = false;
    auto *context = new QObject;
    store.writeSecret(QStringLiteral("crosswalk/4/token"), QStringLiteral("t"), context,
                      [&called](const Result<void> &) { called = true; });
    delete context;
    // A later request on the same store finishing proves the earlier one has been carried out.
    QCOMPARE(waiter.read(QStringLiteral("crosswalk/4/token")).valueOr({}), QStringLiteral("t"));
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestMemoryCredentialStore::failureIsReported()
{
    MemoryCredentialStore store;
    test::CredentialWaiter waiter(store);
    store.failWith(Error(Error::Category::Config, QStringLiteral("no keychain")));
    const auto written = waiter.write(QStringLiteral("crosswalk/5/password"), QStringLiteral("s"));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().category(), Error::Category::Config);
    QVERIFY(store.keys().isEmpty());
    store.clearFailure();
    QVERIFY(waiter.write(QStringLiteral("crosswalk/5/password"), QStringLiteral("s")).ok());
    QCOMPARE(store.keys(), QStringList { QStringLiteral("crosswalk/5/password") });
}

void TestMemoryCredentialStore::callbackRunsInTheContextThread()
{
    MemoryCredentialStore store;
    test::CredentialWaiter waiter(store);
    QVERIFY(waiter.write(QStringLiteral("crosswalk/6/token"), QStringLiteral("from-main")).ok());

    QThread worker;
    auto *context = new QObject;
    context->moveToThread(&worker);
    connect(&worker, &QThread::finished, context, &QObject::deleteLater);
    QThread *calledIn = nullptr;
    QString secret;
    QSignalSpy finished(&worker, &QThread::finished);
    worker.start();
    // The request is made from the worker thread, as the sync engine does.
    QMetaObject::invokeMethod(context, [&] {
        store.readSecret(QStringLiteral("crosswalk/6/token"), context, [&](const Result<QString> &result) {
            calledIn = QThread::currentThread();
            secret = result.valueOr({});
            worker.quit();
        });
    });
    QVERIFY(finished.wait(10000));
    worker.wait();
    QCOMPARE(calledIn, &worker);
    QCOMPARE(secret, QStringLiteral("from-main"));
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
