#include "connectors/hubspot/hubspotclient.h"
#include "credentials/credentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "domain/systemconfig.h"
#include "loopbacktls.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/hubspot/hubspotsimulator.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace cw;

namespace {

constexpr qint64 kSystem = 7;

/// Turns a callback into a signal so tests can wait with QSignalSpy.
class Answer : public QObject
{
    Q_OBJECT

signals:
    void arrived();
};

template<typename T>
Result<T> await(const std::function<void(HubSpotClient::Callback<T>)> &start, int timeoutMs = 20000)
{
    Answer answer;
    std::optional<Result<T>> result;
    QSignalSpy spy(&answer, &Answer::arrived);
    start([&](const Result<T> &value) {
        result = value;
        emit answer.arrived();
    });
    if (!result && !spy.wait(timeoutMs))
        return Error(Error::Category::Timeout, QStringLiteral("test waited in vain"));
    return *result;
}

} // namespace

class TestHubSpotClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listPagesThroughEveryCompany();
    void listCarriesAssociations();
    void searchFindsChangesSinceCursor();
    void searchRefusesPastTenThousand();
    void retriesTransientFaults_data();
    void retriesTransientFaults();
    void retryAfterIsHonoured();
    void dailyLimitStops();
    void badTokenIsAuthError();
    void missingScopeIsNamed();
    void missingTokenInKeychain();
    void validationErrorKeepsHubSpotBody();
    void pipelinesGiveClosedWonStages();
    void propertiesAreCreatedOnce();
    void batchUpsertCreatesThenUpdates();
    void batchUpdateChunksByHundred();
    void associationsBatchRead();
    void datedPathPrefixWorks();
    void pagesOverHttpsOnlyWithATrustedCertificate();

private:
    HubSpotClient *makeClient(int timeoutMs = 5000, const QUrl &baseUrl = {});

    std::unique_ptr<DemoDataset> m_data;
    std::unique_ptr<HubSpotSimulator> m_simulator;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<HubSpotClient> m_client;
};

void TestHubSpotClient::init()
{
    DemoDataOptions options;
    options.customers = 400;
    options.seed = 11;
    m_data = std::make_unique<DemoDataset>(DemoDataGenerator::generate(options));
    HubSpotSimulator::Options simulatorOptions;
    simulatorOptions.burstPer10s = 0;
    simulatorOptions.searchPerSecond = 0;
    m_simulator = std::make_unique<HubSpotSimulator>(*m_data, simulatorOptions);
    QVERIFY(m_simulator->listen());
    m_store = std::make_unique<MemoryCredentialStore>();
    test::CredentialWaiter waiter(*m_store);
    QVERIFY(
        waiter.write(CredentialStore::keyFor(kSystem, SystemConfig::kTokenAccount), m_simulator->token()));
    m_client.reset(makeClient());
}

void TestHubSpotClient::cleanup()
{
    m_client.reset();
    m_simulator.reset();
    m_store.reset();
}

HubSpotClient *TestHubSpotClient::makeClient(int timeoutMs, const QUrl &baseUrl)
{
    HubSpotConfig config;
    config.baseUrl = baseUrl.isEmpty() ? m_simulator->baseUrl() : baseUrl;
    config.systemId = kSystem;
    config.timeoutMs = timeoutMs;
    config.requestsPer10s = 0;
    config.searchesPerSecond = 0;
    return new HubSpotClient(config, m_store.get());
}

void TestHubSpotClient::listPagesThroughEveryCompany()
{
    const int expected = m_simulator->store().count(QStringLiteral("companies"));
    QVERIFY(expected > 100);
    QSet<QString> seen;
    QString after;
    int pages = 0;
    do {
        auto page = await<HubSpotPage>([&](auto done) {
            m_client->listObjects(QStringLiteral("companies"), { QStringLiteral("name") }, {}, after, 100,
                                  false, done);
        });
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        for (const HubSpotObject &object : page.value().results) {
            QVERIFY(!seen.contains(object.id));
            seen.insert(object.id);
            QVERIFY(!object.property(QLatin1StringView("name")).isEmpty());
            QVERIFY(object.raw.startsWith("{\"archived\":false,"));
        }
        after = page.value().nextAfter;
        ++pages;
    } while (!after.isEmpty());
    QCOMPARE(seen.size(), expected);
    QCOMPARE(pages, (expected + 99) / 100);
}

