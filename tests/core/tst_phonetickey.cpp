#include "matching/phonetickey.h"

#include <QTest>

using namespace cw;

class TestPhoneticKey : public QObject
{
    Q_OBJECT

private slots:
    void sameSound_data();
    void sameSound();
    void differentSound_data();
    void differentSound();
    void knownCodes_data();
    void knownCodes();
};

void TestPhoneticKey::sameSound_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const char *rows[][2] = {
        { "smith", "smyth" },    { "acme", "akme" },         { "schmidt", "schmitt" }, { "meyer", "meier" },
        { "philips", "filips" }, { "catherine", "kathryn" }, { "knight", "night" },    { "wright", "right" },
        { "stephen", "stefen" }, { "johnson", "jonson" },    { "muller", "mueller" },  { "zenith", "senith" },
        { "dixon", "dickson" },  { "staffing", "stafing" },
    };
    for (const auto &row : rows)
        QTest::newRow(QStringLiteral("%1/%2").arg(QLatin1String(row[0]), QLatin1String(row[1])).toLatin1())
            << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
}

void TestPhoneticKey::sameSound()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(PhoneticKey::encode(a), PhoneticKey::encode(b));
}

void TestPhoneticKey::differentSound_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const char *rows[][2] = {
        { "acme", "apex" }, { "smith", "jones" }, { "berlin", "paris" }, { "staffing", "consulting" }
    };
    for (const auto &row : rows)
        QTest::newRow(QStringLiteral("%1/%2").arg(QLatin1String(row[0]), QLatin1String(row[1])).toLatin1())
            << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
}

void TestPhoneticKey::differentSound()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(PhoneticKey::encode(a) != PhoneticKey::encode(b));
}

void TestPhoneticKey::knownCodes_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("code");
    const char *rows[][2] = {
        { "smith", "SM0" }, { "acme", "AKM" }, { "schmidt", "SKMT" }, { "xerox", "SRKS" },
        { "3m", "3M" },     { "", "" },        { "a", "A" },          { "philadelphia", "FLTLF" },
    };
    for (const auto &row : rows)
        QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
}

void TestPhoneticKey::knownCodes()
{
    QFETCH(QString, word);
    QFETCH(QString, code);
    QCOMPARE(PhoneticKey::encode(word), code);
}

QTEST_GUILESS_MAIN(TestPhoneticKey)
#include "tst_phonetickey.moc"
