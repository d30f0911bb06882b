// OdooClient against the Odoo simulator over real loopback HTTP: every method, every API style,
// every injected fault, the context and the error mapping.
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odoocommand.h"
#include "connectors/odoo/odooreply.h"
#include "connectors/odoo/odoovalue.h"
#include "sandbox/odoo/odooorm.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sandbox/odoo/odoostore.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace cw;

namespace {

using Api = OdooConnectionSettings::Api;
using Kind = OdooConnectionSettings::SecretKind;
using Fault = FaultInjector::Fault;

bool await(OdooReply *reply, int timeoutMs = 20000)
{
    if (!reply)
        return false;
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &OdooReply::finished);
    return spy.wait(timeoutMs);
}

// A domain of one term; `{ QJsonArray {...} }` would copy the term instead of wrapping it.
QJsonArray where(const QString &field, const QString &op, const QJsonValue &value)
{
    QJsonArray domain;
    domain.append(QJsonArray { field, op, value });
    return domain;
}

} // namespace

class TestOdooClient : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<OdooSimulator> m_simulator;
    std::unique_ptr<OdooClient> m_client;

    void startSimulator(int version, FaultSpec faults = {})
    {
        m_client.reset();
        m_clock = std::make_shared<ManualClock>(QDateTime(QDate(2025, 3, 14), QTime(9, 0), QTimeZone::utc()));
        OdooSimulatorOptions options;
        options.majorVersion = version;
        options.faults = faults;
        options.seed = 7;
        m_simulator = std::make_unique<OdooSimulator>(options, m_clock);
        QVERIFY(m_simulator->listen().ok());
    }

    OdooConnectionSettings settings(Api api = Api::Auto, Kind kind = Kind::ApiKey) const
    {
        OdooConnectionSettings s;
        s.url = m_simulator->url();
        s.database = m_simulator->options().database;
        s.login = m_simulator->options().login;
        s.secretKind = kind;
        s.secret = kind == Kind::ApiKey ? m_simulator->apiKey() : m_simulator->password();
        s.api = api;
        s.timeoutMs = 5000;
        return s;
    }

    OdooClient *client(Api api = Api::Auto, Kind kind = Kind::ApiKey)
    {
        m_client = std::make_unique<OdooClient>(settings(api, kind));
        return m_client.get();
    }

    OdooReply *done(OdooReply *reply)
    {
        [&] {
            QVERIFY(await(reply));
        }();
        return reply;
    }

    qint64 createPartner(OdooClient *c, const QString &name, const QJsonObject &extra = {})
    {
        QJsonObject values = extra;
        values.insert(QStringLiteral("name"), name);
        OdooReply *reply = done(c->create(QStringLiteral("res.partner"), values));
        return reply->ok() ? reply->id() : 0;
    }

private slots:
    void connects_data();
    void connects();
    void webSessionConnects();
    void refusesWrongSecret_data();
    void refusesWrongSecret();
    void refusesWrongDatabase();
    void failedConnectionFailsQueuedCalls();
    void searchWithOrderOffsetLimit();
    void searchReadKeysetPages();
    void searchReadNeedsFields();
    void searchCountAndRead();
    void createOneAndMany_data();
    void createOneAndMany();
    void writeAndUnlink();
    void fieldsGetWithAttributes();
    void nameSearchPairs();
    void loadUpsertsByExternalId();
    void loadErrorKeepsOdooMessage();
    void readGroupSums();
    void x2manyCommands();
    void workflowMethodAndBusinessRule();
    void missingRecordIsNotFound();
    void contextOnEveryCall();
    void invalidCompanyIsAccessError();
    void json2ErrorsMapped();
    void faultServerError();
    void faultRateLimitedHonoursRetryAfter();
    void faultTimeout();
    void faultMalformedBodyQuoted();
    void faultDropAfterCommit();
    void faultSerializationFailure();
    void faultLatency();
    void sessionExpiryReauthenticatesOnce();
    void abortCancels();
    void boundedConcurrency();
};

void TestOdooClient::connects_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expectedApi");
    QTest::newRow("16 key") << 16 << int(Kind::ApiKey) << int(Api::JsonRpc);
    QTest::newRow("17 key") << 17 << int(Kind::ApiKey) << int(Api::JsonRpc);
    QTest::newRow("18 password") << 18 << int(Kind::Password) << int(Api::JsonRpc);
    QTest::newRow("19 key") << 19 << int(Kind::ApiKey) << int(Api::Json2);
    QTest::newRow("19 password") << 19 << int(Kind::Password) << int(Api::JsonRpc);
}

