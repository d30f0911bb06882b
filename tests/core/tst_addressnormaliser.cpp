#include "matching/addressnormaliser.h"

#include <QTest>

using namespace cw;

class TestAddressNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void street_data();
    void street();
    void postcode_data();
    void postcode();
    void oneLineAddress();
    void postcodeInCityField();
    void countryAndDefault();
    void cityCleanup();
};

void TestAddressNormaliser::street_data()
{
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("tokens");
    QTest::addColumn<QString>("house");
    QTest::newRow("german compound") << QStringLiteral("Hauptstraße 12") << QStringLiteral("haupt street")
                                     << QStringLiteral("12");
    QTest::newRow("german abbreviation")
        << QStringLiteral("Hauptstr. 12") << QStringLiteral("haupt street") << QStringLiteral("12");
    QTest::newRow("german apart") << QStringLiteral("Haupt Strasse 12 a") << QStringLiteral("haupt street")
                                  << QStringLiteral("12a");
    QTest::newRow("range") << QStringLiteral("Bahnhofstr. 12-14") << QStringLiteral("bahnhof street")
                           << QStringLiteral("12");
    QTest::newRow("english") << QStringLiteral("221B Baker Street") << QStringLiteral("baker street")
                             << QStringLiteral("221b");
    QTest::newRow("english abbreviation")
        << QStringLiteral("221b Baker St.") << QStringLiteral("baker street") << QStringLiteral("221b");
    QTest::newRow("direction") << QStringLiteral("1 N Main St") << QStringLiteral("n main street")
                               << QStringLiteral("1");
    QTest::newRow("direction spelled")
        << QStringLiteral("1 North Main Street") << QStringLiteral("n main street") << QStringLiteral("1");
    QTest::newRow("suite dropped") << QStringLiteral("100 Market St Suite 200")
                                   << QStringLiteral("market street") << QStringLiteral("100");
    QTest::newRow("saint") << QStringLiteral("12 St James St") << QStringLiteral("saint james street")
                           << QStringLiteral("12");
    QTest::newRow("avenue") << QStringLiteral("5 Ave. des Champs") << QStringLiteral("avenue des champs")
                            << QStringLiteral("5");
    QTest::newRow("french") << QStringLiteral("12, rue de la Paix") << QStringLiteral("rue de la paix")
                            << QStringLiteral("12");
    QTest::newRow("dutch") << QStringLiteral("Keizersgracht 123") << QStringLiteral("keizers gracht")
                           << QStringLiteral("123");
    QTest::newRow("number word") << QStringLiteral("Lindenweg Nr. 7") << QStringLiteral("linden way")
                                 << QStringLiteral("7");
    QTest::newRow("no number") << QStringLiteral("Marktplatz") << QStringLiteral("markt place") << QString();
}

void TestAddressNormaliser::street()
{
    QFETCH(QString, street);
    QFETCH(QString, tokens);
    QFETCH(QString, house);
    const NormalisedAddress a = AddressNormaliser::normalise(street, {}, QStringLiteral("Berlin"), {});
    QCOMPARE(a.streetTokens.join(QLatin1Char(' ')), tokens);
    QCOMPARE(a.houseNumber, house);
}

void TestAddressNormaliser::postcode_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QStringLiteral("10115") << QStringLiteral("DE") << QStringLiteral("10115");
    QTest::newRow("old prefix") << QStringLiteral("D-10115") << QStringLiteral("DE")
                                << QStringLiteral("10115");
    QTest::newRow("swiss prefix") << QStringLiteral("CH-8001") << QStringLiteral("CH")
                                  << QStringLiteral("8001");
    QTest::newRow("gb") << QStringLiteral("sw1a 1aa") << QStringLiteral("GB") << QStringLiteral("SW1A1AA");
    QTest::newRow("nl") << QStringLiteral("1012 AB") << QStringLiteral("NL") << QStringLiteral("1012AB");
    QTest::newRow("us zip+4") << QStringLiteral("94105-1234") << QStringLiteral("US")
                              << QStringLiteral("94105");
    QTest::newRow("us zip+4 no dash")
        << QStringLiteral("941051234") << QStringLiteral("US") << QStringLiteral("94105");
    QTest::newRow("empty") << QString() << QStringLiteral("DE") << QString();
}

void TestAddressNormaliser::postcode()
{
    QFETCH(QString, raw);
    QFETCH(QString, country);
    QFETCH(QString, expected);
    QCOMPARE(AddressNormaliser::postcode(raw, country), expected);
}

void TestAddressNormaliser::oneLineAddress()
{
    const NormalisedAddress a =
        AddressNormaliser::normalise(QStringLiteral("Hauptstr. 5, 10115 Berlin, Germany"), {}, {}, {});
    QCOMPARE(a.streetTokens.join(QLatin1Char(' ')), QStringLiteral("haupt street"));
    QCOMPARE(a.houseNumber, QStringLiteral("5"));
    QCOMPARE(a.postcode, QStringLiteral("10115"));
    QCOMPARE(a.cityTokens.join(QLatin1Char(' ')), QStringLiteral("berlin"));
    QCOMPARE(a.country, QStringLiteral("DE"));

    const NormalisedAddress uk = AddressNormaliser::normalise(
        QStringLiteral("10 Downing Street, London, SW1A 2AA"), {}, {}, QStringLiteral("United Kingdom"));
    QCOMPARE(uk.postcode, QStringLiteral("SW1A2AA"));
    QCOMPARE(uk.country, QStringLiteral("GB"));
    QCOMPARE(uk.houseNumber, QStringLiteral("10"));
}

void TestAddressNormaliser::postcodeInCityField()
{
    const NormalisedAddress a =
        AddressNormaliser::normalise(QStringLiteral("Hauptstr. 5"), {}, QStringLiteral("10115 Berlin"), {});
    QCOMPARE(a.postcode, QStringLiteral("10115"));
    QCOMPARE(a.cityTokens, QStringList { QStringLiteral("berlin") });
}

void TestAddressNormaliser::countryAndDefault()
{
    QCOMPARE(AddressNormaliser::normalise({}, {}, {}, QStringLiteral("Deutschland")).country,
             QStringLiteral("DE"));
    QCOMPARE(AddressNormaliser::normalise({}, {}, {}, {}, QStringLiteral("fr")).country,
             QStringLiteral("FR"));
    QCOMPARE(
        AddressNormaliser::normalise({}, {}, {}, QStringLiteral("Schweiz"), QStringLiteral("DE")).country,
        QStringLiteral("CH"));
    QCOMPARE(AddressNormaliser::normalise({}, {}, {}, {}).country, QString());
}

void TestAddressNormaliser::cityCleanup()
{
    const NormalisedAddress a =
        AddressNormaliser::normalise({}, QStringLiteral("75008"), QStringLiteral("PARIS CEDEX 08"), {});
    QCOMPARE(a.cityTokens, QStringList { QStringLiteral("paris") });
    const NormalisedAddress b = AddressNormaliser::normalise({}, {}, QStringLiteral("Frankfurt am Main"), {});
    QCOMPARE(b.cityTokens.join(QLatin1Char(' ')), QStringLiteral("frankfurt am main"));
}

QTEST_GUILESS_MAIN(TestAddressNormaliser)
#include "tst_addressnormaliser.moc"
