// FaultInjector: forced faults first, then seeded, reproducible random faults.
#include "sandbox/faultinjector.h"

#include <QTest>

using namespace cw;

using Fault = FaultInjector::Fault;

class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void noFaultsWithoutSpec();
    void forcedFaultsInOrderAndFiltered();
    void forcedOnlyForNonRandomCalls();
    void sameSeedSameFaults();
    void frequenciesFollowProbabilities();
    void serverErrorStatuses();
};

void TestFaultInjector::noFaultsWithoutSpec()
{
    FaultInjector injector;
    for (int i = 0; i < 100; ++i)
        QCOMPARE(injector.next(QStringLiteral("search")), Fault::None);
}

void TestFaultInjector::forcedFaultsInOrderAndFiltered()
{
    FaultInjector injector;
    injector.force(Fault::DropAfterCommit, 1, QStringLiteral("create"));
    injector.force(Fault::RateLimited, 2);
    QCOMPARE(injector.next(QStringLiteral("search")), Fault::RateLimited);
    QCOMPARE(injector.next(QStringLiteral("create")), Fault::DropAfterCommit);
    QCOMPARE(injector.next(QStringLiteral("create")), Fault::RateLimited);
    QCOMPARE(injector.next(QStringLiteral("create")), Fault::None);
    injector.force(Fault::Timeout, 3);
    injector.clearForced();
    QCOMPARE(injector.next(QStringLiteral("search")), Fault::None);
}

void TestFaultInjector::forcedOnlyForNonRandomCalls()
{
    FaultSpec spec;
    spec.p5xx = 1.0;
    FaultInjector injector(spec, 1);
    QCOMPARE(injector.next(QStringLiteral("authenticate"), false), Fault::None);
    injector.force(Fault::Timeout);
    QCOMPARE(injector.next(QStringLiteral("authenticate"), false),
             Fault::None); // unfiltered forces are for model calls
    QCOMPARE(injector.next(QStringLiteral("search")), Fault::Timeout);
    injector.force(Fault::ServerError, 1, QStringLiteral("authenticate"));
    QCOMPARE(injector.next(QStringLiteral("authenticate"), false), Fault::ServerError);
    QCOMPARE(injector.next(QStringLiteral("search")), Fault::ServerError);
}

void TestFaultInjector::sameSeedSameFaults()
{
    Result<FaultSpec> spec = FaultSpec::parse(QStringLiteral(
        "p_5xx=0.1,p_429=0.1,p_timeout=0.1,p_malformed=0.1,p_drop_after_commit=0.1,p_serialization=0.1"));
    FaultInjector a(spec.value(), 42);
    FaultInjector b(spec.value(), 42);
    FaultInjector c(spec.value(), 43);
    QList<Fault> first;
    QList<Fault> second;
    QList<Fault> third;
    for (int i = 0; i < 500; ++i) {
        first.append(a.next(QStringLiteral("x")));
        second.append(b.next(QStringLiteral("x")));
        third.append(c.next(QStringLiteral("x")));
    }
    QCOMPARE(first, second);
    QVERIFY(first != third);
    a.reseed(42);
    QCOMPARE(a.next(QStringLiteral("x")), first.first());
}

void TestFaultInjector::frequenciesFollowProbabilities()
{
    FaultSpec spec;
    spec.p5xx = 0.3;
    spec.pDropAfterCommit = 0.1;
    FaultInjector injector(spec, 7);
    int serverErrors = 0;
    int drops = 0;
    const int calls = 10000;
    for (int i = 0; i < calls; ++i) {
        const Fault fault = injector.next(QStringLiteral("write"));
        serverErrors += fault == Fault::ServerError;
        drops += fault == Fault::DropAfterCommit;
    }
    QVERIFY2(serverErrors > 2800 && serverErrors < 3200, qPrintable(QString::number(serverErrors)));
    QVERIFY2(drops > 850 && drops < 1150, qPrintable(QString::number(drops)));
}

void TestFaultInjector::serverErrorStatuses()
{
    FaultInjector injector({}, 3);
    QSet<int> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(injector.serverErrorStatus());
    QCOMPARE(seen, (QSet<int> { 502, 503, 504 }));
    QCOMPARE(FaultInjector::name(Fault::DropAfterCommit), QStringLiteral("drop_after_commit"));
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