void TestOdooClient::connects()
{
    QFETCH(int, version);
    QFETCH(int, kind);
    QFETCH(int, expectedApi);
    startSimulator(version);
    OdooClient *c = client(Api::Auto, Kind(kind));
    QSignalSpy connected(c, &OdooClient::connected);
    OdooReply *reply = done(c->connectToServer());
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(connected.count(), 1);
    QCOMPARE(c->version()->major(), version);
    QCOMPARE(int(c->api()), expectedApi);
    QCOMPARE(c->uid(), m_simulator->adminUid());
    QCOMPARE(c->context().value(QStringLiteral("lang")).toString(), QStringLiteral("en_US"));
    QCOMPARE(c->context().value(QStringLiteral("tz")).toString(), QStringLiteral("Europe/Brussels"));
    OdooReply *count = done(c->searchCount(QStringLiteral("res.company"), {}));
    QVERIFY2(count->ok(), qPrintable(count->error().toString()));
    QCOMPARE(count->count(), 2); // both companies of the admin
}

void TestOdooClient::webSessionConnects()
{
    startSimulator(17);
    OdooClient *c = client(Api::WebSession, Kind::Password);
    OdooReply *reply =
        done(c->search(QStringLiteral("res.users"),
                       where(QStringLiteral("login"), QStringLiteral("="), QStringLiteral("admin"))));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->ids(), QList<qint64> { 2 });
    QCOMPARE(c->api(), Api::WebSession);
}

void TestOdooClient::refusesWrongSecret_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("api");
    QTest::addColumn<int>("kind");
    QTest::newRow("jsonrpc key") << 17 << int(Api::JsonRpc) << int(Kind::ApiKey);
    QTest::newRow("json2 key") << 19 << int(Api::Json2) << int(Kind::ApiKey);
    QTest::newRow("session password") << 16 << int(Api::WebSession) << int(Kind::Password);
}

void TestOdooClient::refusesWrongSecret()
{
    QFETCH(int, version);
    QFETCH(int, api);
    QFETCH(int, kind);
    startSimulator(version);
    OdooConnectionSettings s = settings(Api(api), Kind(kind));
    s.secret = QStringLiteral("not-the-secret");
    m_client = std::make_unique<OdooClient>(s);
    OdooReply *reply = done(m_client->connectToServer());
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().category(), Error::Category::Auth);
    QVERIFY(!reply->error().isRetryable());
    QCOMPARE(reply->error().correlationId(), reply->correlationId());
}

void TestOdooClient::refusesWrongDatabase()
{
    startSimulator(17);
    OdooConnectionSettings s = settings();
    s.database = QStringLiteral("nope");
    m_client = std::make_unique<OdooClient>(s);
    OdooReply *reply = done(m_client->connectToServer());
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().category(), Error::Category::Config);
    QCOMPARE(reply->error().code(), QStringLiteral("odoo.OperationalError"));
}

void TestOdooClient::failedConnectionFailsQueuedCalls()
{
    startSimulator(17);
    OdooConnectionSettings s = settings();
    s.secret = QStringLiteral("wrong");
    m_client = std::make_unique<OdooClient>(s);
    OdooReply *first = m_client->search(QStringLiteral("res.partner"), {});
    OdooReply *second = m_client->searchCount(QStringLiteral("res.partner"), {});
    QVERIFY(await(first));
    QVERIFY(await(second));
    QCOMPARE(first->error().category(), Error::Category::Auth);
    QCOMPARE(second->error().category(), Error::Category::Auth);
    QVERIFY(!m_client->isConnected());
}

