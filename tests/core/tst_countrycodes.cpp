#include "matching/countrycodes.h"

#include <QTest>

using namespace cw;

class TestCountryCodes : public QObject
{
    Q_OBJECT

private slots:
    void toIso2_data();
    void toIso2();
    void packing();
};

void TestCountryCodes::toIso2_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const char *rows[][2] = {
        { "DE", "DE" },
        { "de", "DE" },
        { "DEU", "DE" },
        { "Germany", "DE" },
        { "Deutschland", "DE" },
        { "Allemagne", "DE" },
        { "United Kingdom", "GB" },
        { "UK", "GB" },
        { "England", "GB" },
        { "GBR", "GB" },
        { "USA", "US" },
        { "U.S.A.", "US" },
        { "United States", "US" },
        { "Vereinigte Staaten", "US" },
        { "France", "FR" },
        { "Frankreich", "FR" },
        { "Netherlands", "NL" },
        { "Nederland", "NL" },
        { "Holland", "NL" },
        { "Switzerland", "CH" },
        { "Schweiz", "CH" },
        { "Suisse", "CH" },
        { "Österreich", "AT" },
        { "Espana", "ES" },
        { "España", "ES" },
        { "Italia", "IT" },
        { "Belgique", "BE" },
        { "Atlantis", "" },
        { "", "" },
    };
    for (const auto &row : rows)
        QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromLatin1(row[1]);
}

void TestCountryCodes::toIso2()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CountryCodes::toIso2(input), expected);
}

void TestCountryCodes::packing()
{
    QCOMPARE(CountryCodes::unpack(CountryCodes::pack(QStringLiteral("CH"))), QStringLiteral("CH"));
    QVERIFY(CountryCodes::pack(QStringLiteral("DE")) != CountryCodes::pack(QStringLiteral("ED")));
    QCOMPARE(CountryCodes::pack(QString()), quint16(0));
    QVERIFY(CountryCodes::unpack(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
