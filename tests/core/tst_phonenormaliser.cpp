#include "matching/phonenormaliser.h"

#include <QTest>

using namespace cw;

class TestPhoneNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void toE164_data();
    void toE164();
    void fastPathMatchesLibphonenumber_data();
    void fastPathMatchesLibphonenumber();
    void countryCode();
};

void TestPhoneNormaliser::toE164_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    const char *rows[][3] = {
        // Germany
        { "030 1234567", "DE", "+49301234567" },
        { "+49 30 1234567", "", "+49301234567" },
        { "+49 (0)30 1234567", "US", "+49301234567" },
        { "0049 30 1234567", "FR", "+49301234567" },
        { "030/123 45 67", "DE", "+49301234567" },
        { "+49 030 1234567", "DE", "+49301234567" },
        // United Kingdom
        { "020 7946 0958", "GB", "+442079460958" },
        { "+44 20 7946 0958", "DE", "+442079460958" },
        { "+44 (0)20 7946 0958", "", "+442079460958" },
        // United States
        { "(415) 555-2671", "US", "+14155552671" },
        { "415.555.2671", "US", "+14155552671" },
        { "1-415-555-2671", "US", "+14155552671" },
        { "+1 415 555 2671", "GB", "+14155552671" },
        { "011 49 30 1234567", "US", "+49301234567" },
        { "+1 415 555 2671 ext. 12", "US", "+14155552671" },
        // France
        { "01 23 45 67 89", "FR", "+33123456789" },
        { "+33 1 23 45 67 89", "", "+33123456789" },
        // Netherlands
        { "020-1234567", "NL", "+31201234567" },
        { "+31 20 123 4567", "DE", "+31201234567" },
        // Switzerland
        { "044 668 18 00", "CH", "+41446681800" },
        { "0041 44 668 18 00", "DE", "+41446681800" },
        { "+41 44 668 18 00", "", "+41446681800" },
        // Elsewhere, through libphonenumber
        { "06 1234 5678", "IT", "+390612345678" },
        { "8 495 123-45-67", "RU", "+74951234567" },
        // Not phone numbers
        { "", "DE", "" },
        { "n/a", "DE", "" },
        { "030 1234567", "", "" },
    };
    for (const auto &row : rows)
        QTest::newRow(
            QStringLiteral("%1 [%2]").arg(QString::fromUtf8(row[0]), QString::fromLatin1(row[1])).toUtf8())
            << QString::fromUtf8(row[0]) << QString::fromLatin1(row[1]) << QString::fromLatin1(row[2]);
}

void TestPhoneNormaliser::toE164()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNormaliser::toE164(raw, region), expected);
    QCOMPARE(PhoneNormaliser::toE164Reference(raw, region), expected);
}

void TestPhoneNormaliser::fastPathMatchesLibphonenumber_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    // Every spelling the fast path accepts, over its countries and some it must leave alone.
    const QStringList regions = { QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"),
                                  QStringLiteral("GB"), QStringLiteral("FR"), QStringLiteral("NL"),
                                  QStringLiteral("BE"), QStringLiteral("US"), QStringLiteral("CA"),
                                  QStringLiteral("AU"), QStringLiteral("IT"), QStringLiteral("ES"),
                                  QStringLiteral("BR"), QStringLiteral("RU"), QStringLiteral("HU"),
                                  QStringLiteral("") };
    const QStringList numbers = {
        QStringLiteral("030 1234567"),
        QStringLiteral("0301234567"),
        QStringLiteral("301234567"),
        QStringLiteral("0 30 1234 5678"),
        QStringLiteral("00 49 30 123456"),
        QStringLiteral("+49 30 1234567"),
        QStringLiteral("+44 20 7946 0958"),
        QStringLiteral("+1 212 555 0100"),
        QStringLiteral("212-555-0100"),
        QStringLiteral("1 212 555 0100"),
        QStringLiteral("+33 6 12 34 56 78"),
        QStringLiteral("06 12 34 56 78"),
        QStringLiteral("+31 6 1234 5678"),
        QStringLiteral("+41 79 123 45 67"),
        QStringLiteral("+61 2 9876 5432"),
        QStringLiteral("+39 02 1234 5678"),
        QStringLiteral("+55 11 91234 5678"),
        QStringLiteral("+7 495 1234567"),
        QStringLiteral("+36 1 234 5678"),
        QStringLiteral("49301234567"),
        QStringLiteral("123"),
        QStringLiteral("+49 123"),
        QStringLiteral("0800 123 4567"),
        QStringLiteral("+353 1 234 5678"),
        QStringLiteral("+352 26 12 34"),
        QStringLiteral("12345678901234567"),
        QStringLiteral("+1 800 555 0199"),
        QStringLiteral("(0211) 372-8509"),
        QStringLiteral("+49 (0)211 3728509"),
        QStringLiteral("0049 211 3728509"),
        QStringLiteral("0041 21 362 69 95"),
        QStringLiteral("(303) 766-3994"),
        QStringLiteral("+33 (0)5 15 49 49 60"),
        QStringLiteral("+41 (0)61 483 87 82"),
        QStringLiteral("+44 (0)113 768 5301"),
        QStringLiteral("0044 0113 768 5301"),
        QStringLiteral("+49 (0)0301234567"),
        QStringLiteral("0011 61 2 9876 5432"),
        QStringLiteral("+61 (0)2 9876 5432"),
        QStringLiteral("+1 (415) 555-2671"),
        QStringLiteral("(0)30 1234567"),
        QStringLiteral("+49 (0) 30 / 12 34 56-7"),
        QStringLiteral("+27 (0)21 123 4567"),
        QStringLiteral("+64 (0)9 123 4567"),
        QStringLiteral("00 41 (0)44 668 18 00"),
        QStringLiteral("0 30 1234 5678"),
        QStringLiteral("+41 30 1234 5678"),
    };
    for (const QString &region : regions) {
        for (const QString &number : numbers)
            QTest::newRow(QStringLiteral("%1 [%2]").arg(number, region).toUtf8()) << number << region;
    }
}

void TestPhoneNormaliser::fastPathMatchesLibphonenumber()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QCOMPARE(PhoneNormaliser::toE164(raw, region), PhoneNormaliser::toE164Reference(raw, region));
}

void TestPhoneNormaliser::countryCode()
{
    QCOMPARE(PhoneNormaliser::countryCode(QStringLiteral("DE")), 49);
    QCOMPARE(PhoneNormaliser::countryCode(QStringLiteral("ch")), 41);
    QCOMPARE(PhoneNormaliser::countryCode(QStringLiteral("US")), 1);
    QCOMPARE(PhoneNormaliser::countryCode(QStringLiteral("XX")), 0);
    QCOMPARE(PhoneNormaliser::countryCode(QString()), 0);
}

QTEST_GUILESS_MAIN(TestPhoneNormaliser)
#include "tst_phonenormaliser.moc"