void TestOdooClient::searchWithOrderOffsetLimit()
{
    startSimulator(17);
    OdooClient *c = client();
    for (const char *name : { "Zeta", "Alpha", "Mu" })
        QVERIFY(createPartner(c, QString::fromLatin1(name),
                              { { QStringLiteral("ref"), QStringLiteral("order-test") } })
                > 0);
    const QJsonArray domain = where(QStringLiteral("ref"), QStringLiteral("="), QStringLiteral("order-test"));
    OdooReply *all = done(c->search(QStringLiteral("res.partner"), domain));
    OdooReply *byName = done(c->searchRead(QStringLiteral("res.partner"), domain, { QStringLiteral("name") },
                                           { 1, 1, QStringLiteral("name desc") }));
    QVERIFY(all->ok());
    QCOMPARE(all->ids().size(), 3);
    QVERIFY(byName->ok());
    QCOMPARE(byName->records().size(), 1);
    QCOMPARE(byName->records().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Mu"));
    OdooReply *defaultOrder =
        done(c->searchRead(QStringLiteral("res.partner"), domain, { QStringLiteral("name") }));
    QCOMPARE(defaultOrder->records().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Alpha"));
}

void TestOdooClient::searchReadKeysetPages()
{
    startSimulator(18);
    OdooClient *c = client();
    QJsonArray batch;
    for (int i = 0; i < 25; ++i)
        batch.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("Page %1").arg(i) },
                                   { QStringLiteral("ref"), QStringLiteral("page") } });
    QVERIFY(done(c->createMany(QStringLiteral("res.partner"), batch))->ok());
    const QJsonArray domain = where(QStringLiteral("ref"), QStringLiteral("="), QStringLiteral("page"));
    qint64 after = 0;
    QList<qint64> seen;
    int pages = 0;
    for (;;) {
        OdooReply *page = done(
            c->searchReadAfter(QStringLiteral("res.partner"), domain, { QStringLiteral("name") }, after, 10));
        QVERIFY2(page->ok(), qPrintable(page->error().toString()));
        const QJsonArray records = page->records();
        for (const QJsonValue &record : records) {
            const QJsonObject object = record.toObject();
            QCOMPARE(object.keys(), QStringList({ QStringLiteral("id"), QStringLiteral("name") }));
            seen.append(static_cast<qint64>(object.value(QStringLiteral("id")).toDouble()));
        }
        ++pages;
        if (records.size() < 10)
            break;
        after = seen.last();
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 25);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

void TestOdooClient::searchReadNeedsFields()
{
    startSimulator(17);
    OdooClient *c = client();
    OdooReply *reply = done(c->searchRead(QStringLiteral("res.partner"), {}, {}));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().code(), QStringLiteral("odoo.fields_missing"));
    QCOMPARE(c->requestCount(), 0);
}

void TestOdooClient::searchCountAndRead()
{
    startSimulator(16);
    OdooClient *c = client();
    const qint64 parent =
        createPartner(c, QStringLiteral("Parent Co"), { { QStringLiteral("is_company"), true } });
    const qint64 child = createPartner(c, QStringLiteral("Jane"),
                                       { { QStringLiteral("parent_id"), static_cast<double>(parent) } });
    OdooReply *read = done(c->read(QStringLiteral("res.partner"), { child, parent },
                                   { QStringLiteral("parent_id"), QStringLiteral("display_name"),
                                     QStringLiteral("email"), QStringLiteral("child_ids") }));
    QVERIFY2(read->ok(), qPrintable(read->error().toString()));
    const QJsonObject first = read->records().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), child);
    QCOMPARE(OdooValue::many2oneId(first.value(QStringLiteral("parent_id"))), std::optional<qint64>(parent));
    QCOMPARE(OdooValue::many2oneName(first.value(QStringLiteral("parent_id"))), QStringLiteral("Parent Co"));
    QCOMPARE(first.value(QStringLiteral("display_name")).toString(), QStringLiteral("Parent Co, Jane"));
    QCOMPARE(first.value(QStringLiteral("email")), QJsonValue(false));
    QCOMPARE(OdooValue::ids(read->records().at(1).toObject().value(QStringLiteral("child_ids"))),
             QList<qint64> { child });
    OdooReply *count = done(
        c->searchCount(QStringLiteral("res.partner"),
                       where(QStringLiteral("parent_id"), QStringLiteral("="), static_cast<double>(parent))));
    QCOMPARE(count->count(), 1);
}

void TestOdooClient::createOneAndMany_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("jsonrpc") << 17;
    QTest::newRow("json2") << 19;
}

void TestOdooClient::createOneAndMany()
{
    QFETCH(int, version);
    startSimulator(version);
    OdooClient *c = client();
    OdooReply *one = done(
        c->create(QStringLiteral("res.partner"), { { QStringLiteral("name"), QStringLiteral("Single") } }));
    QVERIFY2(one->ok(), qPrintable(one->error().toString()));
    QVERIFY(one->id() > 0);
    QJsonArray list;
    list.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("A") } });
    list.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("B") } });
    OdooReply *many = done(c->createMany(QStringLiteral("res.partner"), list));
    QVERIFY(many->ok());
    QCOMPARE(many->ids().size(), 2);
    QVERIFY(many->ids().first() > one->id());
    OdooReply *bad =
        done(c->createMany(QStringLiteral("res.partner"),
                           QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("ok") } },
                                        QJsonObject { { QStringLiteral("nonsense"), 1 } } }));
    QVERIFY(!bad->ok());
    QCOMPARE(bad->error().category(), Error::Category::Internal);
    OdooReply *count =
        done(c->searchCount(QStringLiteral("res.partner"),
                            where(QStringLiteral("name"), QStringLiteral("="), QStringLiteral("ok"))));
    QCOMPARE(count->count(), 0); // the list is one transaction
}

