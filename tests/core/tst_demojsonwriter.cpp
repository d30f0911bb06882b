#include "sandbox/demojsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cw;

class TestDemoJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsRoundTrip_data();
    void stringsRoundTrip();
    void decimals_data();
    void decimals();
    void nestedStructure();
};

void TestDemoJsonWriter::stringsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Müller Logistik GmbH");
    QTest::newRow("double quotes") << QStringLiteral("Kanzlei \"Am Markt\"");
    QTest::newRow("typographic quotes") << QStringLiteral("Kanzlei „Am Markt“");
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien’s Foods");
    QTest::newRow("backslash") << QStringLiteral("C:\\data\\export");
    QTest::newRow("control characters") << QStringLiteral("line\nbreak\ttab\x01");
    QTest::newRow("emoji") << QStringLiteral("Rocket 🚀 Labs ☀️");
    QTest::newRow("empty") << QString();
}

void TestDemoJsonWriter::stringsRoundTrip()
{
    QFETCH(QString, text);
    QByteArray out;
    DemoJsonWriter(out).beginObject().field("name", text).field("bytes", text.toUtf8()).endObject();
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("name")).toString(), text);
    QCOMPARE(object.value(QLatin1String("bytes")).toString(), text);
}

void TestDemoJsonWriter::decimals_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("places");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("rate") << qint64(9550) << 2 << QByteArray("95.50");
    QTest::newRow("cents") << qint64(5) << 2 << QByteArray("0.05");
    QTest::newRow("negative cents") << qint64(-5) << 2 << QByteArray("-0.05");
    QTest::newRow("zero") << qint64(0) << 2 << QByteArray("0.00");
    QTest::newRow("whole units") << qint64(123) << 0 << QByteArray("123");
    QTest::newRow("three places") << qint64(1234567) << 3 << QByteArray("1234.567");
}

void TestDemoJsonWriter::decimals()
{
    QFETCH(qint64, minor);
    QFETCH(int, places);
    QFETCH(QByteArray, expected);
    QByteArray out;
    DemoJsonWriter::appendDecimal(out, minor, places);
    QCOMPARE(out, expected);
}

void TestDemoJsonWriter::nestedStructure()
{
    QByteArray out;
    DemoJsonWriter json(out);
    json.beginObject().field("id", qint64(42)).field("open", true).fieldNull("end");
    json.fieldOrFalse("vat", QString()).fieldOrFalse("city", QStringLiteral("Zürich"));
    json.beginArray("partner_id").value(7).value(QStringLiteral("Acme")).endArray();
    json.beginObject("address").field("zip", "8001").endObject();
    json.fieldDecimalString("amount", 123456).fieldDecimal("rate", 9500);
    json.beginArray("empty").endArray().endObject();

    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("id")).toInteger(), 42);
    QCOMPARE(object.value(QLatin1String("open")).toBool(), true);
    QVERIFY(object.value(QLatin1String("end")).isNull());
    QCOMPARE(object.value(QLatin1String("vat")), QJsonValue(false));
    QCOMPARE(object.value(QLatin1String("city")).toString(), QStringLiteral("Zürich"));
    QCOMPARE(object.value(QLatin1String("partner_id")).toArray(), (QJsonArray { 7, QStringLiteral("Acme") }));
    QCOMPARE(object.value(QLatin1String("address"))[QLatin1String("zip")].toString(), QStringLiteral("8001"));
    QCOMPARE(object.value(QLatin1String("amount")).toString(), QStringLiteral("1234.56"));
    QCOMPARE(object.value(QLatin1String("rate")).toDouble(), 95.0);
    QVERIFY(object.value(QLatin1String("empty")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoJsonWriter)
#include "tst_demojsonwriter.moc"
