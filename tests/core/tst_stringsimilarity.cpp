#include "matching/stringsimilarity.h"

#include <QTest>

using namespace cw;

class TestStringSimilarity : public QObject
{
    Q_OBJECT

private slots:
    void jaroWinkler_data();
    void jaroWinkler();
    void jaro();
    void longStrings();
    void fastMatchesTextbook();
};

void TestStringSimilarity::jaroWinkler_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");
    // Reference values from Winkler (1990) and the record linkage literature.
    QTest::newRow("martha") << QStringLiteral("MARTHA") << QStringLiteral("MARHTA") << 0.9611;
    QTest::newRow("dwayne") << QStringLiteral("DWAYNE") << QStringLiteral("DUANE") << 0.8400;
    QTest::newRow("dixon") << QStringLiteral("DIXON") << QStringLiteral("DICKSONX") << 0.8133;
    QTest::newRow("jellyfish") << QStringLiteral("JELLYFISH") << QStringLiteral("SMELLYFISH") << 0.8963;
    QTest::newRow("identical") << QStringLiteral("acme") << QStringLiteral("acme") << 1.0;
    QTest::newRow("disjoint") << QStringLiteral("abc") << QStringLiteral("xyz") << 0.0;
    QTest::newRow("one empty") << QStringLiteral("abc") << QString() << 0.0;
    QTest::newRow("both empty") << QString() << QString() << 1.0;
    QTest::newRow("accented code units") << QStringLiteral("müller") << QStringLiteral("müler") << 0.9611;
}

void TestStringSimilarity::jaroWinkler()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);
    const std::u16string_view va(reinterpret_cast<const char16_t *>(a.utf16()), size_t(a.size()));
    const std::u16string_view vb(reinterpret_cast<const char16_t *>(b.utf16()), size_t(b.size()));
    QVERIFY2(qAbs(StringSimilarity::jaroWinkler(va, vb) - expected) < 1e-4,
             qPrintable(QString::number(StringSimilarity::jaroWinkler(va, vb))));
    QCOMPARE(StringSimilarity::jaroWinkler(va, vb), StringSimilarity::jaroWinkler(vb, va));
}

void TestStringSimilarity::jaro()
{
    QVERIFY(qAbs(StringSimilarity::jaro(u"MARTHA", u"MARHTA") - 0.9444) < 1e-4);
    QVERIFY(qAbs(StringSimilarity::jaro(u"DWAYNE", u"DUANE") - 0.8222) < 1e-4);
}

void TestStringSimilarity::longStrings()
{
    const std::u16string a(400, u'a');
    std::u16string b = a;
    b[300] = u'b';
    // Only the first 255 code units count, where the strings agree.
    QCOMPARE(StringSimilarity::jaroWinkler(a, b), 1.0);
}

void TestStringSimilarity::fastMatchesTextbook()
{
    // Random strings over small alphabets (many repeats, the hard case for the matching order),
    // ASCII and not, up to and beyond the 64 code units of the bit-parallel path.
    quint64 state = 12345;
    const auto next = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return quint32(state >> 33);
    };
    const std::u16string alphabets[] = { u"ab", u"abc ", u"abcdefghij", u"aäöüß", u"стаф" };
    for (int n = 0; n < 20000; ++n) {
        const std::u16string &alphabet = alphabets[n % 5];
        std::u16string a, b;
        const quint32 la = next() % 70, lb = next() % 70;
        for (quint32 k = 0; k < la; ++k)
            a += alphabet[next() % alphabet.size()];
        for (quint32 k = 0; k < lb; ++k)
            b += alphabet[next() % alphabet.size()];
        QCOMPARE(StringSimilarity::jaro(a, b), StringSimilarity::jaro(a, b));
        if (a != b)
            QCOMPARE(StringSimilarity::jaro(a, b), StringSimilarity::jaroClassicForTesting(a, b));
    }
}

QTEST_GUILESS_MAIN(TestStringSimilarity)
#include "tst_stringsimilarity.moc"