void TestOdooClient::writeAndUnlink()
{
    startSimulator(19);
    OdooClient *c = client();
    const qint64 id = createPartner(c, QStringLiteral("Before"));
    OdooReply *write = done(c->write(QStringLiteral("res.partner"), { id },
                                     { { QStringLiteral("name"), QStringLiteral("After") },
                                       { QStringLiteral("email"), OdooValue::text({}) } }));
    QVERIFY2(write->ok(), qPrintable(write->error().toString()));
    QCOMPARE(write->result(), QJsonValue(true));
    OdooReply *read = done(c->read(QStringLiteral("res.partner"), { id }, { QStringLiteral("name") }));
    QCOMPARE(read->records().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("After"));
    OdooReply *unlink = done(c->unlink(QStringLiteral("res.partner"), { id }));
    QVERIFY(unlink->ok());
    QCOMPARE(done(c->searchCount(QStringLiteral("res.partner"),
                                 where(QStringLiteral("id"), QStringLiteral("="), static_cast<double>(id))))
                 ->count(),
             0);
}

void TestOdooClient::fieldsGetWithAttributes()
{
    startSimulator(18);
    OdooClient *c = client();
    OdooReply *reply = done(c->fieldsGet(QStringLiteral("project.project"),
                                         { QStringLiteral("type"), QStringLiteral("relation") }));
    QVERIFY(reply->ok());
    const QJsonObject fields = reply->result().toObject();
    QCOMPARE(
        fields.value(QStringLiteral("account_id")).toObject().value(QStringLiteral("relation")).toString(),
        QStringLiteral("account.analytic.account"));
    QVERIFY(!fields.contains(QStringLiteral("analytic_account_id")));
    QCOMPARE(fields.value(QStringLiteral("name")).toObject().keys(), QStringList { QStringLiteral("type") });
}

void TestOdooClient::nameSearchPairs()
{
    startSimulator(17);
    OdooClient *c = client();
    const qint64 id = createPartner(c, QStringLiteral("Findable Widgets Ltd"));
    OdooReply *reply = done(c->nameSearch(QStringLiteral("res.partner"), QStringLiteral("findable")));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->records().size(), 1);
    QCOMPARE(reply->records().first().toArray().at(0).toInteger(), id);
    QCOMPARE(reply->records().first().toArray().at(1).toString(), QStringLiteral("Findable Widgets Ltd"));
}

