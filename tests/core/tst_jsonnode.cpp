// JsonNode: values read as QJsonValue reads them, and compact text byte for byte what
// QJsonDocument::toJson(Compact) writes for the same document.
#include "connectors/jsonnode.h"
#include "randomjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cw;
using cw::test::RandomJson;

namespace {

/// What Qt writes for the value @p text, any value (QJsonDocument itself reads only containers).
QByteArray qtCompact(const QByteArray &text)
{
    const QByteArray wrapped = QJsonDocument::fromJson('[' + text + ']').toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

JsonNode parsed(const QByteArray &text)
{
    const std::optional<JsonNode> node = JsonNode::parse(text);
    if (!node)
        qFatal("not JSON: %s", text.constData());
    return *node;
}

} // namespace

class TestJsonNode : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
    void refusesWhatIsNotJson_data();
    void refusesWhatIsNotJson();
    void randomDocumentsMatchQt();
    void everyEscapeAtEveryPlace();
    void leavesOutOnlyTheTopLevelKey();
    void readsValuesAsQJsonValueDoes_data();
    void readsValuesAsQJsonValueDoes();
    void lastOfARepeatedKeyCounts();
    void membersOfWhatIsNoObjectAreAbsent();
    void elementsInOrder();
    void forEachMemberVisitsWhatMembersLists();
    void nodesKeepTheirDocument();
    void parsesAgainAfterAHugeDocument();
};

void TestJsonNode::writesWhatQtWrites_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("sorted already") << QByteArray(R"({"a":1,"b":"x","c":[true,false,null]})");
    QTest::newRow("keys out of order") << QByteArray(R"({"z":1,"id":7,"a":{"y":2,"b":3}})");
    QTest::newRow("blanks") << QByteArray(" {\n  \"b\" : [ 1 , 2 ] ,\t\"a\":{ } , \"c\" : [ ] }\r\n");
    QTest::newRow("prefix keys") << QByteArray(R"({"ab":1,"a":2,"abc":3,"B":4})");
    QTest::newRow("plain escapes") << QByteArray(R"({"s":"say \"hi\"\\ \n\t\r\b\f"})");
    QTest::newRow("non-ASCII text") << QByteArray("{\"a\":\"caf\xc3\xa9 \xf0\x9f\x98\x80 \xef\xbf\xbe\"}");
    QTest::newRow("escaped slash") << QByteArray(R"({"url":"http:\/\/example.com\/x"})");
    QTest::newRow("unicode escapes") << QByteArray(R"({"a":"\u00e9 \ud83d\ude00 \u0001 \u001F \u007f"})");
    QTest::newRow("integers") << QByteArray(R"([0,-0,7,-12,123456789012345678,9223372036854775807])");
    QTest::newRow("integer past qint64") << QByteArray("[9223372036854775808,18446744073709551615]");
    QTest::newRow("decimals") << QByteArray("[85.5,85.50,1.0,100.25,0.1,-2.5e-3,1E3,1e21,5e-324]");
    QTest::newRow("whole decimals") << QByteArray(
        "[1e15,9.2e18,9.3e18,1e19,9007199254740993.0,-1e15,1.5e15]");
    QTest::newRow("negative zeros") << QByteArray("[-0,-0.0,-0e5,0.0]");
    QTest::newRow("epoch ms") << QByteArray(R"({"dateLastModified":1712345678901})");
    QTest::newRow("non-ASCII keys") << QByteArray(
        "{\"caf\xc3\xa9\":1,\"cafe\":2,\"\xef\xbd\x81\":3,\"\xf0\x9f\x98\x80\":4}");
    QTest::newRow("escaped keys") << QByteArray(R"({"a\"b":1,"a\\b":2,"a\nb":3,"ab":4})");
    QTest::newRow("key twice") << QByteArray(R"({"a":1,"b":2,"a":3})");
    QTest::newRow("key twice in a row") << QByteArray(R"({"a":1,"a":3})");
    QTest::newRow("out of order after nested") << QByteArray(R"({"a":{"x":[1,{"y":2}]},"c":"s","b":3})");
    QTest::newRow("non-ASCII key after sorted") << QByteArray("{\"a\":1,\"b\":2,\"\xc3\xa9\":3}");
    QTest::newRow("nested declined") << QByteArray(R"({"z":{"k":"\u0002"},"a":[1,{"b":-0.0}]})");
    QTest::newRow("top-level array") << QByteArray(R"([{"b":1,"a":2},"x"])");
    QTest::newRow("scalar") << QByteArray("\"text\"");
    QTest::newRow("literal") << QByteArray("true");
}

void TestJsonNode::writesWhatQtWrites()
{
    QFETCH(QByteArray, text);
    const QByteArray expected = qtCompact(text);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(parsed(text).compact(), expected);
}

