#include "matching/textnormaliser.h"

#include <QTest>

using namespace cw;

class TestTextNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void tokens_data();
    void tokens();
};

void TestTextNormaliser::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii case") << QStringLiteral("ACME Staffing") << QStringLiteral("acme staffing");
    QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("muller");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("french accents") << QStringLiteral("Société Générale")
                                    << QStringLiteral("societe generale");
    QTest::newRow("nordic") << QStringLiteral("Øresund Æble Łódź") << QStringLiteral("oresund aeble lodz");
    QTest::newRow("full width") << QStringLiteral("ＡＣＭＥ　１２") << QStringLiteral("acme 12");
    QTest::newRow("ligature") << QStringLiteral("ﬁnance") << QStringLiteral("finance");
    QTest::newRow("cyrillic kept") << QStringLiteral("ГАЗПРОМ") << QStringLiteral("газпром");
    QTest::newRow("greek accents") << QStringLiteral("Αθήνα") << QStringLiteral("αθηνα");
    QTest::newRow("vietnamese") << QStringLiteral("Nguyễn") << QStringLiteral("nguyen");
    QTest::newRow("empty") << QString() << QString();
}

void TestTextNormaliser::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextNormaliser::fold(input), expected);
}

void TestTextNormaliser::tokens_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("punctuation") << QStringLiteral("Acme, Staffing (Berlin)")
                                 << QStringList { QStringLiteral("acme"), QStringLiteral("staffing"),
                                                  QStringLiteral("berlin") };
    QTest::newRow("apostrophe joins") << QStringLiteral("O'Brien’s Bar")
                                      << QStringList { QStringLiteral("obriens"), QStringLiteral("bar") };
    QTest::newRow("ampersand") << QStringLiteral("Smith&Sons")
                               << QStringList { QStringLiteral("smith"), QStringLiteral("and"),
                                                QStringLiteral("sons") };
    QTest::newRow("initials join") << QStringLiteral("S.A.R.L.") << QStringList { QStringLiteral("sarl") };
    QTest::newRow("spaced initials") << QStringLiteral("J. P. Morgan")
                                     << QStringList { QStringLiteral("jp"), QStringLiteral("morgan") };
    QTest::newRow("single letter after word")
        << QStringLiteral("Apple I") << QStringList { QStringLiteral("apple"), QStringLiteral("i") };
    QTest::newRow("digits stay apart")
        << QStringLiteral("3 M Labs")
        << QStringList { QStringLiteral("3"), QStringLiteral("m"), QStringLiteral("labs") };
    QTest::newRow("emoji separates") << QStringLiteral("Acme🚀Labs")
                                     << QStringList { QStringLiteral("acme"), QStringLiteral("labs") };
    QTest::newRow("cjk run") << QStringLiteral("株式会社 トヨタ")
                             << QStringList { QStringLiteral("株式会社"), QStringLiteral("トヨタ") };
    QTest::newRow("only punctuation") << QStringLiteral("--- ...") << QStringList {};
}

void TestTextNormaliser::tokens()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QCOMPARE(TextNormaliser::tokens(input), expected);
}

QTEST_GUILESS_MAIN(TestTextNormaliser)
#include "tst_textnormaliser.moc"
