// HubSpotPageReader: the envelopes, properties, associations and paging of a HubSpot page, and
// each envelope's raw text byte for byte what QJsonDocument::toJson(Compact) writes for it without
// its associations, whatever the order of keys, blanks, escapes and numbers the server sent.
#include "connectors/hubspot/hubspotpagereader.h"
#include "randomjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cw;
using cw::test::RandomJson;

namespace {

/// What the cache has always stored for an envelope: Qt's compact text without associations.
QByteArray qtRaw(const QByteArray &envelope)
{
    QJsonObject object = QJsonDocument::fromJson(envelope).object();
    object.remove(QStringLiteral("associations"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray pageOf(const QList<QByteArray> &envelopes)
{
    return "{\"results\": [" + envelopes.join(",\n ") + "], \"paging\": {\"next\": {\"after\": \"42\"}}}";
}

} // namespace

class TestHubSpotPageReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEnvelopesAndPaging();
    void rawIsWhatQtWrites_data();
    void rawIsWhatQtWrites();
    void randomEnvelopesMatchQt();
    void elementThatIsNoObjectIsAnEmptyEnvelope();
    void propertiesReadAsQJsonObjectReadsThem();
    void refusesWhatIsNoPage_data();
    void refusesWhatIsNoPage();
};

void TestHubSpotPageReader::readsEnvelopesAndPaging()
{
    const QByteArray body = R"({"total": 2, "results": [
        {"id": "7", "properties": {"name": "Caf\u00e9 \"Zur Post\" \ud83d\ude00", "phone": null, "employees": 12,
         "hs_lastmodifieddate": "2026-01-02T03:04:05.678Z"},
         "associations": {"companies": {"results": [{"id": "90", "type": "contact_to_company_unlabeled"},
                                                    {"id": "91", "type": "contact_to_company"}]}},
         "archived": true, "archivedAt": "2026-02-01T00:00:00Z", "createdAt": "2025-01-01T00:00:00Z",
         "updatedAt": "2026-01-02T03:04:05.678Z"},
        {"archived": false, "id": "8", "properties": {}}
    ], "paging": {"next": {"link": "?after=abc", "after": "abc"}}})";
    HubSpotPageReader reader;
    const std::optional<HubSpotPage> page = reader.read(body);
    QVERIFY(page);
    QCOMPARE(page->total, 2);
    QCOMPARE(page->nextAfter, QStringLiteral("abc"));
    QCOMPARE(page->results.size(), 2);
    const HubSpotObject &first = page->results.at(0);
    QCOMPARE(first.id, QStringLiteral("7"));
    QVERIFY(first.archived);
    QCOMPARE(first.archivedAt, QStringLiteral("2026-02-01T00:00:00Z"));
    QCOMPARE(first.createdAt, QStringLiteral("2025-01-01T00:00:00Z"));
    QCOMPARE(first.updatedAt, QStringLiteral("2026-01-02T03:04:05.678Z"));
    QCOMPARE(first.property(QLatin1StringView("name")), QStringLiteral("Café \"Zur Post\" 😀"));
    QCOMPARE(first.property(QLatin1StringView("phone")), QString());
    QCOMPARE(first.property(QLatin1StringView("employees")), QStringLiteral("12"));
    QCOMPARE(first.property(QLatin1StringView("missing")), QString());
    QCOMPARE(first.associations.size(), 2);
    QCOMPARE(first.associations.at(1).toType, QStringLiteral("companies"));
    QCOMPARE(first.associations.at(1).id, QStringLiteral("91"));
    QCOMPARE(first.associations.at(1).type, QStringLiteral("contact_to_company"));
    const qsizetype start = body.indexOf("{\"id\": \"7\"");
    QCOMPARE(first.raw, qtRaw(body.mid(start, body.indexOf("},\n        {\"archived\"") + 1 - start)));
    QVERIFY(!first.raw.contains("associations"));
    QCOMPARE(page->results.at(1).id, QStringLiteral("8"));
    QVERIFY(!page->results.at(1).archived);
    QCOMPARE(page->results.at(1).raw, QByteArray(R"({"archived":false,"id":"8","properties":{}})"));
}

void TestHubSpotPageReader::propertiesReadAsQJsonObjectReadsThem()
{
    // Envelopes listing their properties in different orders and a name sent twice: the reader
    // remembers names by position, which must never give one property another's value.
    const QByteArray body = pageOf({ R"({"id":"1","properties":{"a":"1","b":"2","c":"3"}})",
                                     R"({"id":"2","properties":{"c":"x","a":"y"}})",
                                     R"({"id":"3","properties":{"a":"first","b":null,"a":"last"}})",
                                     R"({"id":"4","properties":{"ab":"4","b":"5"},"id":"5"})" });
    HubSpotPageReader reader;
    const std::optional<HubSpotPage> read = reader.read(body);
    QVERIFY(read);
    const QJsonArray results =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("results")).toArray();
    QCOMPARE(read->results.size(), results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject envelope = results.at(i).toObject();
        const QJsonObject properties = envelope.value(QStringLiteral("properties")).toObject();
        const HubSpotObject &object = read->results.at(i);
        QCOMPARE(object.id, envelope.value(QStringLiteral("id")).toString());
        for (const char *name : { "a", "b", "c", "ab" })
            QCOMPARE(object.property(QLatin1StringView(name)),
                     properties.value(QLatin1StringView(name)).toString());
    }
}

