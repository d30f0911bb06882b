// OdooValue: Odoo's wire encoding of empty values, many2one pairs, dates and UTC datetimes.
#include "connectors/odoo/odoovalue.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace cw;

class TestOdooValue : public QObject
{
    Q_OBJECT

private slots:
    void textAndFalse();
    void many2one();
    void dates();
    void dateTimesAreUtc();
    void ids();
};

void TestOdooValue::textAndFalse()
{
    QCOMPARE(OdooValue::text({}), QJsonValue(false));
    QCOMPARE(OdooValue::text(QStringLiteral("x")), QJsonValue(QStringLiteral("x")));
    QCOMPARE(OdooValue::toText(false), QString());
    QCOMPARE(OdooValue::toText(QJsonValue::Null), QString());
    QCOMPARE(OdooValue::toText(QStringLiteral("y")), QStringLiteral("y"));
}

void TestOdooValue::many2one()
{
    QCOMPARE(OdooValue::many2one(0), QJsonValue(false));
    QCOMPARE(OdooValue::many2one(7), QJsonValue(7));
    const QJsonValue pair(QJsonArray { 7, QStringLiteral("Acme") });
    QCOMPARE(OdooValue::many2oneId(pair), std::optional<qint64>(7));
    QCOMPARE(OdooValue::many2oneId(QJsonValue(9)), std::optional<qint64>(9));
    QCOMPARE(OdooValue::many2oneId(false), std::nullopt);
    QCOMPARE(OdooValue::many2oneName(pair), QStringLiteral("Acme"));
    QCOMPARE(OdooValue::many2oneName(false), QString());
}

void TestOdooValue::dates()
{
    QCOMPARE(OdooValue::date(QDate(2025, 2, 28)), QJsonValue(QStringLiteral("2025-02-28")));
    QCOMPARE(OdooValue::date(QDate()), QJsonValue(false));
    QCOMPARE(OdooValue::toDate(QStringLiteral("2025-02-28")), QDate(2025, 2, 28));
    QVERIFY(!OdooValue::toDate(false).isValid());
}

void TestOdooValue::dateTimesAreUtc()
{
    const QDateTime brussels(QDate(2025, 7, 1), QTime(14, 30, 5),
                             QTimeZone(QByteArrayLiteral("Europe/Brussels")));
    QCOMPARE(OdooValue::dateTime(brussels), QJsonValue(QStringLiteral("2025-07-01 12:30:05")));
    QCOMPARE(OdooValue::dateTime(QDateTime()), QJsonValue(false));
    const QDateTime parsed = OdooValue::toDateTime(QStringLiteral("2025-07-01 12:30:05"));
    QCOMPARE(parsed.timeZone(), QTimeZone::utc());
    QCOMPARE(parsed, brussels);
    QVERIFY(!OdooValue::toDateTime(false).isValid());
}

void TestOdooValue::ids()
{
    QCOMPARE(OdooValue::ids(QJsonArray { 3, 1, 2 }), (QList<qint64> { 3, 1, 2 }));
    QCOMPARE(OdooValue::ids(false), QList<qint64>());
    QCOMPARE(OdooValue::idArray({ 4, 5 }), (QJsonArray { 4, 5 }));
}

QTEST_GUILESS_MAIN(TestOdooValue)
#include "tst_odoovalue.moc"
