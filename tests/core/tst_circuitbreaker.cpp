// CircuitBreaker on a manual clock: opens after the threshold, lets one probe through after the
// wait, closes on a good probe and opens again on a bad one; reports its changes and takes over a
// saved state.
#include "sync/circuitbreaker.h"

#include <QTest>
#include <QTimeZone>

using namespace cw;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void opensAfterThresholdAndProbesOnce()
    {
        auto clock =
            std::make_shared<ManualClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()));
        CircuitBreaker breaker(3, 1000, clock);
        QVERIFY(breaker.allow());
        breaker.recordFailure();
        breaker.recordFailure();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        breaker.recordSuccess(); // a success in between starts the count again
        breaker.recordFailure();
        breaker.recordFailure();
        QVERIFY(breaker.allow());
        breaker.recordFailure();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QVERIFY(!breaker.allow());
        clock->advance(999);
        QVERIFY(!breaker.allow());
        clock->advance(1);
        QVERIFY(breaker.allow()); // the probe
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
        QVERIFY(!breaker.allow()); // only one
        breaker.recordFailure();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(breaker.reopensAt(), clock->now().addMSecs(1000));
        clock->advance(1000);
        QVERIFY(breaker.allow());
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(breaker.allow());
        QVERIFY(breaker.allow());
    }

    void unusedProbeIsGivenBack()
    {
        auto clock =
            std::make_shared<ManualClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()));
        CircuitBreaker breaker(1, 10, clock);
        breaker.recordFailure();
        clock->advance(10);
        QVERIFY(breaker.allow());
        breaker.releaseProbe();
        QVERIFY(breaker.allow());
        QCOMPARE(CircuitBreaker::stateName(breaker.state()), QStringLiteral("half_open"));
    }

    void reportsEveryChangeAndRestores()
    {
        auto clock =
            std::make_shared<ManualClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()));
        CircuitBreaker breaker(2, 100, clock);
        QStringList changes;
        breaker.setOnChange([&] { changes << CircuitBreaker::stateName(breaker.state()); });
        breaker.recordFailure();
        breaker.recordSuccess(); // still closed: no change
        QVERIFY(changes.isEmpty());
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordFailure(); // a call in flight failing while open pushes the wait on
        QCOMPARE(breaker.reopensAt(), clock->now().addMSecs(100));
        clock->advance(100);
        QVERIFY(breaker.allow());
        breaker.recordSuccess();
        QCOMPARE(changes,
                 (QStringList { QStringLiteral("open"), QStringLiteral("open"), QStringLiteral("half_open"),
                                QStringLiteral("closed") }));

        // Another run takes over an open circuit whose wait is over: one probe, then closed.
        CircuitBreaker next(2, 100, clock);
        next.restore(CircuitBreaker::stateFromName(QStringLiteral("open")), clock->now().addMSecs(-1), 3);
        QCOMPARE(next.failures(), 3);
        QVERIFY(next.allow());
        QVERIFY(!next.allow());
        QCOMPARE(next.state(), CircuitBreaker::State::HalfOpen);
        // One still waiting refuses calls.
        CircuitBreaker waiting(2, 100, clock);
        waiting.restore(CircuitBreaker::State::Open, clock->now().addMSecs(50), 2);
        QVERIFY(!waiting.allow());
        QCOMPARE(CircuitBreaker::stateFromName(QStringLiteral("bogus")), CircuitBreaker::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
