#include "connectors/hubspot/hubspotconnectiontester.h"
#include "credentials/credentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "domain/systemconfig.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/hubspot/hubspotsimulator.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace cw;

namespace {

constexpr qint64 kSystem = 9;

} // namespace

class TestHubSpotConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reportsAccountAndScopes();
    void namesMissingScopes();
    void refusedTokenIsExplained();
    void serverErrorIsRetriedThenReported();
    void unreachableAddressFails();

private:
    HubSpotConnectionReport run(const QString &token, const QUrl &url = {});

    std::unique_ptr<DemoDataset> m_data;
    std::unique_ptr<HubSpotSimulator> m_simulator;
};

void TestHubSpotConnectionTester::initTestCase()
{
    DemoDataOptions options;
    options.customers = 30;
    m_data = std::make_unique<DemoDataset>(DemoDataGenerator::generate(options));
}

void TestHubSpotConnectionTester::init()
{
    m_simulator = std::make_unique<HubSpotSimulator>(*m_data, HubSpotSimulator::Options {});
    QVERIFY(m_simulator->listen());
}

HubSpotConnectionReport TestHubSpotConnectionTester::run(const QString &token, const QUrl &url)
{
    MemoryCredentialStore store;
    test::CredentialWaiter waiter(store);
    if (!waiter.write(CredentialStore::keyFor(kSystem, SystemConfig::kTokenAccount), token))
        return {};
    HubSpotConfig config;
    config.baseUrl = url.isEmpty() ? m_simulator->baseUrl() : url;
    config.systemId = kSystem;
    config.timeoutMs = 3000;
    config.maxAttempts = 2;
    HubSpotConnectionTester tester;
    QSignalSpy finished(&tester, &HubSpotConnectionTester::finished);
    tester.start(config, &store);
    if (!finished.wait(20000))
        return {};
    return tester.report();
}

void TestHubSpotConnectionTester::reportsAccountAndScopes()
{
    const HubSpotConnectionReport report = run(m_simulator->token());
    QVERIFY2(report.ok(), qPrintable(report.message + QLatin1Char(' ') + report.detail));
    QCOMPARE(report.portalId, m_simulator->options().portalId);
    QCOMPARE(report.accountType, QStringLiteral("STANDARD"));
    QVERIFY(report.scopesKnown);
    QCOMPARE(report.scopes.size(), qsizetype(12));
    QVERIFY(report.missingScopes.isEmpty());
    QVERIFY2(report.message.contains(QString::number(m_simulator->options().portalId)),
             qPrintable(report.message));
    QVERIFY2(report.message.contains(QLatin1String("every scope")), qPrintable(report.message));
    // Testing is reads only: nothing was written to the account.
    QCOMPARE(m_simulator->callCount(QStringLiteral("account")), 2);
    QCOMPARE(m_simulator->callCount(), 2);
}

void TestHubSpotConnectionTester::namesMissingScopes()
{
    m_simulator->setMissingScopes(
        { QStringLiteral("crm.objects.deals.read"), QStringLiteral("crm.schemas.deals.write") });
    const HubSpotConnectionReport report = run(m_simulator->token());
    QVERIFY(report.ok());
    QCOMPARE(
        report.missingScopes,
        QStringList({ QStringLiteral("crm.objects.deals.read"), QStringLiteral("crm.schemas.deals.write") }));
    QVERIFY2(report.message.contains(QLatin1String("lacks crm.objects.deals.read, crm.schemas.deals.write")),
             qPrintable(report.message));
}

void TestHubSpotConnectionTester::refusedTokenIsExplained()
{
    const HubSpotConnectionReport report = run(QStringLiteral("pat-not-the-token"));
    QVERIFY(!report.ok());
    QCOMPARE(report.error.category(), Error::Category::Auth);
    QCOMPARE(report.portalId, 0);
    QVERIFY(!report.message.isEmpty());
    QVERIFY2(report.detail.contains(QLatin1String("INVALID_AUTHENTICATION")), qPrintable(report.detail));
    QVERIFY(!report.detail.contains(QLatin1String("pat-not-the-token")));
}

void TestHubSpotConnectionTester::serverErrorIsRetriedThenReported()
{
    // One 502 is retried; two exhaust the test's two attempts and say why.
    m_simulator->forceStatus(502, 1);
    QVERIFY(run(m_simulator->token()).ok());
    m_simulator->forceStatus(502, 2);
    const HubSpotConnectionReport report = run(m_simulator->token());
    QVERIFY(!report.ok());
    QVERIFY(report.error.isRetryable());
    QVERIFY(!report.message.isEmpty());
}

void TestHubSpotConnectionTester::unreachableAddressFails()
{
    const HubSpotConnectionReport report =
        run(m_simulator->token(), QUrl(QStringLiteral("http://127.0.0.1:1")));
    QVERIFY(!report.ok());
    QCOMPARE(report.error.category(), Error::Category::Network);
    QCOMPARE(report.portalId, 0);
}

QTEST_GUILESS_MAIN(TestHubSpotConnectionTester)
#include "tst_hubspotconnectiontester.moc"
