#include "connectors/hubspot/hubspotclient.h"
#include "connectors/hubspot/hubspotpullsource.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "domain/systemconfig.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/hubspot/hubspotsimulator.h"
#include "sync/pullrunner.h"
#include "sync/synccursorstore.h"
#include "tempcache.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cw;

namespace {

/// A source that serves fixed pages, or fails, to test the runner without HTTP.
class ScriptedSource : public PullSource
{
public:
    ScriptedSource(QString entity, QString table, QList<PullPage> pages, std::optional<Error> failAfter = {})
        : m_entity(std::move(entity))
        , m_table(std::move(table))
        , m_pages(std::move(pages))
        , m_fail(std::move(failAfter))
    { }
    QString entity() const override { return m_entity; }
    QString table() const override { return m_table; }
    void fetch(const QString &cursor) override
    {
        cursors << cursor;
        QTimer::singleShot(0, this, [this] {
            if (m_next < m_pages.size())
                emit pageFetched(m_pages.at(m_next++));
            else if (m_fail)
                emit fetchFailed(*m_fail);
        });
    }
    void cancel() override { }
    QStringList cursors;

private:
    QString m_entity;
    QString m_table;
    QList<PullPage> m_pages;
    std::optional<Error> m_fail;
    int m_next = 0;
};

CacheRecord customer(const QString &id, const QString &name)
{
    CacheRecord record;
    record.externalId = id;
    record.fields = { { QStringLiteral("name"), name },
                      { QStringLiteral("modified_at"), QStringLiteral("2026-01-01T00:00:00Z") } };
    record.raw = "{\"id\":\"" + id.toUtf8() + "\"}";
    return record;
}

} // namespace

class TestPullRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pagesCommitWithCursorAndCounts();
    void recordsAreWrittenInKeyOrderLaterVersionWinning();
    void failingEntityDoesNotStopOthers();
    void cancelKeepsCommittedPages();
    void failureKeepsPagesReadBefore();
    void hubspotPullIntoCache();
    void hubspotIncrementalSeesUpdatesAndDeletions();
    void hubspotColumnsHoldThePropertiesSent();

private:
    bool runToEnd(PullRunner &runner);
    static DemoDataset demoData(int customers, quint64 seed);
    /// A client of @p simulator for m_system, its token stored in @p store; null when it could
    /// not be stored.
    std::unique_ptr<HubSpotClient> hubspotClient(HubSpotSimulator &simulator,
                                                 MemoryCredentialStore &store) const;
    int count(const QString &sql, const QVariantList &values = {}) const
    {
        return m_cache->scalar(sql, values).toInt();
    }

    std::unique_ptr<test::TempCache> m_cache;
    qint64 m_system = 0;
};

void TestPullRunner::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_system = m_cache->addSystem(QStringLiteral("crm"), QStringLiteral("HubSpot"));
    QVERIFY(m_system > 0);
}

bool TestPullRunner::runToEnd(PullRunner &runner)
{
    QSignalSpy finished(&runner, &PullRunner::finished);
    runner.start();
    return finished.wait(60000);
}

DemoDataset TestPullRunner::demoData(int customers, quint64 seed)
{
    DemoDataOptions options;
    options.customers = customers;
    options.seed = seed;
    return DemoDataGenerator::generate(options);
}

std::unique_ptr<HubSpotClient> TestPullRunner::hubspotClient(HubSpotSimulator &simulator,
                                                             MemoryCredentialStore &store) const
{
    test::CredentialWaiter waiter(store);
    if (!waiter.write(CredentialStore::keyFor(m_system, SystemConfig::kTokenAccount), simulator.token()))
        return nullptr;
    HubSpotConfig config;
    config.baseUrl = simulator.baseUrl();
    config.systemId = m_system;
    return std::make_unique<HubSpotClient>(config, &store);
}

