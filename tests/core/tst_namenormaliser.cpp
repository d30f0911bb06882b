#include "matching/namenormaliser.h"

#include <QTest>

using namespace cw;

class TestNameNormaliser : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data();
    void normalise();
    void legalFormFieldWins();
    void singular_data();
    void singular();
};

void TestNameNormaliser::normalise_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tokens");
    QTest::addColumn<QString>("legalForm");
    QTest::newRow("inc") << QStringLiteral("Acme Staffing Solutions, Inc.")
                         << QStringLiteral("acme staffing solution") << QStringLiteral("inc");
    QTest::newRow("incorporated") << QStringLiteral("ACME Staffing Solutions Incorporated")
                                  << QStringLiteral("acme staffing solution") << QStringLiteral("inc");
    QTest::newRow("sa") << QStringLiteral("Acme Staffing Solutions SA")
                        << QStringLiteral("acme staffing solution") << QStringLiteral("sa");
    QTest::newRow("no form") << QStringLiteral("ACME Staffing") << QStringLiteral("acme staffing")
                             << QString();
    QTest::newRow("gmbh") << QStringLiteral("Müller Personal GmbH") << QStringLiteral("muller personal")
                          << QStringLiteral("gmbh");
    QTest::newRow("gmbh & co kg") << QStringLiteral("Schmidt Bau GmbH & Co. KG")
                                  << QStringLiteral("schmidt bau") << QStringLiteral("gmbh-co-kg");
    QTest::newRow("sarl dotted") << QStringLiteral("Dupont Conseil S.A.R.L.")
                                 << QStringLiteral("dupont conseil") << QStringLiteral("sarl");
    QTest::newRow("bv dotted") << QStringLiteral("De Vries Techniek B.V.")
                               << QStringLiteral("de vries techniek") << QStringLiteral("bv");
    QTest::newRow("pty ltd") << QStringLiteral("Kangaroo Labour Hire Pty Ltd")
                             << QStringLiteral("kangaroo labour hire") << QStringLiteral("pty-ltd");
    QTest::newRow("plc") << QStringLiteral("Britannia Recruitment plc")
                         << QStringLiteral("britannia recruitment") << QStringLiteral("plc");
    QTest::newRow("llc") << QStringLiteral("Lone Star Talent L.L.C.") << QStringLiteral("lone star talent")
                         << QStringLiteral("llc");
    QTest::newRow("ag") << QStringLiteral("Zürich Personal AG") << QStringLiteral("zurich personal")
                        << QStringLiteral("ag");
    QTest::newRow("corp") << QStringLiteral("Globex Corporation") << QStringLiteral("globex")
                          << QStringLiteral("corp");
    QTest::newRow("co ltd") << QStringLiteral("Hanwa Co., Ltd.") << QStringLiteral("hanwa")
                            << QStringLiteral("co-ltd");
    QTest::newRow("smith & co") << QStringLiteral("Smith & Co") << QStringLiteral("smith")
                                << QStringLiteral("co");
    QTest::newRow("form inside") << QStringLiteral("Acme Ltd (UK)") << QStringLiteral("acme uk")
                                 << QStringLiteral("ltd");
    QTest::newRow("ambiguous word inside kept")
        << QStringLiteral("Software As A Service Co") << QStringLiteral("software as a service")
        << QStringLiteral("co");
    QTest::newRow("first token never removed")
        << QStringLiteral("Limited Brands") << QStringLiteral("limited brand") << QString();
    QTest::newRow("abbreviation intl")
        << QStringLiteral("Acme Intl Mgmt") << QStringLiteral("acme international management") << QString();
    QTest::newRow("and vs ampersand")
        << QStringLiteral("Black and Decker") << QStringLiteral("black decker") << QString();
    QTest::newRow("ampersand") << QStringLiteral("Black & Decker") << QStringLiteral("black decker")
                               << QString();
    QTest::newRow("the") << QStringLiteral("The Staffing Company") << QStringLiteral("staffing")
                         << QStringLiteral("co");
    QTest::newRow("plural") << QStringLiteral("Acme Technologies") << QStringLiteral("acme technology")
                            << QString();
    QTest::newRow("only noise") << QStringLiteral("The And") << QStringLiteral("the and") << QString();
    QTest::newRow("full width") << QStringLiteral("ＡＣＭＥ　ＧｍｂＨ") << QStringLiteral("acme")
                                << QStringLiteral("gmbh");
}

void TestNameNormaliser::normalise()
{
    QFETCH(QString, name);
    QFETCH(QString, tokens);
    QFETCH(QString, legalForm);
    const NormalisedName n = NameNormaliser::normalise(name);
    QCOMPARE(n.tokens.join(QLatin1Char(' ')), tokens);
    QCOMPARE(n.legalForm, legalForm);
}

void TestNameNormaliser::legalFormFieldWins()
{
    const NormalisedName n = NameNormaliser::normalise(QStringLiteral("Acme Inc"), QStringLiteral("GmbH"));
    QCOMPARE(n.legalForm, QStringLiteral("gmbh"));
    QCOMPARE(n.tokens, QStringList { QStringLiteral("acme") });
    const NormalisedName unknown =
        NameNormaliser::normalise(QStringLiteral("Acme Inc"), QStringLiteral("Other"));
    QCOMPARE(unknown.legalForm, QStringLiteral("inc"));
}

void TestNameNormaliser::singular_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("services") << QStringLiteral("services") << QStringLiteral("service");
    QTest::newRow("companies") << QStringLiteral("companies") << QStringLiteral("company");
    QTest::newRow("business") << QStringLiteral("business") << QStringLiteral("business");
    QTest::newRow("campus") << QStringLiteral("campus") << QStringLiteral("campus");
    QTest::newRow("analysis") << QStringLiteral("analysis") << QStringLiteral("analysis");
    QTest::newRow("short") << QStringLiteral("bros") << QStringLiteral("bros");
    QTest::newRow("name") << QStringLiteral("vries") << QStringLiteral("vries");
    QTest::newRow("systems") << QStringLiteral("systems") << QStringLiteral("system");
}

void TestNameNormaliser::singular()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(NameNormaliser::singular(word), expected);
}

QTEST_GUILESS_MAIN(TestNameNormaliser)
#include "tst_namenormaliser.moc"
