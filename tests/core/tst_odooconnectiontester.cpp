// OdooConnectionTester: what Settings > Connections shows after "Test connection".
#include "connectors/odoo/odooconnectiontester.h"
#include "sandbox/httpsimulatorserver.h"
#include "sandbox/odoo/odoosimulator.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace cw;

using Failure = OdooConnectionReport::Failure;

class TestOdooConnectionTester : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OdooSimulator> m_simulator;

    OdooConnectionSettings settings() const
    {
        OdooConnectionSettings s;
        s.url = m_simulator->url();
        s.database = m_simulator->options().database;
        s.login = m_simulator->options().login;
        s.secret = m_simulator->apiKey();
        s.timeoutMs = 3000;
        return s;
    }

    OdooConnectionReport test(const OdooConnectionSettings &s)
    {
        OdooConnectionTester tester;
        QSignalSpy finished(&tester, &OdooConnectionTester::finished);
        tester.start(s);
        [&] {
            QVERIFY(finished.wait(15000));
        }();
        return tester.report();
    }

    void start(int version)
    {
        OdooSimulatorOptions options;
        options.majorVersion = version;
        m_simulator = std::make_unique<OdooSimulator>(options);
        QVERIFY(m_simulator->listen().ok());
    }

private slots:
    void reportsServerUserCompanyAndApi_data();
    void reportsServerUserCompanyAndApi();
    void wrongUrl();
    void notOdoo();
    void wrongDatabase();
    void badKey_data();
    void badKey();
    void insecureUrl();
};

void TestOdooConnectionTester::reportsServerUserCompanyAndApi_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("api");
    QTest::newRow("17") << 17 << QStringLiteral("JSON-RPC");
    QTest::newRow("19") << 19 << QStringLiteral("JSON-2");
}

void TestOdooConnectionTester::reportsServerUserCompanyAndApi()
{
    QFETCH(int, version);
    QFETCH(QString, api);
    start(version);
    const OdooConnectionReport report = test(settings());
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.serverVersion, QStringLiteral("%1.0").arg(version));
    QCOMPARE(report.database, QStringLiteral("crosswalk"));
    QCOMPARE(report.user, QStringLiteral("Mitchell Admin"));
    QCOMPARE(report.login, QStringLiteral("admin"));
    QCOMPARE(report.company, QStringLiteral("Crosswalk Demo Ltd"));
    QCOMPARE(report.api, api);
    QVERIFY(report.message.contains(report.serverVersion));
    QVERIFY(report.message.contains(api));
}

void TestOdooConnectionTester::wrongUrl()
{
    start(17);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    OdooConnectionSettings s = settings();
    s.url.setPort(probe.serverPort());
    probe.close();
    const OdooConnectionReport report = test(s);
    QCOMPARE(report.failure, Failure::WrongUrl);
    QVERIFY(!report.message.isEmpty());
}

void TestOdooConnectionTester::notOdoo()
{
    start(17);
    HttpSimulatorServer other(
        [](const SimulatedHttpRequest &) {
            return SimulatedHttpReply::text(200,
                                            QByteArrayLiteral("<html><body>Welcome to nginx!</body></html>"),
                                            QByteArrayLiteral("text/html"));
        },
        QByteArrayLiteral("nginx"));
    QVERIFY(other.listen().ok());
    OdooConnectionSettings s = settings();
    s.url = other.baseUrl();
    const OdooConnectionReport report = test(s);
    QCOMPARE(report.failure, Failure::NotOdoo);
    QVERIFY(report.detail.contains(QStringLiteral("Welcome to nginx!")));
}

void TestOdooConnectionTester::wrongDatabase()
{
    start(17);
    OdooConnectionSettings s = settings();
    s.database = QStringLiteral("prod");
    const OdooConnectionReport report = test(s);
    QCOMPARE(report.failure, Failure::WrongDatabase);
    QVERIFY(report.message.contains(QStringLiteral("prod")));
}

void TestOdooConnectionTester::badKey_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("jsonrpc") << 17;
    QTest::newRow("json2") << 19;
}

void TestOdooConnectionTester::badKey()
{
    QFETCH(int, version);
    start(version);
    OdooConnectionSettings s = settings();
    s.secret = QStringLiteral("0000000000000000000000000000000000000000");
    const OdooConnectionReport report = test(s);
    QCOMPARE(report.failure, Failure::BadCredentials);
    QVERIFY(report.message.contains(QStringLiteral("admin")));
}

void TestOdooConnectionTester::insecureUrl()
{
    start(17);
    OdooConnectionSettings s = settings();
    s.url = QUrl(QStringLiteral("http://odoo.example.com"));
    const OdooConnectionReport report = test(s);
    QCOMPARE(report.failure, Failure::WrongUrl);
}

QTEST_GUILESS_MAIN(TestOdooConnectionTester)
#include "tst_odooconnectiontester.moc"