void TestJsonNode::refusesWhatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"caf\xc3\"}");
    QTest::newRow("lone surrogate") << QByteArray(R"(["\ud800"])");
    QTest::newRow("number out of range") << QByteArray("[1e400]");
    QTest::newRow("integer past 64 bits") << QByteArray("[123456789012345678901234567890]");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("bare dot") << QByteArray("[1.]");
    QTest::newRow("unterminated") << QByteArray(R"({"a":1)");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("trailing text") << QByteArray("{} x");
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]");
    QTest::newRow("unknown escape") << QByteArray(R"(["\q"])");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n");
    QTest::newRow("HTML") << QByteArray("<html>data</html>");
}

void TestJsonNode::refusesWhatIsNotJson()
{
    QFETCH(QByteArray, text);
    QVERIFY(!JsonNode::parse(text));
}

void TestJsonNode::randomDocumentsMatchQt()
{
    RandomJson random(20261127);
    int written = 0;
    int refusedOnlyHere = 0;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray text = i % 2 ? random.object(0) : '[' + random.value(0) + ']';
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        const std::optional<JsonNode> node = JsonNode::parse(text);
        if (error.error != QJsonParseError::NoError) {
            QVERIFY2(!node, text.constData());
            continue;
        }
        if (!node) {
            // JSON forbids what Qt lets through (raw control characters, unknown escapes).
            ++refusedOnlyHere;
            continue;
        }
        QCOMPARE(node->compact(), document.toJson(QJsonDocument::Compact));
        ++written;
    }
    QVERIFY2(written > 15000, QByteArray::number(written).constData());
    QVERIFY2(refusedOnlyHere < 2000, QByteArray::number(refusedOnlyHere).constData());
}

void TestJsonNode::everyEscapeAtEveryPlace()
{
    // The text is tested eight bytes at a time: each escape at each place of a word and of the
    // tail, in keys and in values, and non-ASCII letters, which need none.
    for (const QByteArray &special :
         { QByteArray(R"(\")"), QByteArray(R"(\\)"), QByteArray(R"(\n)"), QByteArray(R"(\u0001)"),
           QByteArray(R"(\u007f)"), QByteArray("\xc3\xa9"), QByteArray("~") }) {
        for (int length = 0; length < 20; ++length) {
            for (int at = 0; at <= length; ++at) {
                const QByteArray text = QByteArray(at, 'x') + special + QByteArray(length - at, 'y');
                const QByteArray document = "{\"" + text + "\":\"" + text + "\",\"k\":1}";
                QCOMPARE(parsed(document).compact(), qtCompact(document));
            }
        }
    }
}

void TestJsonNode::leavesOutOnlyTheTopLevelKey()
{
    const JsonNode node = parsed(R"({"id":1,"associations":{"x":[1]},"a":{"associations":1}})");
    QCOMPARE(node.compact("associations"), QByteArray(R"({"a":{"associations":1},"id":1})"));
    // Through Qt's fallback too (the key with an escape is declined).
    QCOMPARE(parsed(R"({"a\"":1,"associations":2})").compact("associations"), QByteArray(R"({"a\"":1})"));
    QCOMPARE(parsed(R"([{"associations":1}])").compact("associations"),
             QByteArray(R"([{"associations":1}])"));
}

void TestJsonNode::readsValuesAsQJsonValueDoes_data()
{
    QTest::addColumn<QByteArray>("value");
    for (const char *value : { "1",
                               "-7",
                               "1.0",
                               "1.5",
                               "-0",
                               "-0.0",
                               "1e3",
                               "9223372036854775807",
                               "9223372036854775808",
                               "-9223372036854775808",
                               "1e300",
                               "\"x\"",
                               "\" 12 \"",
                               "\"\"",
                               "true",
                               "false",
                               "null",
                               "{}",
                               "[]",
                               "[1]" })
        QTest::newRow(value) << QByteArray(value);
}

void TestJsonNode::readsValuesAsQJsonValueDoes()
{
    QFETCH(QByteArray, value);
    const QByteArray text = "{\"v\":" + value + '}';
    const QJsonValue expected = QJsonDocument::fromJson(text).object().value(QStringLiteral("v"));
    const JsonNode node = parsed(text)["v"];
    QCOMPARE(node.toString(), expected.toString());
    QCOMPARE(node.toInteger(-5), expected.toInteger(-5));
    QCOMPARE(node.toDouble(-5), expected.toDouble(-5));
    QCOMPARE(node.toBool(true), expected.toBool(true));
    QCOMPARE(node.toBool(false), expected.toBool(false));
    QCOMPARE(node.isNumber(), expected.isDouble());
    QCOMPARE(node.isString(), expected.isString());
    QCOMPARE(node.isObject(), expected.isObject());
    QCOMPARE(node.isArray(), expected.isArray());
    QCOMPARE(node.isNull(), expected.isNull());
    QCOMPARE(node.utf8().size(), size_t(expected.toString().toUtf8().size()));
}

void TestJsonNode::lastOfARepeatedKeyCounts()
{
    const QByteArray text = R"({"a":1,"b":2,"a":3})";
    QCOMPARE(parsed(text)["a"].toInteger(),
             QJsonDocument::fromJson(text).object().value(QStringLiteral("a")).toInteger());
}

