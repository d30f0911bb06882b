#include "sandbox/demolocale.h"
#include "sandbox/demorandom.h"

#include <QRegularExpression>
#include <QTest>

using namespace cw;

class TestDemoLocale : public QObject
{
    Q_OBJECT

private slots:
    void countries();
    void vatIds_data();
    void vatIds();
    void frenchVatKeyAndSirenCheckDigit();
    void postcodes_data();
    void postcodes();
    void phoneStyles_data();
    void phoneStyles();
    void phoneVariantsKeepTheDigits();
    void legalFormSpellings_data();
    void legalFormSpellings();
};

void TestDemoLocale::countries()
{
    QStringList codes;
    for (const DemoLocale &locale : DemoLocale::all())
        codes << locale.countryCode();
    QCOMPARE(codes,
             (QStringList { QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("DE"),
                            QStringLiteral("FR"), QStringLiteral("NL"), QStringLiteral("CH") }));
    QCOMPARE(DemoLocale::forCountry(QStringLiteral("CH")).currency(), QStringLiteral("CHF"));
    QCOMPARE(DemoLocale::forCountry(QStringLiteral("GB")).currency(), QStringLiteral("GBP"));
    QCOMPARE(DemoLocale::forCountry(QStringLiteral("NL")).currency(), QStringLiteral("EUR"));
    for (const DemoLocale &locale : DemoLocale::all())
        QVERIFY(locale.minBillRate() > 0 && locale.minBillRate() < locale.maxBillRate());
}

void TestDemoLocale::vatIds_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("US has none") << QStringLiteral("US") << QStringLiteral("^$");
    QTest::newRow("GB") << QStringLiteral("GB") << QStringLiteral("^GB[1-9]\\d{8}$");
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("^DE[1-9]\\d{8}$");
    QTest::newRow("FR") << QStringLiteral("FR") << QStringLiteral("^FR\\d{11}$");
    QTest::newRow("NL") << QStringLiteral("NL") << QStringLiteral("^NL\\d{9}B0[1-3]$");
    QTest::newRow("CH") << QStringLiteral("CH") << QStringLiteral("^CHE[1-9]\\d{8}$");
}

void TestDemoLocale::vatIds()
{
    QFETCH(QString, country);
    QFETCH(QString, pattern);
    const DemoLocale &locale = DemoLocale::forCountry(country);
    const QRegularExpression expected(pattern);
    DemoRandom random(6);
    for (int i = 0; i < 200; ++i) {
        const QString vat = locale.vatId(random);
        QVERIFY2(expected.match(vat).hasMatch(), qPrintable(vat));
        const QString sloppy = locale.vatVariant(vat, random);
        // However it is written, the digits stay the same.
        QCOMPARE(QString(sloppy).remove(QRegularExpression(QStringLiteral("\\D"))),
                 QString(vat).remove(QRegularExpression(QStringLiteral("\\D"))));
    }
}

