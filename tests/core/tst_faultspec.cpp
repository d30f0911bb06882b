// FaultSpec: the `--faults` syntax shared by the Odoo, CRM and staffing simulators.
#include "sandbox/faultspec.h"

#include <QTest>

using namespace cw;

class TestFaultSpec : public QObject
{
    Q_OBJECT

private slots:
    void parsesOptions();
    void rejects_data();
    void rejects();
    void parsesSystems();
    void rejectsSystems_data();
    void rejectsSystems();
    void roundTrips();
};

void TestFaultSpec::parsesOptions()
{
    Result<FaultSpec> spec =
        FaultSpec::parse(QStringLiteral("latency_ms=20,p_5xx=0.05,p_429=0.05,p_timeout=0.01,p_malformed=0.01,"
                                        "p_drop_after_commit=0.02,session_ttl_s=30"));
    QVERIFY(spec.ok());
    QCOMPARE(spec.value().latencyMs, 20);
    QCOMPARE(spec.value().p5xx, 0.05);
    QCOMPARE(spec.value().p429, 0.05);
    QCOMPARE(spec.value().pTimeout, 0.01);
    QCOMPARE(spec.value().pMalformed, 0.01);
    QCOMPARE(spec.value().pDropAfterCommit, 0.02);
    QCOMPARE(spec.value().sessionTtlS, 30);
    QCOMPARE(spec.value().retryAfterS, 1);
    QVERIFY(!spec.value().isEmpty());
    QVERIFY(FaultSpec::parse({}).value().isEmpty());
    QCOMPARE(
        FaultSpec::parse(QStringLiteral(" P_Serialization = 0.5 , retry_after_s=9")).value().pSerialization,
        0.5);
}

void TestFaultSpec::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown key") << QStringLiteral("p_boom=0.1");
    QTest::newRow("no value") << QStringLiteral("latency_ms");
    QTest::newRow("not a number") << QStringLiteral("p_5xx=lots");
    QTest::newRow("probability above 1") << QStringLiteral("p_429=1.5");
    QTest::newRow("negative probability") << QStringLiteral("p_429=-0.1");
    QTest::newRow("negative latency") << QStringLiteral("latency_ms=-3");
    QTest::newRow("fractional seconds") << QStringLiteral("session_ttl_s=1.5");
    QTest::newRow("sum above 1") << QStringLiteral("p_5xx=0.6,p_429=0.6");
}

void TestFaultSpec::rejects()
{
    QFETCH(QString, text);
    Result<FaultSpec> spec = FaultSpec::parse(text);
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().category(), Error::Category::Config);
}

void TestFaultSpec::parsesSystems()
{
    Result<QHash<QString, FaultSpec>> specs =
        FaultSpec::parseSystems(QStringLiteral("odoo:latency_ms=20,p_5xx=0.05; CRM:p_429=0.1;staffing:"));
    QVERIFY(specs.ok());
    QCOMPARE(specs.value().size(), 3);
    QCOMPARE(specs.value().value(QStringLiteral("odoo")).latencyMs, 20);
    QCOMPARE(specs.value().value(QStringLiteral("crm")).p429, 0.1);
    QVERIFY(specs.value().value(QStringLiteral("staffing")).isEmpty());
    QVERIFY(FaultSpec::parseSystems({}).value().isEmpty());
}

void TestFaultSpec::rejectsSystems_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no system") << QStringLiteral("p_5xx=0.1");
    QTest::newRow("empty system") << QStringLiteral(":p_5xx=0.1");
    QTest::newRow("twice") << QStringLiteral("odoo:p_5xx=0.1;odoo:p_429=0.1");
    QTest::newRow("bad option") << QStringLiteral("odoo:nope=1");
}

void TestFaultSpec::rejectsSystems()
{
    QFETCH(QString, text);
    QVERIFY(!FaultSpec::parseSystems(text).ok());
}

void TestFaultSpec::roundTrips()
{
    FaultSpec spec;
    spec.latencyMs = 15;
    spec.p429 = 0.25;
    spec.sessionTtlS = 60;
    QCOMPARE(spec.toString(), QStringLiteral("latency_ms=15,p_429=0.25,session_ttl_s=60"));
    Result<FaultSpec> parsed = FaultSpec::parse(spec.toString());
    QCOMPARE(parsed.value().toString(), spec.toString());
    QCOMPARE(FaultSpec().toString(), QString());
}

QTEST_GUILESS_MAIN(TestFaultSpec)
#include "tst_faultspec.moc"
