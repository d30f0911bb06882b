#include "connectors/bullhorn/bullhornclient.h"
#include "connectors/bullhorn/bullhornconfig.h"
#include "credentials/credentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "domain/systemconfig.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/demodatagenerator.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace cw;

namespace {

constexpr qint64 kSystem = 12;

class Answer : public QObject
{
    Q_OBJECT

signals:
    void arrived();
};

template<typename T>
Result<T> await(const std::function<void(BullhornClient::Callback<T>)> &start, int timeoutMs = 20000)
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

QString describe(const Error &error)
{
    return error.toString() + QLatin1Char(' ') + error.detail();
}

} // namespace

class TestBullhornClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signsInWithPasswordAndStoresRefreshToken();
    void refreshTokenIsSpentOnceAndRotated();
    void reusedRefreshTokenIsRefused();
    void refusedRefreshTokenFallsBackToPassword();
    void wrongPasswordIsExplained();
    void missingClientSecretIsExplained();
    void expiredSessionLogsInAgain();
    void concurrentCallsShareOneLogin();
    void queryPagesThroughEveryCorporation();
    void nestedFieldsReachClientThroughJobOrder();
    void searchFindsByName();
    void unknownFieldKeepsBullhornBody();
    void retriesTransientFaults_data();
    void retriesTransientFaults();
    void rateLimitIsRetried();
    void writeBackIsCheckedFirst();
    void writeBackRefusesReadOnlyField();
    void findByExternalIdBeforeCreate();
    void dropAfterUpdateIsRetriedHarmlessly();
    void loginHostFindsTheDataCentre();
    void loginInfoRedirectsToTheUsersDataCentre();
    void endlessRedirectsAreRefused();
    void dataCentreStaysOnTheLoginHostsDomain_data();
    void dataCentreStaysOnTheLoginHostsDomain();
    void redirectToAnotherDomainIsRefused();
    void loginInfoNamingAnotherDomainIsRefused();

private:
    BullhornClient *makeClient(int timeoutMs = 5000);
    /// A client configured as a user would with only the login host @p loginHost.
    std::unique_ptr<BullhornClient> clientOfLoginHost(const QString &loginHost);
    QString storedRefreshToken();

    std::unique_ptr<DemoDataset> m_data;
    std::unique_ptr<BullhornSimulator> m_simulator;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<BullhornClient> m_client;
};

void TestBullhornClient::init()
{
    DemoDataOptions options;
    options.customers = 300;
    options.seed = 21;
    m_data = std::make_unique<DemoDataset>(DemoDataGenerator::generate(options));
    BullhornSimulator::Options simulatorOptions;
    simulatorOptions.callsPerMinute = 0;
    simulatorOptions.maxTimeEntries = 2000;
    m_simulator = std::make_unique<BullhornSimulator>(*m_data, simulatorOptions);
    QVERIFY(m_simulator->listen());
    m_store = std::make_unique<MemoryCredentialStore>();
    test::CredentialWaiter waiter(*m_store);
    QVERIFY(waiter.write(CredentialStore::keyFor(kSystem, SystemConfig::kPasswordAccount),
                         simulatorOptions.password));
    QVERIFY(waiter.write(CredentialStore::keyFor(kSystem, SystemConfig::kClientSecretAccount),
                         simulatorOptions.clientSecret));
    m_client.reset(makeClient());
}

void TestBullhornClient::cleanup()
{
    m_client.reset();
    m_simulator.reset();
    m_store.reset();
}

BullhornClient *TestBullhornClient::makeClient(int timeoutMs)
{
    BullhornConfig config;
    config.authUrl = m_simulator->authUrl();
    config.loginUrl = m_simulator->loginUrl();
    config.clientId = m_simulator->options().clientId;
    config.username = m_simulator->options().username;
    config.systemId = kSystem;
    config.timeoutMs = timeoutMs;
    config.requestsPerSecond = 0;
    return new BullhornClient(config, m_store.get());
}