void TestDemoLocale::frenchVatKeyAndSirenCheckDigit()
{
    const DemoLocale &france = DemoLocale::forCountry(QStringLiteral("FR"));
    DemoRandom random(10);
    for (int i = 0; i < 200; ++i) {
        const QString vat = france.vatId(random);
        const QString siren = vat.mid(4);
        QCOMPARE(vat.mid(2, 2).toInt(), static_cast<int>((12 + 3 * (siren.toLongLong() % 97)) % 97));
        int sum = 0;
        for (int k = 0; k < 9; ++k) {
            int digit = siren.at(8 - k).digitValue() * (k % 2 == 1 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        QCOMPARE(sum % 10, 0);
        QCOMPARE(france.registryId(vat, random), siren);
    }
}

void TestDemoLocale::postcodes_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("^\\d{5}$");
    QTest::newRow("GB") << QStringLiteral("GB") << QStringLiteral("^[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}$");
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("^\\d{5}$");
    QTest::newRow("FR") << QStringLiteral("FR") << QStringLiteral("^\\d{5}$");
    QTest::newRow("NL") << QStringLiteral("NL") << QStringLiteral("^[1-9]\\d{3} [A-Z]{2}$");
    QTest::newRow("CH") << QStringLiteral("CH") << QStringLiteral("^[1-9]\\d{3}$");
}

void TestDemoLocale::postcodes()
{
    QFETCH(QString, country);
    QFETCH(QString, pattern);
    const DemoLocale &locale = DemoLocale::forCountry(country);
    const QRegularExpression expected(pattern);
    DemoRandom random(12);
    for (int city = 0; city < locale.cityCount(); ++city) {
        for (int i = 0; i < 20; ++i) {
            const QString postcode = locale.postcode(city, random);
            QVERIFY2(expected.match(postcode).hasMatch(), qPrintable(postcode));
        }
    }
}

void TestDemoLocale::phoneStyles_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("subscriber");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    QTest::newRow("DE international") << "DE"
                                      << "30"
                                      << "1234567" << 0 << "+49 30 1234567";
    QTest::newRow("DE slash") << "DE"
                              << "30"
                              << "1234567" << 1 << "030/1234567";
    QTest::newRow("DE brackets") << "DE"
                                 << "30"
                                 << "1234567" << 2 << "(030) 123-4567";
    QTest::newRow("GB spaced") << "GB"
                               << "20"
                               << "79460123" << 1 << "020 7946 0123";
    QTest::newRow("US brackets") << "US"
                                 << "415"
                                 << "5550132" << 1 << "(415) 555-0132";
    QTest::newRow("US dots") << "US"
                             << "415"
                             << "5550132" << 3 << "415.555.0132";
    QTest::newRow("FR pairs") << "FR"
                              << "1"
                              << "42685300" << 1 << "01 42 68 53 00";
    QTest::newRow("NL dash") << "NL"
                             << "20"
                             << "1234567" << 1 << "020-1234567";
    QTest::newRow("CH groups") << "CH"
                               << "44"
                               << "1234567" << 0 << "+41 44 123 45 67";
}

void TestDemoLocale::phoneStyles()
{
    QFETCH(QString, country);
    QFETCH(QString, area);
    QFETCH(QString, subscriber);
    QFETCH(int, style);
    QFETCH(QString, expected);
    QCOMPARE(DemoLocale::forCountry(country).formatPhone(area, subscriber, style), expected);
}

void TestDemoLocale::phoneVariantsKeepTheDigits()
{
    DemoRandom random(14);
    for (const DemoLocale &locale : DemoLocale::all()) {
        for (int city = 0; city < locale.cityCount(); ++city) {
            const QString area = QLatin1String(locale.city(city).areaCode);
            const QString subscriber = locale.subscriberNumber(city, random);
            QCOMPARE(subscriber.size(), locale.city(city).subscriberDigits);
            for (int style = 0; style < locale.phoneStyleCount(); ++style) {
                const QString phone = locale.formatPhone(area, subscriber, style);
                const QString digits = QString(phone).remove(QRegularExpression(QStringLiteral("\\D")));
                QVERIFY2(digits.endsWith(area + subscriber), qPrintable(phone));
            }
        }
    }
}

void TestDemoLocale::legalFormSpellings_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("spelling");
    QTest::newRow("Inc.") << "US"
                          << "Inc."
                          << "Incorporated";
    QTest::newRow("Inc without dot") << "US"
                                     << "Inc."
                                     << "Inc";
    QTest::newRow("LLC") << "US"
                         << "LLC"
                         << "L.L.C.";
    QTest::newRow("Ltd") << "GB"
                         << "Ltd"
                         << "Limited";
    QTest::newRow("GmbH") << "DE"
                          << "GmbH"
                          << "G.m.b.H.";
    QTest::newRow("SARL") << "FR"
                          << "SARL"
                          << "S.A.R.L.";
    QTest::newRow("SA") << "FR"
                        << "SA"
                        << "S.A.";
    QTest::newRow("B.V.") << "NL"
                          << "B.V."
                          << "BV";
    QTest::newRow("AG") << "CH"
                        << "AG"
                        << "Aktiengesellschaft";
}

void TestDemoLocale::legalFormSpellings()
{
    QFETCH(QString, country);
    QFETCH(QString, form);
    QFETCH(QString, spelling);
    const QStringList spellings = DemoLocale::forCountry(country).legalFormSpellings(form);
    QVERIFY(spellings.contains(form));
    QVERIFY2(spellings.contains(spelling), qPrintable(spellings.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestDemoLocale)
#include "tst_demolocale.moc"
