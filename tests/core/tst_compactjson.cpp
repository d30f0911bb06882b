// CompactJson: the compact text it cuts from a document is byte for byte what
// QJsonDocument::toJson(Compact) writes for the parsed value, or nothing where it declines.
#include "connectors/compactjson.h"
#include "randomjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cw;
using cw::test::RandomJson;

namespace {

QByteArray qtCompact(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCompactJson : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
    void declines_data();
    void declines();
    void randomDocumentsMatchQt();
    void arrayElementsInOrderWithoutTheOmittedKey();
    void arrayElementsDeclineOneAndKeepTheRest();
    void arrayElementsOfSomethingElse_data();
    void arrayElementsOfSomethingElse();
};

void TestCompactJson::writesWhatQtWrites_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("sorted already") << QByteArray(R"({"a":1,"b":"x","c":[true,false,null]})");
    QTest::newRow("keys out of order") << QByteArray(R"({"z":1,"id":7,"a":{"y":2,"b":3}})");
    QTest::newRow("blanks") << QByteArray(" {\n  \"b\" : [ 1 , 2 ] ,\t\"a\":{ } , \"c\" : [ ] }\r\n");
    QTest::newRow("prefix keys") << QByteArray(R"({"ab":1,"a":2,"abc":3,"B":4})");
    QTest::newRow("plain escapes") << QByteArray(R"({"s":"say \"hi\"\\ \n\t\r\b\f"})");
    QTest::newRow("non-ASCII text") << QByteArray("{\"a\":\"caf\xc3\xa9 \xf0\x9f\x98\x80 \xef\xbf\xbe\"}");
    QTest::newRow("escaped slash") << QByteArray(R"({"url":"http:\/\/example.com\/x"})");
    QTest::newRow("integers") << QByteArray(R"([0,-0,7,-12,123456789012345678,9223372036854775807])");
    QTest::newRow("integer past qint64") << QByteArray("[9223372036854775808]");
    QTest::newRow("decimals") << QByteArray("[85.5,85.50,1.0,100.25,0.1,-2.5e-3,1E3,1e21,5e-324]");
    QTest::newRow("epoch ms") << QByteArray(R"({"dateLastModified":1712345678901})");
    QTest::newRow("top-level array") << QByteArray(R"([{"b":1,"a":2},"x"])");
    QTest::newRow("scalar") << QByteArray("\"text\"");
}

void TestCompactJson::writesWhatQtWrites()
{
    QFETCH(QByteArray, text);
    const QByteArray expected = text.trimmed().startsWith('"')
        ? QJsonDocument::fromJson('[' + text + ']').toJson(QJsonDocument::Compact).chopped(1).sliced(1)
        : qtCompact(text);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(CompactJson::value(text), expected);
}

void TestCompactJson::declines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("unicode escape") << QByteArray(R"({"a":"\u00e9"})");
    QTest::newRow("non-ASCII key") << QByteArray("{\"caf\xc3\xa9\":1}");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"caf\xc3\"}");
    QTest::newRow("escaped key") << QByteArray(R"({"a\"b":1})");
    QTest::newRow("key twice") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("number out of range") << QByteArray("[1e400]");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("bare dot") << QByteArray("[1.]");
    QTest::newRow("unterminated") << QByteArray(R"({"a":1)");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("trailing text") << QByteArray("{} x");
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]");
    QTest::newRow("empty") << QByteArray();
}

void TestCompactJson::declines()
{
    QFETCH(QByteArray, text);
    QCOMPARE(CompactJson::value(text), QByteArray());
}

void TestCompactJson::randomDocumentsMatchQt()
{
    RandomJson random(20261127);
    int written = 0;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray text = i % 2 ? random.object(0) : '[' + random.value(0) + ']';
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        const QByteArray mine = CompactJson::value(text);
        if (error.error != QJsonParseError::NoError) {
            QVERIFY2(mine.isEmpty(), text.constData());
            continue;
        }
        if (mine.isEmpty())
            continue;
        QCOMPARE(mine, document.toJson(QJsonDocument::Compact));
        ++written;
    }
    // Most documents are written, not declined: the comparison above carries weight.
    QVERIFY2(written > 8000, QByteArray::number(written).constData());
}

void TestCompactJson::arrayElementsInOrderWithoutTheOmittedKey()
{
    const QByteArray body = R"({"total": 3, "data": [ {"id":1,"name":"A","associations":{"x":[1]}},
        {"name":"B","id":2}, {"associations":[],"id":3} ], "paging": {"next": {"after": "3"}}})";
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toArray();
    const QList<QByteArray> elements =
        CompactJson::arrayElements(body, QLatin1StringView("data"), QLatin1StringView("associations"));
    QCOMPARE(elements.size(), 3);
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QJsonObject object = data.at(i).toObject();
        object.remove(QStringLiteral("associations"));
        QCOMPARE(elements.at(i), QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(elements.at(1), QByteArray(R"({"id":2,"name":"B"})"));
    // Only the elements' own top-level key is left out.
    QCOMPARE(CompactJson::arrayElements(R"({"data":[{"a":{"associations":1}}]})", QLatin1StringView("data"),
                                        QLatin1StringView("associations")),
             QList<QByteArray> { R"({"a":{"associations":1}})" });
}

void TestCompactJson::arrayElementsDeclineOneAndKeepTheRest()
{
    const QByteArray body =
        "{\"data\":[{\"n\":\"x\"},{\"n\":\"\\u00e9\"},{\"n\":\"caf\xc3\xa9\"},7,{\"n\":\"y\"}],"
        "\"note\":\"\\u00e9 caf\xc3\xa9\"}";
    QVERIFY(!QJsonDocument::fromJson(body).isNull());
    const QList<QByteArray> elements = CompactJson::arrayElements(body, QLatin1StringView("data"));
    // 7 is not a record: Qt would read it as the empty object.
    const QList<QByteArray> expected { R"({"n":"x"})", {}, "{\"n\":\"caf\xc3\xa9\"}", {}, R"({"n":"y"})" };
    QCOMPARE(elements, expected);
}

void TestCompactJson::arrayElementsOfSomethingElse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no such key") << QByteArray(R"({"results":[{"a":1}]})");
    QTest::newRow("not an array") << QByteArray(R"({"data":{"a":1}})");
    QTest::newRow("key twice") << QByteArray(R"({"data":[{"a":1}],"data":[{"a":2}]})");
    QTest::newRow("top-level array") << QByteArray(R"([{"data":[1]}])");
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"a":1},{"a":)");
    QTest::newRow("not JSON") << QByteArray("<html>data</html>");
}

void TestCompactJson::arrayElementsOfSomethingElse()
{
    QFETCH(QByteArray, body);
    QVERIFY(CompactJson::arrayElements(body, QLatin1StringView("data")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