void TestPullRunner::pagesCommitWithCursorAndCounts()
{
    PullPage first;
    first.records = { customer(QStringLiteral("1"), QStringLiteral("Acme")),
                      customer(QStringLiteral("2"), QStringLiteral("Beta")) };
    first.cursor = QStringLiteral("after-2");
    first.more = true;
    PullPage second;
    second.records = { customer(QStringLiteral("2"), QStringLiteral("Beta")),
                       customer(QStringLiteral("3"), QString()) };
    second.records[1].fields[0].second = QVariant(); // name NULL: the cache refuses it
    second.failures = { { QStringLiteral("4"), 0, QStringLiteral("unusable"), QStringLiteral("no name") } };
    second.cursor = QStringLiteral("done");
    auto *source =
        new ScriptedSource(QStringLiteral("companies"), QStringLiteral("customer"), { first, second });
    PullRunner runner(m_cache->db(), m_system);
    runner.addSource(source);
    QSignalSpy progress(&runner, &PullRunner::progress);
    QVERIFY(runToEnd(runner));
    QCOMPARE(source->cursors, (QStringList { QString(), QStringLiteral("after-2") }));
    const PullEntityResult result = runner.results().first();
    QCOMPARE(result.status, QStringLiteral("partial"));
    QCOMPARE(result.read, 5);
    QCOMPARE(result.counts.created, 2);
    QCOMPARE(result.counts.unchanged, 1);
    QCOMPARE(result.counts.failed, 2);
    QCOMPARE(progress.size(), 2);
    QCOMPARE(SyncCursorStore(m_cache->db()).load(m_system, QStringLiteral("companies")).value(),
             QStringLiteral("done"));
    QCOMPARE(count(QStringLiteral("SELECT read_count FROM sync_run WHERE id = ?"), { result.runId }), 5);
    QCOMPARE(count(QStringLiteral("SELECT created_count FROM sync_run WHERE id = ?"), { result.runId }), 2);
    QCOMPARE(count(QStringLiteral("SELECT skipped_count FROM sync_run WHERE id = ?"), { result.runId }), 1);
    QCOMPARE(count(QStringLiteral("SELECT failed_count FROM sync_run WHERE id = ?"), { result.runId }), 2);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT flow FROM sync_run WHERE id = ?"), { result.runId })
                 .toString(),
             QStringLiteral("pull_companies"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_event WHERE run_id = ? AND level = 'error'"),
                   { result.runId }),
             2);
}

void TestPullRunner::recordsAreWrittenInKeyOrderLaterVersionWinning()
{
    // Sent by modification time, as systems do; "a" comes twice, renamed in between.
    PullPage page;
    page.records = { customer(QStringLiteral("c"), QStringLiteral("Gamma")),
                     customer(QStringLiteral("a"), QStringLiteral("Alpha")),
                     customer(QStringLiteral("b"), QStringLiteral("Beta")),
                     customer(QStringLiteral("a"), QStringLiteral("Alpha Renamed")) };
    page.cursor = QStringLiteral("done");
    PullRunner runner(m_cache->db(), m_system);
    runner.addSource(new ScriptedSource(QStringLiteral("companies"), QStringLiteral("customer"), { page }));
    QVERIFY(runToEnd(runner));
    const PullEntityResult result = runner.results().first();
    QCOMPARE(result.counts.created, 3);
    QCOMPARE(result.counts.updated, 1);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT group_concat(external_id, ',') FROM "
                                         "(SELECT external_id FROM customer ORDER BY id)"))
                 .toString(),
             QStringLiteral("a,b,c"));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM customer WHERE external_id = 'a'")).toString(),
             QStringLiteral("Alpha Renamed"));
}