void TestHubSpotClient::listCarriesAssociations()
{
    auto page = await<HubSpotPage>([&](auto done) {
        m_client->listObjects(QStringLiteral("deals"), { QStringLiteral("dealname") },
                              { QStringLiteral("companies") }, {}, 20, false, done);
    });
    QVERIFY(page);
    QCOMPARE(page.value().results.size(), 20);
    for (const HubSpotObject &deal : page.value().results) {
        QVERIFY(!deal.associations.isEmpty());
        QCOMPARE(deal.associations.first().toType, QStringLiteral("companies"));
        QVERIFY(!deal.associations.first().id.isEmpty());
        // The stored text leaves the associations out: a search page has none.
        QVERIFY(!deal.raw.contains("associations"));
    }
}

void TestHubSpotClient::searchFindsChangesSinceCursor()
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 1000;
    auto before = await<HubSpotPage>([&](auto done) {
        m_client->searchModifiedSince(QStringLiteral("companies"), QStringLiteral("hs_lastmodifieddate"),
                                      since, {}, {}, 100, done);
    });
    QVERIFY(before);
    QCOMPARE(before.value().total, 0);
    auto first = await<HubSpotPage>(
        [&](auto done) { m_client->listObjects(QStringLiteral("companies"), {}, {}, {}, 2, false, done); });
    QVERIFY(first);
    const QString id = first.value().results.at(1).id;
    QVERIFY(m_simulator->store().update(QStringLiteral("companies"), id,
                                        { { QStringLiteral("phone"), QStringLiteral("+49 30 1234") } }));
    auto after = await<HubSpotPage>([&](auto done) {
        m_client->searchModifiedSince(QStringLiteral("companies"), QStringLiteral("hs_lastmodifieddate"),
                                      since, { QStringLiteral("phone") }, {}, 100, done);
    });
    QVERIFY(after);
    QCOMPARE(after.value().total, 1);
    QCOMPARE(after.value().results.first().id, id);
    QCOMPARE(after.value().results.first().property(QLatin1StringView("phone")),
             QStringLiteral("+49 30 1234"));
}

void TestHubSpotClient::searchRefusesPastTenThousand()
{
    auto page = await<HubSpotPage>([&](auto done) {
        m_client->searchModifiedSince(QStringLiteral("companies"), QStringLiteral("hs_lastmodifieddate"), 0,
                                      {}, QStringLiteral("9950"), 100, done);
    });
    QVERIFY(!page);
    QCOMPARE(page.error().category(), Error::Category::Validation);
    QCOMPARE(page.error().code(), QStringLiteral("hubspot.VALIDATION_ERROR"));
    QVERIFY(page.error().detail().contains(QStringLiteral("correlationId")));
}

void TestHubSpotClient::retriesTransientFaults_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("429") << int(FaultInjector::Fault::RateLimited) << 0;
    QTest::newRow("5xx") << int(FaultInjector::Fault::ServerError) << 0;
    QTest::newRow("timeout") << int(FaultInjector::Fault::Timeout) << 0;
    QTest::newRow("malformed json") << int(FaultInjector::Fault::Malformed) << 0;
    QTest::newRow("dropped connection") << int(FaultInjector::Fault::DropAfterCommit) << 0;
    QTest::newRow("423 locked") << -1 << 423;
    QTest::newRow("477 migration") << -1 << 477;
    QTest::newRow("502") << -1 << 502;
}

void TestHubSpotClient::retriesTransientFaults()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    m_client.reset(makeClient(400));
    FaultSpec spec;
    spec.retryAfterS = 0;
    m_simulator->faults().setSpec(spec);
    if (fault >= 0)
        m_simulator->faults().force(FaultInjector::Fault(fault), 2, QStringLiteral("list"));
    else
        m_simulator->forceStatus(status, 1, 0);
    QSignalSpy notices(m_client.get(), &HubSpotClient::notice);
    auto page = await<HubSpotPage>(
        [&](auto done) { m_client->listObjects(QStringLiteral("companies"), {}, {}, {}, 5, false, done); });
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page.value().results.size(), 5);
    // Why: Qt itself resends a GET once when a reused keep-alive connection closes unanswered, so a
    // dropped connection may cost the client fewer attempts than faults injected.
    const int injected = fault >= 0 ? 2 : 1;
    const bool qtMayResend = fault == int(FaultInjector::Fault::DropAfterCommit);
    QVERIFY(notices.size() >= (qtMayResend ? 1 : injected) && notices.size() <= injected);
    QCOMPARE(m_client->attemptCount(), notices.size() + 1);
}