std::unique_ptr<BullhornClient> TestBullhornClient::clientOfLoginHost(const QString &loginHost)
{
    SystemConfig system;
    system.id = kSystem;
    system.kind = SystemConfig::Kind::Staffing;
    system.url = loginHost;
    system.login = m_simulator->options().username;
    system.options.insert(SystemConfig::kClientIdOption, m_simulator->options().clientId);
    Result<BullhornConfig> config = BullhornConfig::fromSystem(system);
    if (!config) {
        qWarning() << config.error().toString();
        return {};
    }
    config.value().requestsPerSecond = 0;
    return std::make_unique<BullhornClient>(config.value(), m_store.get());
}

QString TestBullhornClient::storedRefreshToken()
{
    test::CredentialWaiter waiter(*m_store);
    const Result<QString> token =
        waiter.read(CredentialStore::keyFor(kSystem, BullhornConfig::kRefreshTokenAccount));
    return token ? token.value() : QString();
}

void TestBullhornClient::signsInWithPasswordAndStoresRefreshToken()
{
    QVERIFY(storedRefreshToken().isEmpty());
    auto expires = await<qint64>([&](auto done) { m_client->ping(done); });
    QVERIFY2(expires, qPrintable(expires ? QString() : describe(expires.error())));
    QVERIFY(expires.value() > QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(m_simulator->callCount(QStringLiteral("authorize")), 1);
    QCOMPARE(m_simulator->callCount(QStringLiteral("token")), 1);
    QCOMPARE(m_simulator->callCount(QStringLiteral("login")), 1);
    QVERIFY(storedRefreshToken().startsWith(QLatin1String("26:")));
    QCOMPARE(m_client->loginCount(), 1);
}

void TestBullhornClient::refreshTokenIsSpentOnceAndRotated()
{
    QVERIFY(await<qint64>([&](auto done) { m_client->ping(done); }));
    const QString first = storedRefreshToken();
    QVERIFY(!first.isEmpty());
    // A new client (the next program start) signs in with the stored refresh token, not the password.
    for (int round = 0; round < 3; ++round) {
        m_client.reset(makeClient());
        const QString before = storedRefreshToken();
        auto expires = await<qint64>([&](auto done) { m_client->ping(done); });
        QVERIFY2(expires, qPrintable(expires ? QString() : describe(expires.error())));
        const QString after = storedRefreshToken();
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
    }
    QCOMPARE(m_simulator->callCount(QStringLiteral("authorize")), 1);
    QCOMPARE(m_simulator->callCount(QStringLiteral("token")), 4);
}

void TestBullhornClient::reusedRefreshTokenIsRefused()
{
    QVERIFY(await<qint64>([&](auto done) { m_client->ping(done); }));
    const QString spent = storedRefreshToken();
    m_client.reset(makeClient());
    QVERIFY(await<qint64>([&](auto done) { m_client->ping(done); }));
    // The simulator, like Bullhorn, refuses a refresh token the second time.
    QNetworkAccessManager manager;
    QUrl url = m_simulator->authUrl();
    url.setPath(url.path() + QStringLiteral("/token"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    query.addQueryItem(QStringLiteral("refresh_token"), spent);
    query.addQueryItem(QStringLiteral("client_id"), m_simulator->options().clientId);
    query.addQueryItem(QStringLiteral("client_secret"), m_simulator->options().clientSecret);
    url.setQuery(query);
    std::unique_ptr<QNetworkReply> reply(manager.post(QNetworkRequest(url), QByteArray()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void TestBullhornClient::refusedRefreshTokenFallsBackToPassword()
{
    test::CredentialWaiter waiter(*m_store);
    QVERIFY(waiter.write(CredentialStore::keyFor(kSystem, BullhornConfig::kRefreshTokenAccount),
                         QStringLiteral("26:revoked")));
    QSignalSpy notices(m_client.get(), &BullhornClient::notice);
    auto expires = await<qint64>([&](auto done) { m_client->ping(done); });
    QVERIFY2(expires, qPrintable(expires ? QString() : describe(expires.error())));
    QCOMPARE(m_simulator->callCount(QStringLiteral("token")), 2);
    QCOMPARE(m_simulator->callCount(QStringLiteral("authorize")), 1);
    QVERIFY(!notices.isEmpty());
    QVERIFY(storedRefreshToken() != QLatin1String("26:revoked"));
}

void TestBullhornClient::wrongPasswordIsExplained()
{
    test::CredentialWaiter waiter(*m_store);
    QVERIFY(waiter.write(CredentialStore::keyFor(kSystem, SystemConfig::kPasswordAccount),
                         QStringLiteral("nope")));
    auto expires = await<qint64>([&](auto done) { m_client->ping(done); });
    QVERIFY(!expires);
    QCOMPARE(expires.error().category(), Error::Category::Auth);
    QCOMPARE(expires.error().code(), QStringLiteral("bullhorn.login_refused"));
    QVERIFY(expires.error().userMessage().contains(m_simulator->options().username));
    QCOMPARE(m_simulator->callCount(QStringLiteral("token")), 0);
}

void TestBullhornClient::missingClientSecretIsExplained()
{
    test::CredentialWaiter waiter(*m_store);
    QVERIFY(waiter.remove(CredentialStore::keyFor(kSystem, SystemConfig::kClientSecretAccount)));
    auto expires = await<qint64>([&](auto done) { m_client->ping(done); });
    QVERIFY(!expires);
    QCOMPARE(expires.error().code(), QStringLiteral("bullhorn.no_client_secret"));
    QCOMPARE(m_simulator->callCount(), 0);
}

void TestBullhornClient::expiredSessionLogsInAgain()
{
    QVERIFY(await<qint64>([&](auto done) { m_client->ping(done); }));
    m_simulator->expireSessions();
    QSignalSpy notices(m_client.get(), &BullhornClient::notice);
    auto page = await<BullhornPage>([&](auto done) {
        m_client->query(QStringLiteral("Candidate"), QStringLiteral("id > 0"), QStringLiteral("id,name"), {},
                        0, 10, false, done);
    });
    QVERIFY2(page, qPrintable(page ? QString() : describe(page.error())));
    QCOMPARE(page.value().data.size(), 10);
    QCOMPARE(m_client->loginCount(), 2);
    // The second sign-in used the rotated refresh token, not the password.
    QCOMPARE(m_simulator->callCount(QStringLiteral("authorize")), 1);
    QCOMPARE(m_simulator->callCount(QStringLiteral("token")), 2);
    QVERIFY(!notices.isEmpty());
}

void TestBullhornClient::concurrentCallsShareOneLogin()
{
    int answered = 0;
    Answer all;
    QSignalSpy spy(&all, &Answer::arrived);
    for (int i = 0; i < 6; ++i) {
        m_client->query(QStringLiteral("ClientCorporation"), QStringLiteral("id > 0"), QStringLiteral("id"),
                        {}, i * 5, 5, false, [&](const Result<BullhornPage> &page) {
                            QVERIFY(page);
                            if (++answered == 6)
                                emit all.arrived();
                        });
    }
    QVERIFY(spy.wait(20000));
    QCOMPARE(m_simulator->callCount(QStringLiteral("login")), 1);
    QCOMPARE(m_client->loginCount(), 1);
}

void TestBullhornClient::queryPagesThroughEveryCorporation()
{
    const int expected = m_simulator->store().count(QStringLiteral("ClientCorporation"));
    QVERIFY(expected > 40);
    QSet<qint64> seen;
    qint64 total = -1;
    int pages = 0;
    for (int start = 0;; start += 20) {
        auto page = await<BullhornPage>([&](auto done) {
            m_client->query(QStringLiteral("ClientCorporation"), QStringLiteral("dateLastModified > 0"),
                            QStringLiteral("id,name,dateLastModified"), QStringLiteral("dateLastModified,id"),
                            start, 20, start == 0, done);
        });
        QVERIFY2(page, qPrintable(page ? QString() : describe(page.error())));
        if (start == 0)
            total = page.value().total;
        else
            QCOMPARE(page.value().total, -1);
        for (const JsonNode &object : page.value().data) {
            QVERIFY(object["dateLastModified"].isNumber());
            QVERIFY(!seen.contains(object["id"].toInteger()));
            seen.insert(object["id"].toInteger());
        }
        ++pages;
        if (page.value().data.size() < 20)
            break;
    }
    QCOMPARE(total, expected);
    QCOMPARE(seen.size(), expected);
    QVERIFY(pages > 2);
}

void TestBullhornClient::nestedFieldsReachClientThroughJobOrder()
{
    const DemoDataset::Placement &placement = m_data->placements.front();
    auto page = await<BullhornPage>([&](auto done) {
        m_client->query(QStringLiteral("Placement"), QStringLiteral("id = %1").arg(placement.externalId),
                        QStringLiteral("id,jobOrder(id,title,clientCorporation(id,name)),dateBegin"), {}, 0,
                        5, true, done);
    });
    QVERIFY2(page, qPrintable(page ? QString() : describe(page.error())));
    QCOMPARE(page.value().data.size(), 1);
    const JsonNode job = page.value().data.first()["jobOrder"];
    QCOMPARE(job["title"].toString(), placement.jobTitle);
    const JsonNode client = job["clientCorporation"];
    const DemoDataset::Customer &customer =
        m_data->customers[static_cast<std::size_t>(placement.customerId - 1)];
    QCOMPARE(client["id"].toInteger(), customer.externalId.toLongLong());
    QCOMPARE(client["name"].toString(), customer.name);
    QCOMPARE(page.value().data.first()["dateBegin"].toInteger(), DemoDataset::epochMs(placement.start, 0));
    // A dotted path through the job order filters the same way.
    auto byClient = await<BullhornPage>([&](auto done) {
        m_client->query(QStringLiteral("Placement"),
                        QStringLiteral("jobOrder.clientCorporation.id = %1").arg(customer.externalId),
                        QStringLiteral("id"), {}, 0, 500, false, done);
    });
    QVERIFY(byClient);
    int expected = 0;
    for (const DemoDataset::Placement &p : m_data->placements)
        expected += p.customerId == placement.customerId ? 1 : 0;
    QCOMPARE(byClient.value().data.size(), expected);
}

void TestBullhornClient::searchFindsByName()
{
    const DemoDataset::Consultant &consultant = m_data->consultants.front();
    const QString last = consultant.name.section(QLatin1Char(' '), -1);
    auto page = await<BullhornPage>([&](auto done) {
        m_client->search(QStringLiteral("Candidate"), QStringLiteral("lastName:\"%1\"").arg(last),
                         QStringLiteral("id,name"), QStringLiteral("-dateLastModified"), 0, 50, done);
    });
    QVERIFY2(page, qPrintable(page ? QString() : describe(page.error())));
    QVERIFY(page.value().total >= 1);
    bool found = false;
    for (const JsonNode &object : page.value().data) {
        QVERIFY(object["_score"].isNumber());
        found = found || object["id"].toInteger() == consultant.externalId.toLongLong();
    }
    QVERIFY(found);
    auto refused = await<BullhornPage>([&](auto done) {
        m_client->search(QStringLiteral("TimesheetEntry"), QStringLiteral("id:1"), QStringLiteral("id"), {},
                         0, 5, done);
    });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), QStringLiteral("bullhorn.errors.search.notIndexed"));
}

void TestBullhornClient::unknownFieldKeepsBullhornBody()
{
    auto page = await<BullhornPage>([&](auto done) {
        m_client->query(QStringLiteral("Placement"), QStringLiteral("id > 0"),
                        QStringLiteral("id,clientCorporation"), {}, 0, 5, false, done);
    });
    QVERIFY(!page);
    QCOMPARE(page.error().category(), Error::Category::Validation);
    QCOMPARE(page.error().code(), QStringLiteral("bullhorn.errors.invalidField"));
    QVERIFY(page.error().detail().contains(QLatin1String("clientCorporation")));
    QVERIFY(page.error().detail().contains(QLatin1String("HTTP 400")));
}

void TestBullhornClient::retriesTransientFaults_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("5xx") << int(FaultInjector::Fault::ServerError);
    QTest::newRow("timeout") << int(FaultInjector::Fault::Timeout);
    QTest::newRow("malformed") << int(FaultInjector::Fault::Malformed);
    QTest::newRow("serialization") << int(FaultInjector::Fault::SerializationFailure);
    QTest::newRow("drop") << int(FaultInjector::Fault::DropAfterCommit);
}

void TestBullhornClient::retriesTransientFaults()
{
    QFETCH(int, fault);
    m_client.reset(makeClient(800));
    QVERIFY(await<qint64>([&](auto done) { m_client->ping(done); }));
    m_simulator->faults().force(static_cast<FaultInjector::Fault>(fault), 2, QStringLiteral("query"));
    QSignalSpy notices(m_client.get(), &BullhornClient::notice);
    auto page = await<BullhornPage>([&](auto done) {
        m_client->query(QStringLiteral("JobOrder"), QStringLiteral("id > 0"), QStringLiteral("id,title"), {},
                        0, 7, false, done);
    });
    QVERIFY2(page, qPrintable(page ? QString() : describe(page.error())));
    QCOMPARE(page.value().data.size(), 7);
    QCOMPARE(m_simulator->callCount(QStringLiteral("query")), 3);
    // Qt itself may re-send a read whose connection dropped before the client sees the failure.
    if (fault != int(FaultInjector::Fault::DropAfterCommit))
        QCOMPARE(notices.size(), 2);
}

void TestBullhornClient::rateLimitIsRetried()
{
    m_simulator->faults().force(FaultInjector::Fault::RateLimited, 1, QStringLiteral("query"));
    auto page = await<BullhornPage>([&](auto done) {
        m_client->query(QStringLiteral("Candidate"), QStringLiteral("id > 0"), QStringLiteral("id"), {}, 0, 3,
                        false, done);
    });
    QVERIFY2(page, qPrintable(page ? QString() : describe(page.error())));
    QCOMPARE(m_simulator->callCount(QStringLiteral("query")), 2);
    // More 429s than attempts: the call fails as rate limited, retryable later.
    m_client.reset(makeClient());
    m_simulator->faults().force(FaultInjector::Fault::RateLimited, 5, QStringLiteral("query"));
    auto limited = await<BullhornPage>([&](auto done) {
        m_client->query(QStringLiteral("Candidate"), QStringLiteral("id > 0"), QStringLiteral("id"), {}, 0, 3,
                        false, done);
    });
    QVERIFY(!limited);
    QCOMPARE(limited.error().category(), Error::Category::RateLimited);
    QVERIFY(limited.error().isRetryable());
}

void TestBullhornClient::writeBackIsCheckedFirst()
{
    const qint64 id = m_data->placements.front().externalId.toLongLong();
    const QJsonObject values { { QStringLiteral("customText20"),
                                 QStringLiteral("odoo:project.project:42") } };
    auto first = await<BullhornWriteOutcome>(
        [&](auto done) { m_client->writeBack(QStringLiteral("Placement"), id, values, done); });
    QVERIFY2(first, qPrintable(first ? QString() : describe(first.error())));
    QCOMPARE(first.value(), BullhornWriteOutcome::Updated);
    QCOMPARE(m_simulator->callCount(QStringLiteral("update")), 1);
    QCOMPARE(
        m_simulator->store().record(QStringLiteral("Placement"), id).value(QStringLiteral("customText20")),
        values.value(QStringLiteral("customText20")));
    auto second = await<BullhornWriteOutcome>(
        [&](auto done) { m_client->writeBack(QStringLiteral("Placement"), id, values, done); });
    QVERIFY(second);
    QCOMPARE(second.value(), BullhornWriteOutcome::Unchanged);
    QCOMPARE(m_simulator->callCount(QStringLiteral("update")), 1);
    QCOMPARE(m_simulator->callCount(QStringLiteral("entity")), 2);
    auto missing = await<BullhornWriteOutcome>(
        [&](auto done) { m_client->writeBack(QStringLiteral("Placement"), 999999999, values, done); });
    QVERIFY(!missing);
    QCOMPARE(missing.error().category(), Error::Category::NotFound);
}

void TestBullhornClient::writeBackRefusesReadOnlyField()
{
    const qint64 id = m_data->placements.front().externalId.toLongLong();
    auto refused = await<BullhornWriteOutcome>([&](auto done) {
        m_client->writeBack(QStringLiteral("Placement"), id,
                            { { QStringLiteral("candidate"), QJsonObject { { QStringLiteral("id"), 1 } } } },
                            done);
    });
    QVERIFY(!refused);
    QCOMPARE(refused.error().category(), Error::Category::Validation);
    QCOMPARE(refused.error().code(), QStringLiteral("bullhorn.errors.cannotPersistEntity"));
    QVERIFY(refused.error().detail().contains(QLatin1String("READ_ONLY")));
    const QString longId(31, QLatin1Char('x'));
    const qint64 corporation =
        m_data->customers[static_cast<std::size_t>(m_data->placements.front().customerId - 1)]
            .externalId.toLongLong();
    auto tooLong = await<BullhornWriteOutcome>([&](auto done) {
        m_client->writeBack(QStringLiteral("ClientCorporation"), corporation,
                            { { QStringLiteral("externalID"), longId } }, done);
    });
    QVERIFY(!tooLong);
    QVERIFY(tooLong.error().detail().contains(QLatin1String("MAX_LENGTH")));
}

void TestBullhornClient::findByExternalIdBeforeCreate()
{
    const qint64 corporation =
        m_data->customers[static_cast<std::size_t>(m_data->placements.front().customerId - 1)]
            .externalId.toLongLong();
    const QString key = QStringLiteral("odoo:res.partner:7'1");
    auto none = await<QList<qint64>>(
        [&](auto done) { m_client->findByExternalId(QStringLiteral("ClientCorporation"), key, done); });
    QVERIFY2(none, qPrintable(none ? QString() : describe(none.error())));
    QVERIFY(none.value().isEmpty());
    QVERIFY(await<BullhornWriteOutcome>([&](auto done) {
        m_client->writeBack(QStringLiteral("ClientCorporation"), corporation,
                            { { QStringLiteral("externalID"), key } }, done);
    }));
    auto found = await<QList<qint64>>(
        [&](auto done) { m_client->findByExternalId(QStringLiteral("ClientCorporation"), key, done); });
    QVERIFY(found);
    QCOMPARE(found.value(), QList<qint64> { corporation });
}

void TestBullhornClient::dropAfterUpdateIsRetriedHarmlessly()
{
    const qint64 id = m_data->placements.back().externalId.toLongLong();
    m_simulator->faults().force(FaultInjector::Fault::DropAfterCommit, 1, QStringLiteral("update"));
    auto outcome = await<BullhornWriteOutcome>([&](auto done) {
        m_client->writeBack(QStringLiteral("Placement"), id,
                            { { QStringLiteral("customText19"), QStringLiteral("INV/7") } }, done);
    });
    QVERIFY2(outcome, qPrintable(outcome ? QString() : describe(outcome.error())));
    QCOMPARE(m_simulator->callCount(QStringLiteral("update")), 2);
    QCOMPARE(m_simulator->store()
                 .record(QStringLiteral("Placement"), id)
                 .value(QStringLiteral("customText19"))
                 .toString(),
             QStringLiteral("INV/7"));
}

void TestBullhornClient::loginHostFindsTheDataCentre()
{
    std::unique_ptr<BullhornClient> client = clientOfLoginHost(m_simulator->baseUrl().toString());
    QVERIFY(client);
    QCOMPARE(client->config().loginInfoUrl,
             m_simulator->baseUrl().resolved(QUrl(QStringLiteral("/rest-services/loginInfo"))));
    QVERIFY(client->config().loginUrl.isEmpty());
    auto expires = await<qint64>([&](auto done) { client->ping(done); });
    QVERIFY2(expires, qPrintable(expires ? QString() : describe(expires.error())));
    QCOMPARE(m_simulator->callCount(QStringLiteral("loginInfo")), 1);
    QCOMPARE(client->config().authUrl, m_simulator->authUrl());
    QCOMPARE(client->config().loginUrl, m_simulator->loginUrl());
    QCOMPARE(m_simulator->callCount(QStringLiteral("login")), 1);

    // A new session (the old one expired) goes straight to the data centre found.
    m_simulator->expireSessions();
    expires = await<qint64>([&](auto done) { client->ping(done); });
    QVERIFY2(expires, qPrintable(expires ? QString() : describe(expires.error())));
    QCOMPARE(client->loginCount(), 2);
    QCOMPARE(m_simulator->callCount(QStringLiteral("loginInfo")), 1);
}

void TestBullhornClient::loginInfoRedirectsToTheUsersDataCentre()
{
    // The global login host knows the user lives in the other data centre (m_simulator).
    BullhornSimulator::Options globalOptions;
    globalOptions.otherDataCentre = m_simulator->baseUrl();
    BullhornSimulator global(*m_data, globalOptions);
    QVERIFY(global.listen());
    std::unique_ptr<BullhornClient> client = clientOfLoginHost(
        global.baseUrl().resolved(QUrl(QStringLiteral("/rest-services/loginInfo"))).toString());
    QVERIFY(client);
    auto page = await<BullhornPage>([&](auto done) {
        client->query(QStringLiteral("ClientCorporation"), QStringLiteral("id > 0"),
                      QStringLiteral("id,name"), {}, 0, 5, false, done);
    });
    QVERIFY2(page, qPrintable(page ? QString() : describe(page.error())));
    QCOMPARE(page.value().data.size(), 5);
    QCOMPARE(global.callCount(QStringLiteral("loginInfo")), 1);
    QCOMPARE(global.callCount(QStringLiteral("login")), 0);
    QCOMPARE(m_simulator->callCount(QStringLiteral("loginInfo")), 1);
    QCOMPARE(m_simulator->callCount(QStringLiteral("login")), 1);
    QCOMPARE(client->config().authUrl, m_simulator->authUrl());
    QCOMPARE(client->restUrl().port(), m_simulator->baseUrl().port());
}

void TestBullhornClient::endlessRedirectsAreRefused()
{
    // A login host that sends the user on to itself, again and again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QUrl self(QStringLiteral("http://127.0.0.1:%1").arg(port));
    BullhornSimulator::Options loopOptions;
    loopOptions.otherDataCentre = self;
    BullhornSimulator loop(*m_data, loopOptions);
    QVERIFY(loop.listen(port));
    std::unique_ptr<BullhornClient> client = clientOfLoginHost(self.toString());
    QVERIFY(client);
    auto expires = await<qint64>([&](auto done) { client->ping(done); });
    QVERIFY(!expires);
    QCOMPARE(expires.error().code(), QStringLiteral("bullhorn.login_info_redirect"));
    QCOMPARE(loop.callCount(QStringLiteral("loginInfo")), 4);
    QCOMPARE(loop.callCount(QStringLiteral("authorize")), 0);
}

void TestBullhornClient::dataCentreStaysOnTheLoginHostsDomain_data()
{
    QTest::addColumn<QString>("loginHost");
    QTest::addColumn<QString>("dataCentre");
    QTest::addColumn<bool>("allowed");
    const QString global = QStringLiteral("https://rest.bullhornstaffing.com/rest-services/loginInfo");
    QTest::newRow("same domain") << global << QStringLiteral("https://auth-emea.bullhornstaffing.com/oauth")
                                 << true;
    QTest::newRow("the domain itself")
        << global << QStringLiteral("https://bullhornstaffing.com/oauth") << true;
    QTest::newRow("another domain") << global << QStringLiteral("https://auth.example.com/oauth") << false;
    QTest::newRow("domain as a prefix")
        << global << QStringLiteral("https://rest.bullhornstaffing.com.example.com/rest-services") << false;
    QTest::newRow("domain as a suffix")
        << global << QStringLiteral("https://evilbullhornstaffing.com/rest-services") << false;
    QTest::newRow("this computer from a real host")
        << global << QStringLiteral("http://127.0.0.1:8071/rest-services") << false;
    QTest::newRow("sandbox") << QStringLiteral("http://127.0.0.1:8071")
                             << QStringLiteral("http://localhost:8072/oauth") << true;
    QTest::newRow("real host from the sandbox")
        << QStringLiteral("http://127.0.0.1:8071")
        << QStringLiteral("https://auth.bullhornstaffing.com/oauth") << false;
    QTest::newRow("IP login host, other IP")
        << QStringLiteral("https://10.1.2.3") << QStringLiteral("https://10.1.2.4/oauth") << false;
    QTest::newRow("IP login host, same IP")
        << QStringLiteral("https://10.1.2.3") << QStringLiteral("https://10.1.2.3:8443/oauth") << true;
}

void TestBullhornClient::dataCentreStaysOnTheLoginHostsDomain()
{
    QFETCH(QString, loginHost);
    QFETCH(QString, dataCentre);
    QFETCH(bool, allowed);
    const Result<QUrl> checked = BullhornConfig::checkedDataCentreUrl(dataCentre, QUrl(loginHost));
    QCOMPARE(checked.ok(), allowed);
    if (!allowed) {
        QCOMPARE(checked.error().code(), BullhornConfig::kForeignHost);
        QCOMPARE(checked.error().category(), Error::Category::Config);
        QVERIFY2(checked.error().userMessage().contains(QUrl(dataCentre).host()),
                 qPrintable(checked.error().userMessage()));
    }
}

void TestBullhornClient::redirectToAnotherDomainIsRefused()
{
    // A login host on this computer that sends the sign-in on to a host elsewhere.
    BullhornSimulator::Options globalOptions;
    globalOptions.otherDataCentre = QUrl(QStringLiteral("https://rest.example.com"));
    BullhornSimulator global(*m_data, globalOptions);
    QVERIFY(global.listen());
    std::unique_ptr<BullhornClient> client = clientOfLoginHost(global.baseUrl().toString());
    QVERIFY(client);
    auto expires = await<qint64>([&](auto done) { client->ping(done); });
    QVERIFY(!expires);
    QCOMPARE(expires.error().code(), BullhornConfig::kForeignHost);
    QVERIFY2(expires.error().userMessage().contains(QStringLiteral("rest.example.com")),
             qPrintable(expires.error().userMessage()));
    QCOMPARE(global.callCount(QStringLiteral("loginInfo")), 1);
}

void TestBullhornClient::loginInfoNamingAnotherDomainIsRefused()
{
    // A login host on this computer whose loginInfo names OAuth and REST bases elsewhere.
    QTcpServer host;
    QVERIFY(host.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&host, &QTcpServer::newConnection, this, [&host, &requests] {
        QTcpSocket *socket = host.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            ++requests;
            const QByteArray body = R"({"oauthUrl":"https://auth.example.com/oauth",)"
                                    R"("restUrl":"https://rest.example.com/rest-services"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    std::unique_ptr<BullhornClient> client =
        clientOfLoginHost(QStringLiteral("http://127.0.0.1:%1").arg(host.serverPort()));
    QVERIFY(client);
    auto expires = await<qint64>([&](auto done) { client->ping(done); });
    QVERIFY(!expires);
    QCOMPARE(expires.error().code(), BullhornConfig::kForeignHost);
    QCOMPARE(requests, 1);
    QVERIFY(client->config().loginUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestBullhornClient)
#include "tst_bullhornclient.moc"