void TestOdooClient::loadUpsertsByExternalId()
{
    startSimulator(17);
    OdooClient *c = client();
    const QStringList fields { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("country_id/id"),
                               QStringLiteral("parent_id/id") };
    OdooReply *first = done(c->load(
        QStringLiteral("res.partner"), fields,
        { { QStringLiteral("crosswalk.acme"), QStringLiteral("Acme"), QStringLiteral("base.de"), QString() },
          { QStringLiteral("crosswalk.acme_ap"), QStringLiteral("Accounts"), QString(),
            QStringLiteral("crosswalk.acme") } }));
    QVERIFY2(first->ok(), qPrintable(first->error().toString()));
    const QList<qint64> ids = first->ids();
    QCOMPARE(ids.size(), 2);
    OdooReply *again = done(c->load(QStringLiteral("res.partner"), fields,
                                    { { QStringLiteral("crosswalk.acme"), QStringLiteral("Acme GmbH"),
                                        QStringLiteral("base.de"), QString() } }));
    QVERIFY(again->ok());
    QCOMPARE(again->ids(), QList<qint64> { ids.first() });
    OdooReply *read =
        done(c->read(QStringLiteral("res.partner"), ids,
                     { QStringLiteral("name"), QStringLiteral("parent_id"), QStringLiteral("country_id") }));
    QCOMPARE(read->records().at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Acme GmbH"));
    QCOMPARE(OdooValue::many2oneName(read->records().at(0).toObject().value(QStringLiteral("country_id"))),
             QStringLiteral("Germany"));
    QCOMPARE(OdooValue::many2oneId(read->records().at(1).toObject().value(QStringLiteral("parent_id"))),
             std::optional<qint64>(ids.first()));
}

void TestOdooClient::loadErrorKeepsOdooMessage()
{
    startSimulator(17);
    OdooClient *c = client();
    OdooReply *reply =
        done(c->load(QStringLiteral("res.partner"),
                     { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parent_id/id") },
                     { { QStringLiteral("crosswalk.ok"), QStringLiteral("Fine"), QString() },
                       { QStringLiteral("crosswalk.bad"), QStringLiteral("Orphan"),
                         QStringLiteral("crosswalk.missing") } }));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().category(), Error::Category::Validation);
    QCOMPARE(reply->error().userMessage(),
             QStringLiteral(
                 "No matching record found for external id 'crosswalk.missing' in field 'Related Company'"));
    OdooReply *count =
        done(c->searchCount(QStringLiteral("res.partner"),
                            where(QStringLiteral("name"), QStringLiteral("="), QStringLiteral("Fine"))));
    QCOMPARE(count->count(), 0);
}

void TestOdooClient::readGroupSums()
{
    startSimulator(17);
    OdooClient *c = client();
    const qint64 a = createPartner(c, QStringLiteral("Group A"));
    const qint64 b = createPartner(c, QStringLiteral("Group B"));
    QJsonArray leads;
    for (const auto &[partner, revenue] :
         { std::pair { a, 100.0 }, std::pair { a, 50.0 }, std::pair { b, 10.0 } }) {
        leads.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("Deal") },
                                   { QStringLiteral("partner_id"), static_cast<double>(partner) },
                                   { QStringLiteral("expected_revenue"), revenue } });
    }
    QVERIFY(done(c->createMany(QStringLiteral("crm.lead"), leads))->ok());
    OdooReply *reply =
        done(c->readGroup(QStringLiteral("crm.lead"), {}, { QStringLiteral("expected_revenue:sum") },
                          { QStringLiteral("partner_id") }));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    const QJsonArray groups = reply->records();
    QCOMPARE(groups.size(), 2);
    const QJsonObject first = groups.at(0).toObject();
    QCOMPARE(OdooValue::many2oneName(first.value(QStringLiteral("partner_id"))), QStringLiteral("Group A"));
    QCOMPARE(first.value(QStringLiteral("expected_revenue")).toDouble(), 150.0);
    QCOMPARE(first.value(QStringLiteral("partner_id_count")).toInt(), 2);
    QVERIFY(first.contains(QStringLiteral("__domain")));
}

void TestOdooClient::x2manyCommands()
{
    startSimulator(17);
    OdooClient *c = client();
    const qint64 partner = createPartner(c, QStringLiteral("Invoiced Co"));
    const QJsonObject line { { QStringLiteral("name"), QStringLiteral("Consulting") },
                             { QStringLiteral("quantity"), 2 },
                             { QStringLiteral("price_unit"), 100 } };
    OdooReply *move =
        done(c->create(QStringLiteral("account.move"),
                       { { QStringLiteral("move_type"), QStringLiteral("out_invoice") },
                         { QStringLiteral("partner_id"), static_cast<double>(partner) },
                         { QStringLiteral("invoice_line_ids"),
                           OdooCommand::list({ OdooCommand::create(line), OdooCommand::create(line) }) } }));
    QVERIFY2(move->ok(), qPrintable(move->error().toString()));
    OdooReply *read = done(c->read(QStringLiteral("account.move"), { move->id() },
                                   { QStringLiteral("invoice_line_ids"), QStringLiteral("amount_untaxed") }));
    const QList<qint64> lines =
        OdooValue::ids(read->records().first().toObject().value(QStringLiteral("invoice_line_ids")));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(read->records().first().toObject().value(QStringLiteral("amount_untaxed")).toDouble(), 400.0);
    QVERIFY(done(c->write(
                     QStringLiteral("account.move"), { move->id() },
                     { { QStringLiteral("invoice_line_ids"),
                         OdooCommand::list({ OdooCommand::remove(lines.first()),
                                             OdooCommand::update(
                                                 lines.last(), { { QStringLiteral("quantity"), 5 } }) }) } }))
                ->ok());
    read = done(c->read(QStringLiteral("account.move"), { move->id() },
                        { QStringLiteral("invoice_line_ids"), QStringLiteral("amount_untaxed") }));
    QCOMPARE(OdooValue::ids(read->records().first().toObject().value(QStringLiteral("invoice_line_ids"))),
             QList<qint64> { lines.last() });
    QCOMPARE(read->records().first().toObject().value(QStringLiteral("amount_untaxed")).toDouble(), 500.0);
}

