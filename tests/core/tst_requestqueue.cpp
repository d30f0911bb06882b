// RequestQueue: at most N jobs in flight per server, FIFO, aborted and deleted jobs free their slot.
#include "connectors/networkjob.h"
#include "connectors/requestqueue.h"
#include "sandbox/httpsimulatorserver.h"
#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cw;

class TestRequestQueue : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpSimulatorServer> m_server;
    QList<QByteArray> m_arrivals;

    NetworkJob *job(const QString &name, QObject *parent)
    {
        NetworkRequest request;
        request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/") + name));
        request.timeoutMs = 5000;
        request.expectJson = false;
        request.systemName = QStringLiteral("Test");
        return new NetworkJob(&m_network, request, &lcSync, parent);
    }

private slots:
    void init();
    void cleanup();
    void boundsConcurrencyInOrder();
    void abortedWaitingJobLeavesQueue();
    void deletedRunningJobFreesSlot();
    void raisingTheLimitStartsWaitingJobs();
};

void TestRequestQueue::init()
{
    m_arrivals.clear();
    m_server = std::make_unique<HttpSimulatorServer>(
        [this](const SimulatedHttpRequest &request) {
            m_arrivals.append(request.path);
            // Each answer waits a little so that jobs overlap and the limit shows.
            SimulatedHttpReply reply = SimulatedHttpReply::text(200, QByteArrayLiteral("ok"));
            reply.delayMs = 300;
            return reply;
        },
        QByteArrayLiteral("test"));
    QVERIFY(m_server->listen().ok());
}

void TestRequestQueue::cleanup()
{
    m_server.reset();
}

void TestRequestQueue::boundsConcurrencyInOrder()
{
    QObject owner;
    RequestQueue queue(2);
    QList<NetworkJob *> jobs;
    for (int i = 0; i < 5; ++i) {
        jobs.append(job(QStringLiteral("j%1").arg(i), &owner));
        queue.submit(jobs.last());
    }
    QCOMPARE(queue.runningCount(), 2);
    QCOMPARE(queue.waitingCount(), 3);
    QTRY_COMPARE(m_arrivals.size(), 2);
    QCOMPARE(m_arrivals, (QList<QByteArray> { "/j0", "/j1" }));
    for (NetworkJob *j : jobs)
        QTRY_VERIFY_WITH_TIMEOUT(j->isFinished(), 10000);
    QCOMPARE(m_arrivals, (QList<QByteArray> { "/j0", "/j1", "/j2", "/j3", "/j4" }));
    QCOMPARE(queue.runningCount(), 0);
    QCOMPARE(queue.waitingCount(), 0);
    for (NetworkJob *j : jobs)
        QVERIFY2(j->ok(), qPrintable(j->error().toString()));
}

void TestRequestQueue::abortedWaitingJobLeavesQueue()
{
    QObject owner;
    RequestQueue queue(1);
    NetworkJob *first = job(QStringLiteral("first"), &owner);
    NetworkJob *second = job(QStringLiteral("second"), &owner);
    NetworkJob *third = job(QStringLiteral("third"), &owner);
    queue.submit(first);
    queue.submit(second);
    queue.submit(third);
    second->abort();
    QVERIFY(second->isFinished());
    QCOMPARE(second->error().code(), QStringLiteral("net.cancelled"));
    QCOMPARE(queue.waitingCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(third->isFinished(), 10000);
    QCOMPARE(m_arrivals, (QList<QByteArray> { "/first", "/third" }));
}

void TestRequestQueue::deletedRunningJobFreesSlot()
{
    QObject owner;
    RequestQueue queue(1);
    NetworkJob *first = job(QStringLiteral("first"), &owner);
    NetworkJob *second = job(QStringLiteral("second"), &owner);
    queue.submit(first);
    queue.submit(second);
    QCOMPARE(queue.runningCount(), 1);
    delete first;
    QCOMPARE(queue.runningCount(), 1);
    QVERIFY(second->isStarted());
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 10000);
}

void TestRequestQueue::raisingTheLimitStartsWaitingJobs()
{
    QObject owner;
    RequestQueue queue(1);
    for (int i = 0; i < 3; ++i)
        queue.submit(job(QStringLiteral("r%1").arg(i), &owner));
    QCOMPARE(queue.runningCount(), 1);
    queue.setMaxConcurrent(3);
    QCOMPARE(queue.runningCount(), 3);
    QCOMPARE(queue.maxConcurrent(), 3);
    queue.setMaxConcurrent(0);
    QCOMPARE(queue.maxConcurrent(), 1);
}

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