void TestPullRunner::failingEntityDoesNotStopOthers()
{
    const Error broken =
        Error(Error::Category::Auth, QStringLiteral("no access"), QStringLiteral("HTTP 403"));
    PullPage page;
    page.records = { customer(QStringLiteral("9"), QStringLiteral("Gamma")) };
    page.cursor = QStringLiteral("c");
    PullRunner runner(m_cache->db(), m_system);
    runner.addSource(new ScriptedSource(QStringLiteral("contacts"), QStringLiteral("contact"), {}, broken));
    runner.addSource(new ScriptedSource(QStringLiteral("companies"), QStringLiteral("customer"), { page }));
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.results().size(), 2);
    QCOMPARE(runner.results().at(0).status, QStringLiteral("failed"));
    QCOMPARE(runner.results().at(0).error->detail(), QStringLiteral("HTTP 403"));
    QCOMPARE(runner.results().at(1).status, QStringLiteral("succeeded"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer")), 1);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT message FROM sync_run WHERE flow = 'pull_contacts'"))
                 .toString(),
             QStringLiteral("no access"));
}

void TestPullRunner::cancelKeepsCommittedPages()
{
    PullPage page;
    page.records = { customer(QStringLiteral("1"), QStringLiteral("Acme")) };
    page.cursor = QStringLiteral("p1");
    page.more = true;
    auto *source = new ScriptedSource(QStringLiteral("companies"), QStringLiteral("customer"), { page });
    PullRunner runner(m_cache->db(), m_system);
    runner.addSource(source);
    runner.addSource(new ScriptedSource(QStringLiteral("deals"), QStringLiteral("deal"), {}));
    QSignalSpy progress(&runner, &PullRunner::progress);
    QSignalSpy finished(&runner, &PullRunner::finished);
    runner.start();
    QVERIFY(progress.wait());
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.results().size(), 1);
    QCOMPARE(runner.results().first().status, QStringLiteral("cancelled"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer")), 1);
    QCOMPARE(SyncCursorStore(m_cache->db()).load(m_system, QStringLiteral("companies")).value(),
             QStringLiteral("p1"));
}

void TestPullRunner::failureKeepsPagesReadBefore()
{
    // Pages wait in memory until kCommitRecords records are read; a failure must not lose them.
    PullPage first;
    first.records = { customer(QStringLiteral("1"), QStringLiteral("Acme")) };
    first.cursor = QStringLiteral("p1");
    first.more = true;
    PullPage second = first;
    second.records = { customer(QStringLiteral("2"), QStringLiteral("Beta")) };
    second.cursor = QStringLiteral("p2");
    const Error broken(Error::Category::Network, QStringLiteral("connection reset"));
    PullRunner runner(m_cache->db(), m_system);
    runner.addSource(new ScriptedSource(QStringLiteral("companies"), QStringLiteral("customer"),
                                        { first, second }, broken));
    QVERIFY(runToEnd(runner));
    const PullEntityResult result = runner.results().first();
    QCOMPARE(result.status, QStringLiteral("failed"));
    QCOMPARE(result.read, 2);
    QCOMPARE(result.counts.created, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer")), 2);
    QCOMPARE(count(QStringLiteral("SELECT created_count FROM sync_run WHERE id = ?"), { result.runId }), 2);
    QCOMPARE(SyncCursorStore(m_cache->db()).load(m_system, QStringLiteral("companies")).value(),
             QStringLiteral("p2"));
}

void TestPullRunner::hubspotPullIntoCache()
{
    const DemoDataset data = demoData(300, 5);
    HubSpotSimulator simulator(data, {});
    QVERIFY(simulator.listen());
    MemoryCredentialStore store;
    const std::unique_ptr<HubSpotClient> client = hubspotClient(simulator, store);
    QVERIFY(client);
    PullRunner runner(m_cache->db(), m_system);
    for (const char *type : { "companies", "contacts", "deals" })
        runner.addSource(new HubSpotPullSource(client.get(), QLatin1String(type)));
    QVERIFY(runToEnd(runner));
    int companies = 0;
    for (const DemoDataset::Customer &c : data.customers)
        companies += c.system == DemoDataset::Crm && c.status != QLatin1String("archived") ? 1 : 0;
    QCOMPARE(runner.results().size(), 3);
    for (const PullEntityResult &result : runner.results())
        QVERIFY2(result.status == QLatin1String("succeeded"),
                 qPrintable(result.entity + QLatin1Char(' ') + result.status));
    QCOMPARE(runner.results().at(0).counts.created, companies);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer WHERE system_id = ?"), { m_system }),
             companies);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM deal")), int(data.deals.size()));
    // Deals of archived companies keep no customer: archived companies are not pulled.
    int orphaned = 0;
    for (const DemoDataset::Deal &deal : data.deals)
        orphaned +=
            data.customers[static_cast<std::size_t>(deal.customerId - 1)].status == QLatin1String("archived")
            ? 1
            : 0;
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM deal WHERE customer_id IS NULL")), orphaned);
    int lonely = 0;
    for (const DemoDataset::Contact &contact : data.contacts) {
        if (contact.system == DemoDataset::Crm)
            lonely += data.customers[static_cast<std::size_t>(contact.customerId - 1)].status
                    == QLatin1String("archived")
                ? 1
                : 0;
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM contact WHERE customer_id IS NULL")), lonely);
    int won = 0;
    for (const DemoDataset::Deal &deal : data.deals)
        won += deal.won ? 1 : 0;
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM deal WHERE won = 1")), won);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE status = 'succeeded'")), 3);
}