void TestOdooClient::workflowMethodAndBusinessRule()
{
    startSimulator(17);
    OdooClient *c = client();
    const qint64 partner = createPartner(c, QStringLiteral("Rule Co"));
    OdooReply *move = done(c->create(
        QStringLiteral("account.move"),
        { { QStringLiteral("move_type"), QStringLiteral("out_invoice") },
          { QStringLiteral("partner_id"), static_cast<double>(partner) },
          { QStringLiteral("invoice_date"), OdooValue::date(QDate(2025, 3, 1)) },
          { QStringLiteral("invoice_line_ids"),
            OdooCommand::list({ OdooCommand::create({ { QStringLiteral("name"), QStringLiteral("x") },
                                                      { QStringLiteral("price_unit"), 10 } }) }) } }));
    QVERIFY(move->ok());
    OdooReply *post =
        done(c->callMethod(QStringLiteral("account.move"), QStringLiteral("action_post"), { move->id() }));
    QVERIFY2(post->ok(), qPrintable(post->error().toString()));
    OdooReply *read = done(c->read(QStringLiteral("account.move"), { move->id() },
                                   { QStringLiteral("name"), QStringLiteral("state") }));
    QCOMPARE(read->records().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("INV/2025/00001"));
    OdooReply *unlink = done(c->unlink(QStringLiteral("account.move"), { move->id() }));
    QVERIFY(!unlink->ok());
    QCOMPARE(unlink->error().category(), Error::Category::Validation);
    QCOMPARE(unlink->error().userMessage(),
             QStringLiteral("You cannot delete an entry which has been posted once."));
    QCOMPARE(unlink->error().code(), QStringLiteral("odoo.UserError"));
    QVERIFY(unlink->error().detail().contains(QStringLiteral("odoo.exceptions.UserError")));
}

void TestOdooClient::missingRecordIsNotFound()
{
    startSimulator(17);
    OdooClient *c = client();
    OdooReply *reply = done(c->write(QStringLiteral("res.partner"), { 999999 },
                                     { { QStringLiteral("name"), QStringLiteral("x") } }));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().category(), Error::Category::NotFound);
    QCOMPARE(reply->error().code(), QStringLiteral("odoo.MissingError"));
}

void TestOdooClient::contextOnEveryCall()
{
    startSimulator(17);
    OdooConnectionSettings s = settings();
    s.lang = QStringLiteral("de_DE");
    s.companyIds = { 2 };
    m_client = std::make_unique<OdooClient>(s);
    OdooClient *c = m_client.get();
    OdooReply *product = done(
        c->searchRead(QStringLiteral("product.product"),
                      where(QStringLiteral("default_code"), QStringLiteral("="), QStringLiteral("CONS-TM")),
                      { QStringLiteral("name") }));
    QVERIFY2(product->ok(), qPrintable(product->error().toString()));
    QCOMPARE(product->records().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Beratung (nach Aufwand)"));
    OdooReply *project = done(c->create(QStringLiteral("project.project"),
                                        { { QStringLiteral("name"), QStringLiteral("Second company") } }));
    QVERIFY(project->ok());
    OdooReply *company =
        done(c->read(QStringLiteral("project.project"), { project->id() }, { QStringLiteral("company_id") }));
    QCOMPARE(OdooValue::many2oneId(company->records().first().toObject().value(QStringLiteral("company_id"))),
             std::optional<qint64>(2));
    const qint64 archived =
        createPartner(c, QStringLiteral("Archived Partner"), { { QStringLiteral("active"), false } });
    const QJsonArray byName =
        where(QStringLiteral("name"), QStringLiteral("="), QStringLiteral("Archived Partner"));
    QCOMPARE(done(c->search(QStringLiteral("res.partner"), byName))->ids(), QList<qint64>());
    OdooCallOptions archivedToo;
    archivedToo.includeArchived = true;
    QCOMPARE(done(c->search(QStringLiteral("res.partner"), byName, {}, archivedToo))->ids(),
             QList<qint64> { archived });
}

void TestOdooClient::invalidCompanyIsAccessError()
{
    startSimulator(17);
    OdooConnectionSettings s = settings();
    s.companyIds = { 42 };
    m_client = std::make_unique<OdooClient>(s);
    OdooReply *reply = done(m_client->searchCount(QStringLiteral("res.partner"), {}));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().category(), Error::Category::Auth);
    QCOMPARE(reply->error().code(), QStringLiteral("odoo.AccessError"));
}

