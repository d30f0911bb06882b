#include "connectors/file/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, CsvReader::Options options = {},
                           std::optional<Error> *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    CsvReader reader(&buffer, options);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(&row))
        rows.append(row);
    if (error)
        *error = reader.error();
    return rows;
}

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList out;
    for (const char *f : fields)
        out << QString::fromUtf8(f);
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void sniffsDelimiter_data();
    void sniffsDelimiter();
    void explicitDelimiter();
    void utf16();
    void invalidUtf8IsRefused();
    void unterminatedQuote();
    void rowLines();
    void largeFieldAcrossChunks();
    void readFile();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("simple") << QByteArray("id,name\n1,Acme\n")
                            << QList<QStringList> { row({ "id", "name" }), row({ "1", "Acme" }) };
    QTest::newRow("no trailing newline")
        << QByteArray("a,b\n1,2") << QList<QStringList> { row({ "a", "b" }), row({ "1", "2" }) };
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n")
                          << QList<QStringList> { row({ "a", "b" }), row({ "1", "2" }) };
    QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r")
                             << QList<QStringList> { row({ "a", "b" }), row({ "1", "2" }) };
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"Acme, Inc.\",2\n")
                                  << QList<QStringList> { row({ "a", "b" }), row({ "Acme, Inc.", "2" }) };
    QTest::newRow("doubled quote") << QByteArray("a\n\"The \"\"Best\"\" Co\"\n")
                                   << QList<QStringList> { row({ "a" }), row({ "The \"Best\" Co" }) };
    QTest::newRow("newline in field")
        << QByteArray("a,b\n\"line one\nline two\",x\n")
        << QList<QStringList> { row({ "a", "b" }), row({ "line one\nline two", "x" }) };
    QTest::newRow("crlf in field") << QByteArray("a,b\r\n\"one\r\ntwo\",x\r\n")
                                   << QList<QStringList> { row({ "a", "b" }), row({ "one\r\ntwo", "x" }) };
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n")
                                  << QList<QStringList> { row({ "a", "b", "c" }), row({ "", "", "" }) };
    QTest::newRow("empty quoted field")
        << QByteArray("a\n\"\"\n") << QList<QStringList> { row({ "a" }), row({ "" }) };
    QTest::newRow("blank lines skipped")
        << QByteArray("a,b\n\n1,2\n\n") << QList<QStringList> { row({ "a", "b" }), row({ "1", "2" }) };
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,name\n1,Müller\n")
                         << QList<QStringList> { row({ "id", "name" }), row({ "1", "Müller" }) };
    QTest::newRow("emoji") << QByteArray("name\n\"Rocket 🚀 Labs\"\n")
                           << QList<QStringList> { row({ "name" }), row({ "Rocket 🚀 Labs" }) };
    QTest::newRow("stray quote kept")
        << QByteArray("a\n5\" disk\n") << QList<QStringList> { row({ "a" }), row({ "5\" disk" }) };
    QTest::newRow("text after closing quote")
        << QByteArray("a\n\"x\"y\n") << QList<QStringList> { row({ "a" }), row({ "xy" }) };
    QTest::newRow("empty file") << QByteArray() << QList<QStringList> {};
    QTest::newRow("only bom") << QByteArray("\xEF\xBB\xBF") << QList<QStringList> {};
    QTest::newRow("ragged rows") << QByteArray("a,b,c\n1\n1,2,3,4\n")
                                 << QList<QStringList> { row({ "a", "b", "c" }), row({ "1" }),
                                                         row({ "1", "2", "3", "4" }) };
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    std::optional<Error> error;
    QCOMPARE(readAll(input, {}, &error), expected);
    QVERIFY(!error);
}

void TestCsvReader::sniffsDelimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',');
    QTest::newRow("semicolon (European Excel)")
        << QByteArray("name;city\n\"Acme, Inc.\";Berlin\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QChar(u'\t');
    QTest::newRow("pipe") << QByteArray("a|b|c\n") << QChar(u'|');
    QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d\n") << QChar(u';');
    QTest::newRow("single column") << QByteArray("name\nAcme\n") << QChar(u',');
}

void TestCsvReader::sniffsDelimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QBuffer buffer;
    buffer.setData(input);
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(reader.delimiter(), delimiter);
}

void TestCsvReader::explicitDelimiter()
{
    CsvReader::Options options;
    options.delimiter = QLatin1Char(';');
    QCOMPARE(readAll("a,b;c\n", options), QList<QStringList> { row({ "a,b", "c" }) });
}

void TestCsvReader::utf16()
{
    const QString text = QStringLiteral("id;name\n1;Société Générale\n");
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QStringEncoder bare(QStringConverter::Utf16LE);
    const QList<QStringList> expected = { row({ "id", "name" }), row({ "1", "Société Générale" }) };
    QCOMPARE(readAll(le.encode(text)), expected);
    QCOMPARE(readAll(be.encode(text)), expected);
    QCOMPARE(readAll(bare.encode(text)), expected);
}

void TestCsvReader::invalidUtf8IsRefused()
{
    std::optional<Error> error;
    const QList<QStringList> rows = readAll(QByteArray("name\nok\nM\xFCller\n"), {}, &error);
    QVERIFY(rows.isEmpty());
    QVERIFY(error.has_value());
    QCOMPARE(error->category(), Error::Category::Validation);
    QVERIFY2(error->userMessage().contains(QLatin1String("line 3")), qPrintable(error->userMessage()));
}

void TestCsvReader::unterminatedQuote()
{
    std::optional<Error> error;
    const QList<QStringList> rows = readAll(QByteArray("a\n1\n\"never closed\n2\n"), {}, &error);
    QCOMPARE(rows, QList<QStringList> { row({ "a" }) } + QList<QStringList> { row({ "1" }) });
    QVERIFY(error.has_value());
    QVERIFY(error->userMessage().contains(QLatin1String("line 3")));
}

void TestCsvReader::rowLines()
{
    QBuffer buffer;
    buffer.setData("a\n\"x\ny\"\n\nz\n");
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(reader.rowLine(), 1);
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(reader.rowLine(), 2);
    QVERIFY(reader.readRow(&fields));
    QCOMPARE(reader.rowLine(), 5);
    QVERIFY(!reader.readRow(&fields));
    QVERIFY(!reader.error());
}

void TestCsvReader::largeFieldAcrossChunks()
{
    // A field and a doubled quote straddling the reader's 64 KiB chunks.
    QByteArray big(70000, 'x');
    big[65530] = '"';
    big.insert(65531, '"'); // with the 5 bytes before the field: bytes 65535 and 65536
    const QByteArray input = "a,b\n\"" + big + "\",end\r\n";
    const QList<QStringList> rows = readAll(input);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].size(), 2);
    QCOMPARE(rows[1][0].size(), 70000);
    QCOMPARE(rows[1][0].at(65530), QLatin1Char('"'));
    QCOMPARE(rows[1][1], QStringLiteral("end"));
}

void TestCsvReader::readFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,name\n7,\"Acme\nStaffing\"\n");
    file.close();
    const Result<QList<QStringList>> rows = CsvReader::readFile(path);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2);
    QCOMPARE(rows.value()[1][1], QStringLiteral("Acme\nStaffing"));
    const Result<QList<QStringList>> missing = CsvReader::readFile(dir.filePath(QStringLiteral("none.csv")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().category(), Error::Category::NotFound);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