void TestJsonNode::membersOfWhatIsNoObjectAreAbsent()
{
    const JsonNode node = parsed(R"({"a":{"b":{"c":"deep"}},"n":5,"s":"text"})");
    QCOMPARE(node["a"]["b"]["c"].toString(), QStringLiteral("deep"));
    QCOMPARE(node["missing"].type(), JsonNode::Type::Absent);
    QCOMPARE(node["missing"]["b"].type(), JsonNode::Type::Absent);
    QCOMPARE(node["n"]["b"].type(), JsonNode::Type::Absent);
    QCOMPARE(node["s"]["b"].toString(), QString());
    QCOMPARE(node["a"]["b"].compact(), QByteArray(R"({"c":"deep"})"));
    QCOMPARE(node["missing"].compact(), QByteArray());
    QCOMPARE(JsonNode().toInteger(9), 9);
}

void TestJsonNode::elementsInOrder()
{
    const QList<JsonNode> elements = parsed(R"([{"id":3},"x",{"id":1}])").elements();
    QCOMPARE(elements.size(), 3);
    QCOMPARE(elements.at(0)["id"].toInteger(), 3);
    QCOMPARE(elements.at(1).toString(), QStringLiteral("x"));
    QCOMPARE(elements.at(2)["id"].toInteger(), 1);
    QVERIFY(parsed(R"({"a":[1]})").elements().isEmpty());
    QVERIFY(parsed("[]").elements().isEmpty());
}

void TestJsonNode::forEachMemberVisitsWhatMembersLists()
{
    const JsonNode object = parsed(R"({"b":1,"a":[1,2],"b":"x"})");
    QList<std::pair<QByteArray, QByteArray>> visited;
    JsonNode kept;
    object.forEachMember([&](std::string_view key, const JsonNode &value) {
        visited.append({ QByteArray(key.data(), qsizetype(key.size())), value.compact() });
        if (key == "a")
            kept = value;
    });
    QList<std::pair<QByteArray, QByteArray>> listed;
    for (const JsonMember &member : object.members())
        listed.append(
            { QByteArray(member.key.data(), qsizetype(member.key.size())), member.value.compact() });
    QCOMPARE(visited, listed);
    const QList<std::pair<QByteArray, QByteArray>> expected { { "b", "1" },
                                                              { "a", "[1,2]" },
                                                              { "b", "\"x\"" } };
    QCOMPARE(visited, expected);
    // The node passed is reused, but a copy keeps its own value.
    QCOMPARE(kept.compact(), QByteArray("[1,2]"));

    int calls = 0;
    for (const QByteArray &text : { QByteArray("[1,2]"), QByteArray("\"s\""), QByteArray("{}") })
        parsed(text).forEachMember([&](std::string_view, const JsonNode &) { ++calls; });
    JsonNode().forEachMember([&](std::string_view, const JsonNode &) { ++calls; });
    QCOMPARE(calls, 0);

    QCOMPARE(object.size(), 3);
    QCOMPARE(object["a"].size(), 2);
    QCOMPARE(parsed("{}").size(), 0);
    QCOMPARE(parsed("\"text\"").size(), 0);
    QCOMPARE(JsonNode().size(), 0);
}

void TestJsonNode::nodesKeepTheirDocument()
{
    JsonNode name;
    {
        const JsonNode first = parsed(R"({"data":[{"name":"Ünïcødé \"quoted\" 😀"}]})");
        name = first["data"].elements().first()["name"];
    }
    // Parsing another document on the same thread must not reuse the first one's memory.
    const JsonNode second = parsed(R"({"data":[{"name":"overwritten?"}]})");
    QCOMPARE(name.toString(), QStringLiteral("Ünïcødé \"quoted\" 😀"));
    QCOMPARE(second["data"].elements().first()["name"].toString(), QStringLiteral("overwritten?"));
}

void TestJsonNode::parsesAgainAfterAHugeDocument()
{
    // Past 16 MB the thread's parser lets its buffers go after reading; the nodes keep theirs.
    QByteArray huge = "[";
    const QByteArray element = R"({"name":"Caf\u00e9 )" + QByteArray(200, 'x') + R"(","id":7},)";
    while (huge.size() < 20 * 1024 * 1024)
        huge += element;
    huge += R"({"id":8}])";
    const JsonNode large = parsed(huge);
    const JsonNode small = parsed(R"({"id":9})");
    const QList<JsonNode> elements = large.elements();
    QCOMPARE(elements.size(), (huge.size() - 2 - 8) / element.size() + 1);
    QCOMPARE(elements.first()["name"].toString(), QStringLiteral("Café ") + QString(200, QLatin1Char('x')));
    QCOMPARE(elements.last()["id"].toInteger(), 8);
    QCOMPARE(small["id"].toInteger(), 9);
    QVERIFY(!JsonNode::parse(huge.chopped(1)));
    QCOMPARE(parsed(huge).elements().size(), elements.size());
}

QTEST_GUILESS_MAIN(TestJsonNode)
#include "tst_jsonnode.moc"