void TestOdooClient::json2ErrorsMapped()
{
    startSimulator(19);
    OdooClient *c = client();
    OdooReply *missing = done(c->read(QStringLiteral("res.partner"), { 424242 }, { QStringLiteral("name") }));
    QCOMPARE(missing->error().category(), Error::Category::NotFound);
    OdooReply *invalid = done(c->create(QStringLiteral("res.partner"),
                                        { { QStringLiteral("type"), QStringLiteral("bogus") },
                                          { QStringLiteral("name"), QStringLiteral("x") } }));
    QCOMPARE(invalid->error().category(), Error::Category::Internal);
    QVERIFY(invalid->error().detail().contains(QStringLiteral("HTTP 500")));
    OdooReply *project = done(c->create(QStringLiteral("project.project"),
                                        { { QStringLiteral("name"), QStringLiteral("Timesheets") } }));
    QVERIFY(project->ok());
    OdooReply *rule =
        done(c->create(QStringLiteral("account.analytic.line"),
                       { { QStringLiteral("name"), QStringLiteral("t") },
                         { QStringLiteral("project_id"), static_cast<double>(project->id()) } }));
    QCOMPARE(rule->error().category(), Error::Category::Validation);
    QCOMPARE(rule->error().userMessage(),
             QStringLiteral("Timesheets must be created with an active employee in the selected companies."));
    OdooReply *unknownModel = done(c->searchCount(QStringLiteral("no.such.model"), {}));
    QCOMPARE(unknownModel->error().category(), Error::Category::Config);
}

void TestOdooClient::faultServerError()
{
    startSimulator(17);
    OdooClient *c = client();
    QVERIFY(done(c->connectToServer())->ok());
    m_simulator->faults().force(Fault::ServerError, 3, QStringLiteral("search_count"));
    for (int i = 0; i < 3; ++i) {
        OdooReply *reply = done(c->searchCount(QStringLiteral("res.partner"), {}));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().category(), Error::Category::Network);
        QVERIFY(reply->error().isRetryable());
        QVERIFY(QStringList(
                    { QStringLiteral("http.502"), QStringLiteral("http.503"), QStringLiteral("http.504") })
                    .contains(reply->error().code()));
    }
    QVERIFY(done(c->searchCount(QStringLiteral("res.partner"), {}))->ok());
}

void TestOdooClient::faultRateLimitedHonoursRetryAfter()
{
    FaultSpec spec;
    spec.retryAfterS = 7;
    startSimulator(17, spec);
    OdooClient *c = client();
    QVERIFY(done(c->connectToServer())->ok());
    m_simulator->faults().force(Fault::RateLimited);
    OdooReply *reply = done(c->searchCount(QStringLiteral("res.partner"), {}));
    QCOMPARE(reply->error().category(), Error::Category::RateLimited);
    QVERIFY(reply->error().isRetryable());
    QCOMPARE(reply->retryAfterMs(), std::optional<qint64>(7000));
}

void TestOdooClient::faultTimeout()
{
    startSimulator(17);
    OdooConnectionSettings s = settings();
    s.timeoutMs = 400;
    m_client = std::make_unique<OdooClient>(s);
    QVERIFY(done(m_client->connectToServer())->ok());
    m_simulator->faults().force(Fault::Timeout);
    OdooReply *reply = done(m_client->searchCount(QStringLiteral("res.partner"), {}));
    QCOMPARE(reply->error().category(), Error::Category::Timeout);
    QCOMPARE(reply->error().code(), QStringLiteral("net.timeout"));
    QVERIFY(reply->error().isRetryable());
    QVERIFY(done(m_client->searchCount(QStringLiteral("res.partner"), {}))->ok());
}

void TestOdooClient::faultMalformedBodyQuoted()
{
    startSimulator(17);
    OdooClient *c = client();
    QVERIFY(done(c->connectToServer())->ok());
    m_simulator->faults().force(Fault::Malformed);
    OdooReply *reply =
        done(c->searchRead(QStringLiteral("res.partner"), {}, { QStringLiteral("name") }, { 0, 5, {} }));
    QCOMPARE(reply->error().code(), QStringLiteral("net.not_json"));
    QVERIFY(reply->error().isRetryable());
    QVERIFY(reply->error().detail().contains(QStringLiteral("{\"id\":")));
}

void TestOdooClient::faultDropAfterCommit()
{
    startSimulator(17);
    OdooClient *c = client();
    QVERIFY(done(c->connectToServer())->ok());
    m_simulator->faults().force(Fault::DropAfterCommit, 1, QStringLiteral("create"));
    OdooReply *reply = done(c->create(QStringLiteral("res.partner"),
                                      { { QStringLiteral("name"), QStringLiteral("Landed anyway") } }));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().code(), QStringLiteral("net.connection_dropped"));
    QVERIFY(reply->error().isRetryable());
    OdooReply *count = done(
        c->searchCount(QStringLiteral("res.partner"),
                       where(QStringLiteral("name"), QStringLiteral("="), QStringLiteral("Landed anyway"))));
    QCOMPARE(count->count(), 1);
}

