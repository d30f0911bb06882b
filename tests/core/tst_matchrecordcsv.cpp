#include "matching/matchrecordcsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestMatchRecordCsv : public QObject
{
    Q_OBJECT

private slots:
    void recognisesHeaders();
    void mappingOverrides();
    void errors();

private:
    QString write(const char *name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TestMatchRecordCsv::write(const char *name, const QByteArray &content)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestMatchRecordCsv::recognisesHeaders()
{
    const QString path =
        write("hubspot.csv",
              "Record ID;Company name;Street Address;Postal Code;City;Country/Region;Phone Number;"
              "Company Domain Name;VAT-ID;Notes\n"
              "101;Acme GmbH;Hauptstr. 5;10115;Berlin;Germany;030 1234567;acme.de;DE123456789;x\n");
    const Result<std::vector<MatchRecord>> records = MatchRecordCsv::read(path);
    QVERIFY(records.ok());
    QCOMPARE(records.value().size(), size_t(1));
    const MatchRecord &r = records.value().front();
    QCOMPARE(r.id, QStringLiteral("101"));
    QCOMPARE(r.name, QStringLiteral("Acme GmbH"));
    QCOMPARE(r.street, QStringLiteral("Hauptstr. 5"));
    QCOMPARE(r.postcode, QStringLiteral("10115"));
    QCOMPARE(r.city, QStringLiteral("Berlin"));
    QCOMPARE(r.country, QStringLiteral("Germany"));
    QCOMPARE(r.phone, QStringLiteral("030 1234567"));
    QCOMPARE(r.website, QStringLiteral("acme.de"));
    QCOMPARE(r.vat, QStringLiteral("DE123456789"));
}

void TestMatchRecordCsv::mappingOverrides()
{
    const QString path = write("odd.csv", "Kundennummer,Firma,Telefonnummer\nK1,Acme,+49 30 1\n");
    QVERIFY(!MatchRecordCsv::read(path).ok());
    const Result<std::vector<MatchRecord>> records =
        MatchRecordCsv::read(path,
                             { { QStringLiteral("id"), QStringLiteral("Kundennummer") },
                               { QStringLiteral("name"), QStringLiteral("Firma") },
                               { QStringLiteral("phone"), QStringLiteral("telefonnummer") } });
    QVERIFY(records.ok());
    QCOMPARE(records.value().front().id, QStringLiteral("K1"));
    QCOMPARE(records.value().front().name, QStringLiteral("Acme"));
    QCOMPARE(records.value().front().phone, QStringLiteral("+49 30 1"));
}

void TestMatchRecordCsv::errors()
{
    const QString path = write("ok.csv", "id,name\n1,Acme\n");
    const auto unknownField =
        MatchRecordCsv::read(path, { { QStringLiteral("colour"), QStringLiteral("name") } });
    QCOMPARE(unknownField.error().category(), Error::Category::Validation);
    const auto unknownColumn =
        MatchRecordCsv::read(path, { { QStringLiteral("name"), QStringLiteral("Firma") } });
    QCOMPARE(unknownColumn.error().category(), Error::Category::Validation);
    const auto missingId = MatchRecordCsv::read(write("noid.csv", "id,name\n1,Acme\n,Beta\n"));
    QVERIFY(missingId.error().userMessage().contains(QLatin1String("line 3")));
    QVERIFY(!MatchRecordCsv::read(write("empty.csv", "")).ok());
    QCOMPARE(MatchRecordCsv::read(m_dir.filePath(QStringLiteral("none.csv"))).error().category(),
             Error::Category::NotFound);
    QCOMPARE(MatchRecordCsv::read(write("header.csv", "id,name\n")).value().size(), size_t(0));
}

QTEST_GUILESS_MAIN(TestMatchRecordCsv)
#include "tst_matchrecordcsv.moc"
