// CircuitBreaker on a manual clock: opens after the threshold, lets one probe through after the
// wait, closes on a good probe and opens again on a bad one.
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
        auto clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()));
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
        auto clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()));
        CircuitBreaker breaker(1, 10, clock);
        breaker.recordFailure();
        clock->advance(10);
        QVERIFY(breaker.allow());
        breaker.releaseProbe();
        QVERIFY(breaker.allow());
        QCOMPARE(CircuitBreaker::stateName(breaker.state()), QStringLiteral("half_open"));
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