void TestPullRunner::hubspotIncrementalSeesUpdatesAndDeletions()
{
    const DemoDataset data = demoData(150, 9);
    HubSpotSimulator simulator(data, {});
    QVERIFY(simulator.listen());
    MemoryCredentialStore store;
    const std::unique_ptr<HubSpotClient> client = hubspotClient(simulator, store);
    QVERIFY(client);
    const auto pull = [&] {
        auto runner = std::make_unique<PullRunner>(m_cache->db(), m_system);
        runner->addSource(new HubSpotPullSource(client.get(), QStringLiteral("companies")));
        runner->addSource(new HubSpotPullSource(client.get(), QStringLiteral("contacts")));
        return runner;
    };
    auto first = pull();
    QVERIFY(runToEnd(*first));
    const int contacts = count(QStringLiteral("SELECT COUNT(*) FROM contact"));
    QVERIFY(contacts > 0);

    // Nothing changed: the overlap re-reads nothing new and nothing counts twice.
    auto second = pull();
    QVERIFY(runToEnd(*second));
    for (const PullEntityResult &result : second->results()) {
        QCOMPARE(result.counts.created, 0);
        QCOMPARE(result.counts.updated, 0);
        QCOMPARE(result.counts.deleted, 0);
    }

    QString company;
    for (const DemoDataset::Customer &c : data.customers) {
        if (c.system == DemoDataset::Crm && c.status == QLatin1String("active")) {
            company = c.externalId;
            break;
        }
    }
    QString contact;
    for (const DemoDataset::Contact &c : data.contacts) {
        if (c.system == DemoDataset::Crm) {
            contact = c.externalId;
            break;
        }
    }
    QTest::qWait(5);
    QVERIFY(simulator.store().update(QStringLiteral("companies"), company,
                                     { { QStringLiteral("name"), QStringLiteral("Renamed GmbH") } }));
    QVERIFY(simulator.store().archive(QStringLiteral("contacts"), contact));
    auto third = pull();
    QVERIFY(runToEnd(*third));
    QCOMPARE(third->results().at(0).counts.updated, 1);
    QCOMPARE(third->results().at(0).counts.created, 0);
    QCOMPARE(third->results().at(1).counts.deleted, 1);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM customer WHERE external_id = ?"), { company })
                 .toString(),
             QStringLiteral("Renamed GmbH"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM contact")), contacts - 1);
    QCOMPARE(count(QStringLiteral("SELECT updated_count FROM sync_run WHERE id = ?"),
                   { third->results().at(1).runId }),
             1);
}

void TestPullRunner::hubspotColumnsHoldThePropertiesSent()
{
    const DemoDataset data = demoData(60, 11);
    HubSpotSimulator simulator(data, {});
    QVERIFY(simulator.listen());
    QStringList companies;
    for (const DemoDataset::Customer &c : data.customers) {
        if (c.system == DemoDataset::Crm && c.status != QLatin1String("archived"))
            companies.append(c.externalId);
    }
    QVERIFY(companies.size() >= 2);
    // Text that JSON escapes, text beyond ASCII, a null, an empty string and a stage that is no
    // customer's: each column must hold what HubSpot sent, as Qt reads it.
    QVERIFY(simulator.store().update(
        QStringLiteral("companies"), companies.at(0),
        { { QStringLiteral("city"), QStringLiteral("Z\u00fcrich \"Nord\" \U0001F642") },
          { QStringLiteral("address"), QStringLiteral("Quai 1\\2\n\tHof") },
          { QStringLiteral("vat_number"), QJsonValue::Null },
          { QStringLiteral("phone"), QString() },
          { QStringLiteral("website"), QString() },
          { QStringLiteral("lifecyclestage"), QStringLiteral("lead") } }));
    MemoryCredentialStore store;
    const std::unique_ptr<HubSpotClient> client = hubspotClient(simulator, store);
    QVERIFY(client);
    PullRunner runner(m_cache->db(), m_system);
    runner.addSource(new HubSpotPullSource(client.get(), QStringLiteral("companies")));
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.results().at(0).counts.created, companies.size());

    const QList<QPair<QString, QString>> columns {
        { QStringLiteral("vat"), QStringLiteral("vat_number") },
        { QStringLiteral("phone"), QStringLiteral("phone") },
        { QStringLiteral("street"), QStringLiteral("address") },
        { QStringLiteral("postcode"), QStringLiteral("zip") },
        { QStringLiteral("city"), QStringLiteral("city") },
        { QStringLiteral("country"), QStringLiteral("country") },
    };
    QStringList wanted;
    for (const auto &column : columns)
        wanted.append(column.second);
    wanted << QStringLiteral("website") << QStringLiteral("domain") << QStringLiteral("lifecyclestage");
    for (const QString &id : std::as_const(companies)) {
        const QJsonObject sent = simulator.store()
                                     .read(QStringLiteral("companies"), id, wanted, {}, {})
                                     .body.value(QStringLiteral("properties"))
                                     .toObject();
        for (const auto &column : columns) {
            const QString sql =
                QStringLiteral("SELECT %1 FROM customer WHERE external_id = ? AND typeof(%1) = 'text'")
                    .arg(column.first);
            QCOMPARE(m_cache->scalar(sql, { id }).toString(), sent.value(column.second).toString());
        }
        const QString website = sent.value(QStringLiteral("website")).toString();
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT website FROM customer WHERE external_id = ?"), { id })
                     .toString(),
                 website.isEmpty() ? sent.value(QStringLiteral("domain")).toString() : website);
        const QStringList customerStages { QString(), QStringLiteral("customer"),
                                           QStringLiteral("evangelist"), QStringLiteral("other") };
        const bool customer =
            customerStages.contains(sent.value(QStringLiteral("lifecyclestage")).toString());
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT status FROM customer WHERE external_id = ?"), { id })
                     .toString(),
                 customer ? QStringLiteral("active") : QStringLiteral("not_customer"));
    }
    QCOMPARE(
        m_cache
            ->scalar(QStringLiteral("SELECT city FROM customer WHERE external_id = ?"), { companies.at(0) })
            .toString(),
        QStringLiteral("Z\u00fcrich \"Nord\" \U0001F642"));
}

QTEST_GUILESS_MAIN(TestPullRunner)
#include "tst_pullrunner.moc"