void TestHubSpotClient::retryAfterIsHonoured()
{
    m_simulator->forceStatus(429, 1, 1);
    QElapsedTimer timer;
    timer.start();
    auto page = await<HubSpotPage>(
        [&](auto done) { m_client->listObjects(QStringLiteral("contacts"), {}, {}, {}, 3, false, done); });
    QVERIFY(page);
    // Behaviour, not speed: the retry must not come before the second the server asked for.
    QVERIFY(timer.elapsed() >= 950);
    QCOMPARE(m_client->attemptCount(), 2);
}

void TestHubSpotClient::dailyLimitStops()
{
    m_simulator->setDailyLimit(0);
    auto page = await<HubSpotPage>(
        [&](auto done) { m_client->listObjects(QStringLiteral("contacts"), {}, {}, {}, 3, false, done); });
    QVERIFY(!page);
    QCOMPARE(page.error().category(), Error::Category::RateLimited);
    QCOMPARE(page.error().code(), QStringLiteral("hubspot.DAILY"));
    QVERIFY(!page.error().isRetryable());
    QCOMPARE(m_client->attemptCount(), 1);
}

void TestHubSpotClient::badTokenIsAuthError()
{
    test::CredentialWaiter waiter(*m_store);
    QVERIFY(waiter.write(CredentialStore::keyFor(kSystem, SystemConfig::kTokenAccount),
                         QStringLiteral("pat-wrong")));
    m_client.reset(makeClient());
    auto page = await<HubSpotPage>(
        [&](auto done) { m_client->listObjects(QStringLiteral("companies"), {}, {}, {}, 3, false, done); });
    QVERIFY(!page);
    QCOMPARE(page.error().category(), Error::Category::Auth);
    QCOMPARE(page.error().code(), QStringLiteral("hubspot.INVALID_AUTHENTICATION"));
    QVERIFY(!page.error().detail().contains(QStringLiteral("pat-wrong")));
}

void TestHubSpotClient::missingScopeIsNamed()
{
    m_simulator->setMissingScopes({ QStringLiteral("crm.objects.deals.read") });
    auto page = await<HubSpotPage>(
        [&](auto done) { m_client->listObjects(QStringLiteral("deals"), {}, {}, {}, 3, false, done); });
    QVERIFY(!page);
    QCOMPARE(page.error().category(), Error::Category::Auth);
    QVERIFY(page.error().userMessage().contains(QStringLiteral("crm.objects.deals.read")));
    QVERIFY(page.error().detail().contains(QStringLiteral("MISSING_SCOPES")));
}

void TestHubSpotClient::missingTokenInKeychain()
{
    test::CredentialWaiter waiter(*m_store);
    QVERIFY(waiter.remove(CredentialStore::keyFor(kSystem, SystemConfig::kTokenAccount)));
    m_client.reset(makeClient());
    auto page = await<HubSpotPage>(
        [&](auto done) { m_client->listObjects(QStringLiteral("deals"), {}, {}, {}, 3, false, done); });
    QVERIFY(!page);
    QCOMPARE(page.error().code(), QStringLiteral("hubspot.no_token"));
    QCOMPARE(m_simulator->callCount(), 0);
}

void TestHubSpotClient::validationErrorKeepsHubSpotBody()
{
    auto result = await<HubSpotBatchResult>([&](auto done) {
        m_client->batchUpdate(
            QStringLiteral("companies"),
            { { QStringLiteral("1"), { { QStringLiteral("no_such_property"), QStringLiteral("x") } } } },
            done);
    });
    QVERIFY(!result);
    QCOMPARE(result.error().category(), Error::Category::Validation);
    QVERIFY(result.error().detail().contains(QStringLiteral("VALIDATION_ERROR")));
    QVERIFY(result.error().detail().contains(QStringLiteral("no_such_property")));
    QVERIFY(!result.error().correlationId().isEmpty());
}

