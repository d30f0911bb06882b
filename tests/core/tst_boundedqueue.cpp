#include "util/boundedqueue.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace cw;

class TestBoundedQueue : public QObject
{
    Q_OBJECT

private slots:
    void handsOverEverythingInOrderAcrossThreads();
    void producerNeverGetsAheadByMoreThanCapacity();
    void closeDrainsWhatIsLeftThenEnds();
    void closeWakesAndRefusesAWaitingProducer();
    void tryPushAndTryPopNeverWait();
};

void TestBoundedQueue::handsOverEverythingInOrderAcrossThreads()
{
    BoundedQueue<int> queue(3);
    std::thread producer([&] {
        for (int i = 0; i < 10000; ++i)
            queue.push(i);
        queue.close();
    });
    std::vector<int> received;
    while (const auto item = queue.pop())
        received.push_back(*item);
    producer.join();
    QCOMPARE(received.size(), 10000U);
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(received[static_cast<std::size_t>(i)], i);
}

void TestBoundedQueue::producerNeverGetsAheadByMoreThanCapacity()
{
    BoundedQueue<int> queue(2);
    std::atomic_int pushed = 0;
    std::thread producer([&] {
        for (int i = 0; i < 5; ++i) {
            queue.push(i);
            ++pushed;
        }
        queue.close();
    });
    // Nothing is taken yet: the producer must stop once the queue is full, and stay stopped.
    QTRY_COMPARE(pushed.load(), 2);
    QTest::qWait(50);
    QCOMPARE(pushed.load(), 2);
    int taken = 0;
    while (queue.pop()) {
        ++taken;
        QVERIFY(pushed.load() - taken <= 2);
    }
    producer.join();
    QCOMPARE(taken, 5);
}

void TestBoundedQueue::closeDrainsWhatIsLeftThenEnds()
{
    BoundedQueue<QString> queue(4);
    QVERIFY(queue.push(QStringLiteral("a")));
    QVERIFY(queue.push(QStringLiteral("b")));
    queue.close();
    QVERIFY(!queue.push(QStringLiteral("c")));
    QCOMPARE(queue.pop().value(), QStringLiteral("a"));
    QCOMPARE(queue.pop().value(), QStringLiteral("b"));
    QVERIFY(!queue.pop().has_value());
}

void TestBoundedQueue::closeWakesAndRefusesAWaitingProducer()
{
    BoundedQueue<int> queue(1);
    QVERIFY(queue.push(1));
    std::atomic_bool accepted = true;
    std::thread producer([&] { accepted = queue.push(2); });
    QTest::qWait(50);
    queue.close();
    producer.join();
    QVERIFY(!accepted.load());
    QCOMPARE(queue.pop().value(), 1);
    QVERIFY(!queue.pop().has_value());
}

void TestBoundedQueue::tryPushAndTryPopNeverWait()
{
    BoundedQueue<QString> queue(2);
    QVERIFY(!queue.tryPop().has_value());
    QString a = QStringLiteral("a");
    QString b = QStringLiteral("b");
    QString c = QStringLiteral("c");
    QVERIFY(queue.tryPush(a));
    QVERIFY(queue.tryPush(b));
    // Full: refused, and the item stays with the caller.
    QVERIFY(!queue.tryPush(c));
    QCOMPARE(c, QStringLiteral("c"));
    QCOMPARE(queue.tryPop().value(), QStringLiteral("a"));
    QVERIFY(queue.tryPush(c));
    queue.close();
    QString d = QStringLiteral("d");
    QVERIFY(!queue.tryPush(d));
    QCOMPARE(d, QStringLiteral("d"));
    QCOMPARE(queue.tryPop().value(), QStringLiteral("b"));
    QCOMPARE(queue.tryPop().value(), QStringLiteral("c"));
    QVERIFY(!queue.tryPop().has_value());
}

QTEST_GUILESS_MAIN(TestBoundedQueue)
#include "tst_boundedqueue.moc"