void TestHubSpotPageReader::rawIsWhatQtWrites_data()
{
    QTest::addColumn<QByteArray>("envelope");
    QTest::newRow("sorted and compact")
        << QByteArray(R"({"archived":false,"id":"1","properties":{"a":"x","b":null}})");
    QTest::newRow("unsorted with blanks") << QByteArray(
        "{ \"properties\" : { \"zip\": \"1\" , \"city\":\"B\" },\n\t\"id\": \"1\", \"archived\": false }");
    QTest::newRow("associations first")
        << QByteArray(R"({"associations":{"companies":{"results":[]}},"id":"1"})");
    QTest::newRow("associations last") << QByteArray(R"({"id":"1","associations":{}})");
    QTest::newRow("escapes Qt rewrites") << QByteArray(R"({"id":"\u0041\/","properties":{"n":"a\u00e9\n"}})");
    QTest::newRow("numbers Qt rewrites")
        << QByteArray(R"({"id":1.50,"properties":{"n":1e3,"m":-0,"k":12345678901234567890}})");
    QTest::newRow("key with escape") << QByteArray(R"({"i\u0064":"1","properties":{}})");
    QTest::newRow("non-ASCII key") << QByteArray(
        "{\"id\":\"1\",\"properties\":{\"caf\xc3\xa9\":\"x\",\"b\":\"y\"}}");
    QTest::newRow("duplicate key") << QByteArray(R"({"id":"1","id":"2"})");
    QTest::newRow("duplicate property") << QByteArray(R"({"id":"1","properties":{"a":"1","a":"2"}})");
    QTest::newRow("nested unknown member")
        << QByteArray(R"({"id":"1","propertiesWithHistory":{"b":[{"value":"x"}],"a":1}})");
    QTest::newRow("properties not an object") << QByteArray(R"({"id":"1","properties":[1,2]})");
    QTest::newRow("empty envelope") << QByteArray("{}");
}

void TestHubSpotPageReader::rawIsWhatQtWrites()
{
    QFETCH(QByteArray, envelope);
    HubSpotPageReader reader;
    const std::optional<HubSpotPage> page = reader.read(pageOf({ envelope }));
    QVERIFY(page);
    QCOMPARE(page->results.size(), 1);
    QCOMPARE(page->results.first().raw, qtRaw(envelope));
}

void TestHubSpotPageReader::randomEnvelopesMatchQt()
{
    // Envelopes in every shape a server might send, a page of them at a time, through one reader
    // (its buffers are reused between pages).
    RandomJson random(20261128);
    HubSpotPageReader reader;
    for (int round = 0; round < 40; ++round) {
        QList<QByteArray> envelopes;
        for (int i = 0; i < 25; ++i) {
            QList<QByteArray> members { "\"id\":" + random.blank() + random.string(),
                                        "\"archived\":" + QByteArray(random.bounded(2) ? "true" : "false"),
                                        "\"properties\":" + random.blank() + random.object(1),
                                        "\"updatedAt\":" + random.string() };
            if (random.bounded(3) == 0)
                members << "\"associations\":" + random.object(1);
            if (random.bounded(4) == 0)
                members << random.key() + ':' + random.value(1);
            for (qsizetype j = members.size() - 1; j > 0; --j)
                members.swapItemsAt(j, qsizetype(random.bounded(quint32(j + 1))));
            envelopes << '{' + random.blank() + members.join(',' + random.blank()) + random.blank() + '}';
        }
        const std::optional<HubSpotPage> page = reader.read(pageOf(envelopes));
        QVERIFY(page);
        QCOMPARE(page->results.size(), envelopes.size());
        for (qsizetype i = 0; i < envelopes.size(); ++i)
            QCOMPARE(page->results.at(i).raw, qtRaw(envelopes.at(i)));
    }
}

void TestHubSpotPageReader::elementThatIsNoObjectIsAnEmptyEnvelope()
{
    HubSpotPageReader reader;
    const std::optional<HubSpotPage> page = reader.read(R"({"results":[7,{"id":"1"}]})");
    QVERIFY(page);
    QCOMPARE(page->results.size(), 2);
    QVERIFY(page->results.first().id.isEmpty());
    QCOMPARE(page->results.first().raw, QByteArray("{}"));
    QCOMPARE(page->results.at(1).id, QStringLiteral("1"));
    QVERIFY(page->nextAfter.isEmpty());
    QCOMPARE(page->total, -1);
}

void TestHubSpotPageReader::refusesWhatIsNoPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"results":[{"id":"1","properties":{"name":"A)");
    QTest::newRow("trailing text") << QByteArray(R"({"results":[]} and more)");
    QTest::newRow("two documents") << QByteArray(R"({"results":[]}{"results":[]})");
    QTest::newRow("array") << QByteArray(R"([{"id":"1"}])");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"results\":[{\"id\":\"\xff\xfe\"}]}");
    QTest::newRow("missing comma") << QByteArray(R"({"results":[{"id":"1" "archived":false}]})");
    // Members the reader does not look into are checked all the same.
    QTest::newRow("bad array in a property")
        << QByteArray(R"({"results":[{"id":"1","properties":{"a":[1,{"b"5 2}]}}]})");
    QTest::newRow("bad literal in an unknown member")
        << QByteArray(R"({"results":[{"id":"1","x":{"y":tru}}]})");
    QTest::newRow("bad array at the top") << QByteArray(R"({"zz":[1,,2],"results":[]})");
    QTest::newRow("control character in a string") << QByteArray("{\"results\":[{\"id\":\"1\x01\"}]}");
}

void TestHubSpotPageReader::refusesWhatIsNoPage()
{
    QFETCH(QByteArray, body);
    HubSpotPageReader reader;
    QVERIFY(!reader.read(body));
    // The reader stays usable after a refusal.
    QVERIFY(reader.read(R"({"results":[]})"));
}

QTEST_GUILESS_MAIN(TestHubSpotPageReader)
#include "tst_hubspotpagereader.moc"