void TestHubSpotClient::pipelinesGiveClosedWonStages()
{
    auto stages = await<QList<HubSpotPipelineStage>>(
        [&](auto done) { m_client->pipelines(QStringLiteral("deals"), done); });
    QVERIFY2(stages, qPrintable(stages ? QString() : stages.error().toString()));
    QStringList won;
    for (const HubSpotPipelineStage &stage : stages.value()) {
        if (stage.isClosedWon())
            won << stage.stageId;
    }
    QCOMPARE(won, (QStringList { QStringLiteral("closedwon"), QStringLiteral("71234503") }));
}

void TestHubSpotClient::propertiesAreCreatedOnce()
{
    const QList<HubSpotPropertyDefinition> definitions {
        { QStringLiteral("odoo_partner_id"),
          QStringLiteral("Odoo partner id"),
          QStringLiteral("string"),
          QStringLiteral("text"),
          {},
          true },
        { QStringLiteral("odoo_last_sync"),
          QStringLiteral("Odoo last sync"),
          QStringLiteral("datetime"),
          QStringLiteral("date"),
          {},
          false },
    };
    auto created = await<bool>(
        [&](auto done) { m_client->ensureProperties(QStringLiteral("companies"), definitions, done); });
    QVERIFY(created);
    const int calls = m_simulator->callCount(QStringLiteral("properties"));
    QCOMPARE(calls, 4); // read (404) and create, per property
    auto again = await<bool>(
        [&](auto done) { m_client->ensureProperties(QStringLiteral("companies"), definitions, done); });
    QVERIFY(again);
    QCOMPARE(m_simulator->callCount(QStringLiteral("properties")), calls);
    // A second client (another run) reads them and creates nothing.
    m_client.reset(makeClient());
    auto third = await<bool>(
        [&](auto done) { m_client->ensureProperties(QStringLiteral("companies"), definitions, done); });
    QVERIFY(third);
    QCOMPARE(m_simulator->callCount(QStringLiteral("properties")), calls + 2);
}

void TestHubSpotClient::batchUpsertCreatesThenUpdates()
{
    auto ready = await<bool>([&](auto done) {
        m_client->ensureProperties(QStringLiteral("companies"),
                                   { { QStringLiteral("odoo_partner_id"),
                                       QStringLiteral("Odoo partner id"),
                                       QStringLiteral("string"),
                                       QStringLiteral("text"),
                                       {},
                                       true } },
                                   done);
    });
    QVERIFY(ready);
    const int before = m_simulator->store().count(QStringLiteral("companies"));
    const QList<HubSpotWrite> writes { { QStringLiteral("odoo:res.partner:1"),
                                         { { QStringLiteral("name"), QStringLiteral("Fresh GmbH") } } },
                                       { QStringLiteral("odoo:res.partner:2"),
                                         { { QStringLiteral("name"), QStringLiteral("Neu AG") } } } };
    auto first = await<HubSpotBatchResult>([&](auto done) {
        m_client->batchUpsert(QStringLiteral("companies"), QStringLiteral("odoo_partner_id"), writes, done);
    });
    QVERIFY(first);
    QCOMPARE(first.value().created, 2);
    QCOMPARE(m_simulator->store().count(QStringLiteral("companies")), before + 2);
    auto second = await<HubSpotBatchResult>([&](auto done) {
        m_client->batchUpsert(QStringLiteral("companies"), QStringLiteral("odoo_partner_id"), writes, done);
    });
    QVERIFY(second);
    QCOMPARE(second.value().created, 0);
    QCOMPARE(second.value().results.size(), 2);
    QCOMPARE(m_simulator->store().count(QStringLiteral("companies")), before + 2);
}

