#include "connectors/bullhorn/bullhornconnectiontester.h"
#include "credentials/credentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "domain/systemconfig.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/demodatagenerator.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cw;

namespace {

constexpr qint64 kSystem = 4;

} // namespace

class TestBullhornConnectionTester : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsWhatTheUserSees();
    void wrongSecretIsExplained();
    void unreachableAddressFails();
    void hiddenTimeDataIsReported();

private:
    BullhornConnectionReport run(const BullhornConfig &config);
    BullhornConfig config() const;

    std::unique_ptr<DemoDataset> m_data;
    std::unique_ptr<BullhornSimulator> m_simulator;
    MemoryCredentialStore m_store;
};

void TestBullhornConnectionTester::initTestCase()
{
    DemoDataOptions options;
    options.customers = 60;
    m_data = std::make_unique<DemoDataset>(DemoDataGenerator::generate(options));
    BullhornSimulator::Options simulatorOptions;
    simulatorOptions.maxTimeEntries = 500;
    m_simulator = std::make_unique<BullhornSimulator>(*m_data, simulatorOptions);
    QVERIFY(m_simulator->listen());
    test::CredentialWaiter waiter(m_store);
    QVERIFY(waiter.write(CredentialStore::keyFor(kSystem, SystemConfig::kPasswordAccount),
                         simulatorOptions.password));
    QVERIFY(waiter.write(CredentialStore::keyFor(kSystem, SystemConfig::kClientSecretAccount),
                         simulatorOptions.clientSecret));
}

BullhornConfig TestBullhornConnectionTester::config() const
{
    BullhornConfig out;
    out.authUrl = m_simulator->authUrl();
    out.loginUrl = m_simulator->loginUrl();
    out.clientId = m_simulator->options().clientId;
    out.username = m_simulator->options().username;
    out.systemId = kSystem;
    out.timeoutMs = 3000;
    out.maxAttempts = 1;
    return out;
}

BullhornConnectionReport TestBullhornConnectionTester::run(const BullhornConfig &settings)
{
    BullhornConnectionTester tester;
    QSignalSpy finished(&tester, &BullhornConnectionTester::finished);
    tester.start(settings, &m_store);
    if (!finished.wait(20000))
        return {};
    return tester.report();
}

void TestBullhornConnectionTester::reportsWhatTheUserSees()
{
    const BullhornConnectionReport report = run(config());
    QVERIFY2(report.ok(), qPrintable(report.message + QLatin1Char(' ') + report.detail));
    QCOMPARE(report.clientCorporations,
             qint64(m_simulator->store().count(QStringLiteral("ClientCorporation"))));
    QCOMPARE(report.placements, qint64(m_data->placements.size()));
    QVERIFY(report.timeAndExpense);
    QVERIFY(report.payAndBill);
    QVERIFY2(report.message.contains(QLatin1String("Time & Expense and pay-and-bill data are visible")),
             qPrintable(report.message));
    QVERIFY(report.restUrl.contains(m_simulator->options().corpToken));
    QCOMPARE(report.corporationName, m_simulator->options().corporationName);
    QCOMPARE(report.userId, m_simulator->options().userId);
    QVERIFY2(report.message.contains(m_simulator->options().username + QStringLiteral(" at ")
                                     + m_simulator->options().corporationName),
             qPrintable(report.message));
    QVERIFY(report.message.contains(QString::number(report.placements)));
}

void TestBullhornConnectionTester::wrongSecretIsExplained()
{
    test::CredentialWaiter waiter(m_store);
    QVERIFY(waiter.write(CredentialStore::keyFor(kSystem + 1, SystemConfig::kPasswordAccount),
                         m_simulator->options().password));
    QVERIFY(waiter.write(CredentialStore::keyFor(kSystem + 1, SystemConfig::kClientSecretAccount),
                         QStringLiteral("not-the-secret")));
    BullhornConfig settings = config();
    settings.systemId = kSystem + 1;
    const BullhornConnectionReport report = run(settings);
    QVERIFY(!report.ok());
    QCOMPARE(report.error.category(), Error::Category::Auth);
    QCOMPARE(report.error.code(), QStringLiteral("oauth.invalid_client"));
    QVERIFY(report.message.contains(QLatin1String("client id or secret")));
}

void TestBullhornConnectionTester::unreachableAddressFails()
{
    BullhornConfig settings = config();
    settings.authUrl = QUrl(QStringLiteral("http://127.0.0.1:1/oauth"));
    const BullhornConnectionReport report = run(settings);
    QVERIFY(!report.ok());
    QVERIFY(!report.message.isEmpty());
    QCOMPARE(report.clientCorporations, -1);
}

void TestBullhornConnectionTester::hiddenTimeDataIsReported()
{
    // A tenant without Bullhorn One (no pay-and-bill) and one whose API user may not see time.
    for (const bool timeAndExpense : { true, false }) {
        BullhornSimulator::Options options;
        options.maxTimeEntries = 200;
        options.payAndBill = false;
        options.timeAndExpense = timeAndExpense;
        BullhornSimulator simulator(*m_data, options);
        QVERIFY(simulator.listen());
        BullhornConfig settings = config();
        settings.authUrl = simulator.authUrl();
        settings.loginUrl = simulator.loginUrl();
        const BullhornConnectionReport report = run(settings);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.timeAndExpense, timeAndExpense);
        QVERIFY(!report.payAndBill);
        QCOMPARE(report.placements, qint64(m_data->placements.size()));
        QVERIFY2(report.message.contains(timeAndExpense ? QLatin1String("pay-and-bill data is not")
                                                        : QLatin1String("import approved time from files")),
                 qPrintable(report.message));
    }
}

QTEST_GUILESS_MAIN(TestBullhornConnectionTester)
#include "tst_bullhornconnectiontester.moc"
