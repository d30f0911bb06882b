#include "csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace cw;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesCells_data();
    void escapesCells();
    void writesBomOnceAndCrlf();
};

void TestCsvWriter::escapesCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Acme GmbH") << QStringLiteral("Acme GmbH");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("\"Acme, Inc.\"");
    QTest::newRow("quotes doubled") << QStringLiteral("The \"Best\" Ltd")
                                    << QStringLiteral("\"The \"\"Best\"\" Ltd\"");
    QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("formula +") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
    QTest::newRow("formula -") << QStringLiteral("-5.00") << QStringLiteral("'-5.00");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("formula tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
    QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                        << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("equals later is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("unicode") << QStringLiteral("Café 🚀") << QStringLiteral("Café 🚀");
}

void TestCsvWriter::escapesCells()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escapeCell(cell), expected);
}

void TestCsvWriter::writesBomOnceAndCrlf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({ QStringLiteral("Name"), QStringLiteral("Amount") }));
    QVERIFY(writer.writeRow({ QStringLiteral("Zoë"), QStringLiteral("-1") }));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFName,Amount\r\nZo\xC3\xAB,'-1\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