void TestHubSpotClient::batchUpdateChunksByHundred()
{
    QList<HubSpotWrite> writes;
    QString after;
    while (writes.size() < 150) {
        auto page = await<HubSpotPage>([&](auto done) {
            m_client->listObjects(QStringLiteral("companies"), {}, {}, after, 100, false, done);
        });
        QVERIFY(page);
        for (const HubSpotObject &object : page.value().results)
            writes.append(
                { object.id, { { QStringLiteral("industry"), QStringLiteral("STAFFING_AND_RECRUITING") } } });
        after = page.value().nextAfter;
    }
    writes = writes.mid(0, 150);
    writes.append({ QStringLiteral("1"), { { QStringLiteral("industry"), QStringLiteral("x") } } });
    const int batches = m_simulator->callCount(QStringLiteral("batch"));
    auto result = await<HubSpotBatchResult>(
        [&](auto done) { m_client->batchUpdate(QStringLiteral("companies"), writes, done); });
    QVERIFY(result);
    QCOMPARE(m_simulator->callCount(QStringLiteral("batch")) - batches, 2);
    QCOMPARE(result.value().results.size(), 150);
    QCOMPARE(result.value().errors.size(), 1);
    QCOMPARE(result.value().errors.first().value(QStringLiteral("category")).toString(),
             QStringLiteral("OBJECT_NOT_FOUND"));
}

void TestHubSpotClient::associationsBatchRead()
{
    QStringList contacts;
    for (const DemoDataset::Contact &contact : m_data->contacts) {
        if (contact.system == DemoDataset::Crm)
            contacts << contact.externalId;
    }
    QVERIFY(contacts.size() > 100);
    auto links = await<QHash<QString, QStringList>>([&](auto done) {
        m_client->readAssociations(QStringLiteral("contacts"), QStringLiteral("companies"), contacts, done);
    });
    QVERIFY(links);
    QCOMPARE(links.value().size(), contacts.size());
    for (const DemoDataset::Contact &contact : m_data->contacts) {
        if (contact.system != DemoDataset::Crm)
            continue;
        const DemoDataset::Customer &company =
            m_data->customers[static_cast<std::size_t>(contact.customerId - 1)];
        QCOMPARE(links.value().value(contact.externalId), QStringList { company.externalId });
    }
}

void TestHubSpotClient::datedPathPrefixWorks()
{
    HubSpotConfig config = m_client->config();
    config.objectsPrefix = QStringLiteral("/crm/objects/2026-03");
    m_client = std::make_unique<HubSpotClient>(config, m_store.get());
    auto page = await<HubSpotPage>(
        [&](auto done) { m_client->listObjects(QStringLiteral("companies"), {}, {}, {}, 4, false, done); });
    QVERIFY(page);
    QCOMPARE(page.value().results.size(), 4);
}

void TestHubSpotClient::pagesOverHttpsOnlyWithATrustedCertificate()
{
    // Last of this file: trusting the loopback certificate lasts for the rest of the process.
    HubSpotSimulator::Options options;
    options.burstPer10s = 0;
    options.searchPerSecond = 0;
    HubSpotSimulator secure(*m_data, options);
    secure.useTls(test::LoopbackTls::server());
    QVERIFY(secure.listen());
    QCOMPARE(secure.baseUrl().scheme(), QStringLiteral("https"));
    const auto firstPage = [](HubSpotClient &client) {
        return await<HubSpotPage>([&](auto done) {
            client.listObjects(QStringLiteral("companies"), { QStringLiteral("name") }, {}, {}, 100, false,
                               done);
        });
    };
    std::unique_ptr<HubSpotClient> untrusting(makeClient(5000, secure.baseUrl()));
    const Result<HubSpotPage> refused = firstPage(*untrusting);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), QStringLiteral("net.tls"));
    QVERIFY(!refused.error().isRetryable());

    test::LoopbackTls::trustInThisProcess();
    std::unique_ptr<HubSpotClient> trusting(makeClient(5000, secure.baseUrl()));
    const Result<HubSpotPage> overTls = firstPage(*trusting);
    QVERIFY2(overTls, qPrintable(overTls ? QString() : overTls.error().toString()));
    const Result<HubSpotPage> overHttp = firstPage(*m_client);
    QVERIFY(overHttp);
    QCOMPARE(overTls.value().results.size(), 100);
    for (qsizetype i = 0; i < overTls.value().results.size(); ++i)
        QCOMPARE(overTls.value().results.at(i).raw, overHttp.value().results.at(i).raw);
}

QTEST_GUILESS_MAIN(TestHubSpotClient)
#include "tst_hubspotclient.moc"
