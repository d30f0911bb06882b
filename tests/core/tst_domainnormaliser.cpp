#include "matching/domainnormaliser.h"

#include <QTest>

using namespace cw;

class TestDomainNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void fromEmail_data();
    void fromEmail();
    void fromWebsite_data();
    void fromWebsite();
};

void TestDomainNormaliser::fromEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("expected");
    const char *rows[][2] = {
        { "info@acme.com", "acme.com" },
        { "Info@Sales.Acme-Staffing.DE", "acme-staffing.de" },
        { "jane@acme.co.uk", "acme.co.uk" },
        { "jane@mail.acme.co.uk", "acme.co.uk" },
        { "Jane Doe <jane@acme.fr>", "acme.fr" },
        { "someone@gmail.com", "" },
        { "someone@googlemail.com", "" },
        { "someone@outlook.com", "" },
        { "someone@hotmail.co.uk", "" },
        { "someone@yahoo.fr", "" },
        { "someone@yahoo.co.jp", "" },
        { "someone@gmx.de", "" },
        { "someone@web.de", "" },
        { "someone@t-online.de", "" },
        { "not an address", "" },
        { "", "" },
    };
    for (const auto &row : rows)
        QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
}

void TestDomainNormaliser::fromEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, expected);
    QCOMPARE(DomainNormaliser::fromEmail(email), expected);
}

void TestDomainNormaliser::fromWebsite_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    const char *rows[][2] = {
        { "https://www.acme.com/about", "acme.com" },
        { "http://ACME.com:8080", "acme.com" },
        { "www.acme.de", "acme.de" },
        { "acme.com.au/contact?x=1", "acme.com.au" },
        { "shop.acme.co.nz", "acme.co.nz" },
        { "https://www.linkedin.com/company/acme", "" },
        { "acme.wixsite.com/home", "" },
        { "https://www.facebook.com/acme", "" },
        { "localhost", "" },
        { "", "" },
    };
    for (const auto &row : rows)
        QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
}

void TestDomainNormaliser::fromWebsite()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(DomainNormaliser::fromWebsite(url), expected);
}

QTEST_GUILESS_MAIN(TestDomainNormaliser)
#include "tst_domainnormaliser.moc"
