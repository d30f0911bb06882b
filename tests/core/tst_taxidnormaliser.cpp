#include "matching/taxidnormaliser.h"

#include <QTest>

using namespace cw;

class TestTaxIdNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void vat_data();
    void vat();
    void registryId_data();
    void registryId();
};

void TestTaxIdNormaliser::vat_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("body");
    const char *rows[][4] = {
        { "DE 123 456 789", "", "DE123456789", "123456789" },
        { "de123456789", "FR", "DE123456789", "123456789" },
        { "123456789", "DE", "DE123456789", "123456789" },
        { "USt-IdNr.: DE123456789", "", "DE123456789", "123456789" },
        { "VAT GB 123 4567 89", "", "GB123456789", "123456789" },
        { "FR 12 345678901", "", "FR12345678901", "12345678901" },
        { "NL123456789B01", "", "NL123456789B01", "123456789B01" },
        { "CHE-123.456.789 MWST", "", "CHE123456789", "123456789" },
        { "123.456.789", "CH", "CHE123456789", "123456789" },
        { "GR123456789", "", "EL123456789", "123456789" },
        { "123456789", "GR", "EL123456789", "123456789" },
        { "ATU12345678", "", "ATU12345678", "12345678" },
        { "n/a", "DE", "", "" },
        { "1234", "DE", "", "" },
    };
    for (const auto &row : rows)
        QTest::newRow(
            QStringLiteral("%1 [%2]").arg(QString::fromLatin1(row[0]), QString::fromLatin1(row[1])).toUtf8())
            << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]) << QString::fromLatin1(row[2])
            << QString::fromLatin1(row[3]);
}

void TestTaxIdNormaliser::vat()
{
    QFETCH(QString, raw);
    QFETCH(QString, country);
    QFETCH(QString, expected);
    QFETCH(QString, body);
    const QString canonical = TaxIdNormaliser::vat(raw, country);
    QCOMPARE(canonical, expected);
    QCOMPARE(TaxIdNormaliser::body(canonical), body);
}

void TestTaxIdNormaliser::registryId_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hrb") << QStringLiteral("HRB 12345 B") << QStringLiteral("HRB12345B");
    QTest::newRow("leading zeros") << QStringLiteral("01234567") << QStringLiteral("1234567");
    QTest::newRow("uk prefix kept") << QStringLiteral("SC012345") << QStringLiteral("SC012345");
    QTest::newRow("punctuation") << QStringLiteral("123-456-789") << QStringLiteral("123456789");
    QTest::newRow("no digits") << QStringLiteral("unknown") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTaxIdNormaliser::registryId()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(TaxIdNormaliser::registryId(raw), expected);
}

QTEST_GUILESS_MAIN(TestTaxIdNormaliser)
#include "tst_taxidnormaliser.moc"