void TestOdooClient::faultSerializationFailure()
{
    startSimulator(16);
    OdooClient *c = client();
    QVERIFY(done(c->connectToServer())->ok());
    m_simulator->faults().force(Fault::SerializationFailure, 1, QStringLiteral("write"));
    const qint64 id = createPartner(c, QStringLiteral("Contended"));
    OdooReply *reply = done(c->write(QStringLiteral("res.partner"), { id },
                                     { { QStringLiteral("name"), QStringLiteral("Changed") } }));
    QCOMPARE(reply->error().category(), Error::Category::Conflict);
    QCOMPARE(reply->error().code(), QStringLiteral("odoo.SerializationFailure"));
    QVERIFY(reply->error().isRetryable());
    OdooReply *read = done(c->read(QStringLiteral("res.partner"), { id }, { QStringLiteral("name") }));
    QCOMPARE(read->records().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Contended"));
}

void TestOdooClient::faultLatency()
{
    FaultSpec spec;
    spec.latencyMs = 60;
    startSimulator(17, spec);
    OdooClient *c = client();
    OdooReply *reply = done(c->searchCount(QStringLiteral("res.partner"), {}));
    QVERIFY(reply->ok());
}

void TestOdooClient::sessionExpiryReauthenticatesOnce()
{
    FaultSpec spec;
    spec.sessionTtlS = 30;
    startSimulator(17, spec);
    OdooClient *c = client(Api::WebSession, Kind::Password);
    QVERIFY(done(c->connectToServer())->ok());
    const qint64 before = c->requestCount();
    m_clock->advance(31 * 1000);
    OdooReply *first = c->searchCount(QStringLiteral("res.partner"), {});
    OdooReply *second = c->searchCount(QStringLiteral("res.company"), {});
    QVERIFY(await(first));
    QVERIFY(await(second));
    QVERIFY2(first->ok(), qPrintable(first->error().toString()));
    QVERIFY2(second->ok(), qPrintable(second->error().toString()));
    QCOMPARE(first->attempts(), 2);
    QCOMPARE(second->attempts(), 2);
    QCOMPARE(c->requestCount() - before, 5); // two expired calls, one login, two replays
    m_simulator->expireSessions(); // a logout elsewhere
    OdooReply *third = done(c->searchCount(QStringLiteral("res.partner"), {}));
    QVERIFY(third->ok());
    QCOMPARE(third->attempts(), 2);
}

void TestOdooClient::abortCancels()
{
    startSimulator(17);
    OdooClient *c = client();
    QVERIFY(done(c->connectToServer())->ok());
    m_simulator->faults().force(Fault::Timeout);
    OdooReply *reply = c->searchCount(QStringLiteral("res.partner"), {});
    QTRY_COMPARE(m_simulator->requestCount(), c->requestCount());
    reply->abort();
    QVERIFY(await(reply));
    QCOMPARE(reply->error().code(), QStringLiteral("net.cancelled"));
    QVERIFY(!reply->error().isRetryable());
}

void TestOdooClient::boundedConcurrency()
{
    startSimulator(17);
    OdooConnectionSettings s = settings();
    s.maxConcurrent = 2;
    // Why so long: the two stalled calls must still be waiting when the check below runs, after
    // the wait for them to arrive and 300 ms more, on a machine a parallel build may be slowing.
    s.timeoutMs = 5000;
    m_client = std::make_unique<OdooClient>(s);
    QVERIFY(done(m_client->connectToServer())->ok());
    const qint64 base = m_simulator->requestCount();
    m_simulator->faults().force(Fault::Timeout, 2);
    QList<OdooReply *> replies;
    for (int i = 0; i < 5; ++i)
        replies.append(m_client->searchCount(QStringLiteral("res.partner"), {}));
    QTRY_COMPARE(m_simulator->requestCount(), base + 2);
    QTest::qWait(300);
    QCOMPARE(m_simulator->requestCount(), base + 2); // the other three wait in the client
    for (OdooReply *reply : replies)
        QVERIFY(await(reply));
    QCOMPARE(m_simulator->requestCount(), base + 5);
    QCOMPARE(replies.at(0)->error().category(), Error::Category::Timeout);
    QVERIFY(replies.at(4)->ok());
}

QTEST_GUILESS_MAIN(TestOdooClient)
#include "tst_odooclient.moc"
