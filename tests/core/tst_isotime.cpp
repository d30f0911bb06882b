// IsoTime: the text and the milliseconds it gives are those of QDateTime (Qt::UTC, Qt::ISODate),
// whose conversions it replaces for the forms every pulled record carries.
#include "connectors/isotime.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtTest>

using namespace cw;

class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQDateTimeWrites_data();
    void writesWhatQDateTimeWrites();
    void randomInstantsMatchQDateTime();
    void parsesUtcText_data();
    void parsesUtcText();
    void leavesOtherTextToQDateTime_data();
    void leavesOtherTextToQDateTime();
    void dateTextAsQDateReadsIt_data();
    void dateTextAsQDateReadsIt();
};

void TestIsoTime::writesWhatQDateTimeWrites_data()
{
    QTest::addColumn<qint64>("epochMs");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("milliseconds dropped") << qint64(1767225600999);
    QTest::newRow("new year 2026") << qint64(1767225600000);
    QTest::newRow("leap day 2000") << qint64(951782400000);
    QTest::newRow("day after leap day") << qint64(951868800000);
    QTest::newRow("last second of 9999") << qint64(253402300799999);
    QTest::newRow("year 10000") << qint64(253402300800000);
    QTest::newRow("before 1970") << qint64(-86400001);
}

void TestIsoTime::writesWhatQDateTimeWrites()
{
    QFETCH(qint64, epochMs);
    QCOMPARE(IsoTime::instant(epochMs),
             QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate));
    QCOMPARE(IsoTime::instant(epochMs, IsoTime::Designator::Offset),
             QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toString(Qt::ISODate));
    QCOMPARE(IsoTime::date(epochMs),
             QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).date().toString(Qt::ISODate));
}

void TestIsoTime::randomInstantsMatchQDateTime()
{
    QRandomGenerator random(20261127);
    for (int i = 0; i < 20000; ++i) {
        const qint64 epochMs = qint64(random.bounded(quint64(253402300800000)));
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
        QCOMPARE(IsoTime::instant(epochMs), utc.toString(Qt::ISODate));
        QCOMPARE(IsoTime::date(epochMs), utc.date().toString(Qt::ISODate));
        const QString withMs = utc.toString(Qt::ISODateWithMs);
        QCOMPARE(IsoTime::parseUtc(withMs), std::optional<qint64>(epochMs));
        QCOMPARE(IsoTime::parseUtc(utc.toString(Qt::ISODate)),
                 std::optional<qint64>(epochMs - epochMs % 1000));
    }
}

void TestIsoTime::parsesUtcText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << QStringLiteral("2026-01-05T10:20:30Z");
    QTest::newRow("milliseconds") << QStringLiteral("2026-01-05T10:20:30.123Z");
    QTest::newRow("tenths") << QStringLiteral("2026-01-05T10:20:30.1Z");
    QTest::newRow("hundredths") << QStringLiteral("2026-01-05T10:20:30.12Z");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59Z");
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z");
}

void TestIsoTime::parsesUtcText()
{
    QFETCH(QString, text);
    const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
    QVERIFY(expected.isValid());
    QCOMPARE(IsoTime::parseUtc(text), std::optional<qint64>(expected.toMSecsSinceEpoch()));
}

void TestIsoTime::leavesOtherTextToQDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("offset") << QStringLiteral("2026-01-05T10:20:30+02:00");
    QTest::newRow("no zone (local time)") << QStringLiteral("2026-01-05T10:20:30");
    QTest::newRow("hour 24") << QStringLiteral("2026-01-05T24:00:00Z");
    QTest::newRow("microseconds") << QStringLiteral("2026-01-05T10:20:30.123456Z");
    QTest::newRow("space") << QStringLiteral("2026-01-05 10:20:30Z");
    QTest::newRow("february 29 of 2026") << QStringLiteral("2026-02-29T00:00:00Z");
    QTest::newRow("april 31") << QStringLiteral("2026-04-31T00:00:00Z");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00Z");
    QTest::newRow("before 1970") << QStringLiteral("1969-12-31T23:59:59Z");
    QTest::newRow("letter") << QStringLiteral("2026-01-05T10:2a:30Z");
    QTest::newRow("empty fraction") << QStringLiteral("2026-01-05T10:20:30.Z");
    QTest::newRow("empty") << QString();
}

void TestIsoTime::leavesOtherTextToQDateTime()
{
    QFETCH(QString, text);
    QVERIFY(!IsoTime::parseUtc(text).has_value());
}

void TestIsoTime::dateTextAsQDateReadsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("date") << QStringLiteral("2026-01-05");
    QTest::newRow("date and time") << QStringLiteral("2026-01-05T10:20:30Z");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29");
    QTest::newRow("february 29 of 2026") << QStringLiteral("2026-02-29");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01");
    QTest::newRow("day 0") << QStringLiteral("2026-01-00");
    QTest::newRow("before 1970") << QStringLiteral("1969-12-31");
    QTest::newRow("year 1") << QStringLiteral("0001-01-01");
    QTest::newRow("short") << QStringLiteral("2026-1-5");
    QTest::newRow("letters") << QStringLiteral("2026-0a-05");
    QTest::newRow("slashes") << QStringLiteral("2026/01/05");
    QTest::newRow("empty") << QString();
}

void TestIsoTime::dateTextAsQDateReadsIt()
{
    QFETCH(QString, text);
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    QCOMPARE(IsoTime::date(QStringView(text)), date.isValid() ? date.toString(Qt::ISODate) : QString());
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
