#include "matching/legalforms.h"

#include <QTest>

using namespace cw;

class TestLegalForms : public QObject
{
    Q_OBJECT

private slots:
    void canonical_data();
    void canonical();
    void families();
    void idsRoundTrip();
};

void TestLegalForms::canonical_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    const char *rows[][2] = {
        { "Inc.", "inc" },
        { "Incorporated", "inc" },
        { "LLC", "llc" },
        { "L.L.C.", "llc" },
        { "Ltd", "ltd" },
        { "Limited", "ltd" },
        { "GmbH", "gmbh" },
        { "SA", "sa" },
        { "S.A.", "sa" },
        { "S.A.R.L.", "sarl" },
        { "SARL", "sarl" },
        { "B.V.", "bv" },
        { "AG", "ag" },
        { "plc", "plc" },
        { "PLC", "plc" },
        { "Corp.", "corp" },
        { "Corporation", "corp" },
        { "Co.", "co" },
        { "KG", "kg" },
        { "SAS", "sas" },
        { "S.r.l.", "srl" },
        { "Pty Ltd", "pty-ltd" },
        { "Pty. Limited", "pty-ltd" },
        { "GmbH & Co. KG", "gmbh-co-kg" },
        { "S.p.A.", "spa" },
        { "N.V.", "nv" },
        { "Sp. z o.o.", "sp-zoo" },
        { "Sàrl", "sarl" },
        { "Acme", "" },
        { "", "" },
    };
    for (const auto &row : rows)
        QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromLatin1(row[1]);
}

void TestLegalForms::canonical()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(LegalForms::canonical(text), code);
}

void TestLegalForms::families()
{
    const auto family = [](const char *code) {
        return LegalForms::familyOf(LegalForms::id(QString::fromLatin1(code)));
    };
    QCOMPARE(family("inc"), family("corp"));
    QCOMPARE(family("ltd"), family("plc"));
    QCOMPARE(family("gmbh"), family("ag"));
    QVERIFY(family("inc") != family("gmbh"));
    QCOMPARE(family("unknown"), quint8(0));
}

void TestLegalForms::idsRoundTrip()
{
    for (const char *code : { "inc", "gmbh-co-kg", "pty-ltd", "sarl" }) {
        const quint8 id = LegalForms::id(QString::fromLatin1(code));
        QVERIFY(id != 0);
        QCOMPARE(LegalForms::code(id), QString::fromLatin1(code));
    }
    QCOMPARE(LegalForms::id(QString()), quint8(0));
    QVERIFY(LegalForms::code(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestLegalForms)
#include "tst_legalforms.moc"
