#include "cache/bulkwriter.h"
#include "tempcache.h"

#include <QTest>

using namespace cw;
using cw::test::TempCache;

class TestBulkWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesRowsAcrossBatches();
    void roundTripsTextAndNulls_data();
    void roundTripsTextAndNulls();
    void ignoreSkipsDuplicates();
    void replaceOverwritesDuplicates();
    void abortKeepsEarlierBatchesAndDropsCurrentOne();
    void writesGroupsAndAShortLastGroup();
    void copiesBoundTextSoBuffersMayBeReused();

private:
    Result<void> writeCustomers(BulkWriter &writer, int from, int to);
    std::unique_ptr<TempCache> m_cache;
    qint64 m_system = 0;
};

void TestBulkWriter::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_system = m_cache->addSystem(QStringLiteral("staffing"), QStringLiteral("Bullhorn"));
    QVERIFY(m_system > 0);
}

void TestBulkWriter::cleanup()
{
    m_cache.reset();
}

Result<void> TestBulkWriter::writeCustomers(BulkWriter &writer, int from, int to)
{
    for (int i = from; i < to; ++i) {
        writer.bind(m_system).bind(QString::number(i)).bind(QStringLiteral("Customer %1").arg(i)).bind("t");
        if (auto row = writer.endRow(); !row)
            return row;
    }
    return {};
}

const QStringList kCustomerColumns { QStringLiteral("system_id"), QStringLiteral("external_id"),
                                     QStringLiteral("name"), QStringLiteral("modified_at") };

void TestBulkWriter::writesRowsAcrossBatches()
{
    BulkWriter writer(m_cache->db(), QStringLiteral("customer"), kCustomerColumns,
                      BulkWriter::OnConflict::Abort, 7);
    QVERIFY(writer.begin().ok());
    QVERIFY(writeCustomers(writer, 0, 100).ok());
    QVERIFY(writer.finish().ok());
    QCOMPARE(writer.rowCount(), 100);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 100);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM customer WHERE external_id = '99'")).toString(),
             QStringLiteral("Customer 99"));
}

void TestBulkWriter::roundTripsTextAndNulls_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes") << QStringLiteral("O'Brien \"Staffing\"; DROP TABLE customer; --");
    QTest::newRow("accents") << QStringLiteral("Société Générale d'Intérim");
    QTest::newRow("emoji") << QStringLiteral("Rocket 🚀 Talent 👩‍💻");
    QTest::newRow("cjk") << QStringLiteral("株式会社テスト");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")");
}

void TestBulkWriter::roundTripsTextAndNulls()
{
    QFETCH(QString, name);
    BulkWriter writer(m_cache->db(), QStringLiteral("placement"),
                      { QStringLiteral("system_id"), QStringLiteral("external_id"),
                        QStringLiteral("job_title"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                        QStringLiteral("bill_rate_minor"), QStringLiteral("modified_at") });
    QVERIFY(writer.begin().ok());
    writer.bind(m_system).bind("p1").bind(name).bind("2026-01-05").bindNull().bind(qint64(12550)).bind("t");
    QVERIFY(writer.endRow().ok());
    QVERIFY(writer.finish().ok());
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT job_title FROM placement")).toString(), name);
    QVERIFY(m_cache->scalar(QStringLiteral("SELECT end_date FROM placement")).isNull());
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT bill_rate_minor FROM placement")).toLongLong(), 12550);
}

void TestBulkWriter::ignoreSkipsDuplicates()
{
    BulkWriter writer(m_cache->db(), QStringLiteral("customer"), kCustomerColumns,
                      BulkWriter::OnConflict::Ignore);
    QVERIFY(writer.begin().ok());
    QVERIFY(writeCustomers(writer, 0, 10).ok());
    QVERIFY(writeCustomers(writer, 5, 15).ok());
    QVERIFY(writer.finish().ok());
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 15);
}

void TestBulkWriter::replaceOverwritesDuplicates()
{
    BulkWriter first(m_cache->db(), QStringLiteral("customer"), kCustomerColumns);
    QVERIFY(first.begin().ok());
    QVERIFY(writeCustomers(first, 0, 3).ok());
    QVERIFY(first.finish().ok());

    BulkWriter writer(m_cache->db(), QStringLiteral("customer"), kCustomerColumns,
                      BulkWriter::OnConflict::Replace);
    QVERIFY(writer.begin().ok());
    writer.bind(m_system).bind("1").bind(QStringLiteral("Renamed")).bind("t2");
    QVERIFY(writer.endRow().ok());
    QVERIFY(writer.finish().ok());
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 3);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM customer WHERE external_id = '1'")).toString(),
             QStringLiteral("Renamed"));
}

void TestBulkWriter::abortKeepsEarlierBatchesAndDropsCurrentOne()
{
    BulkWriter writer(m_cache->db(), QStringLiteral("customer"), kCustomerColumns,
                      BulkWriter::OnConflict::Abort, 10);
    QVERIFY(writer.begin().ok());
    QVERIFY(writeCustomers(writer, 0, 14).ok()); // one batch of 10 committed, 4 pending
    QVERIFY(writeCustomers(writer, 3, 4).ok()); // a duplicate, still waiting for its group
    auto finished = writer.finish();
    QVERIFY(!finished.ok());
    QCOMPARE(finished.error().category(), Error::Category::Conflict);
    QVERIFY(finished.error().detail().contains(QStringLiteral("UNIQUE")));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 10);
}

void TestBulkWriter::writesGroupsAndAShortLastGroup()
{
    BulkWriter writer(m_cache->db(), QStringLiteral("customer"), kCustomerColumns);
    QVERIFY(writer.rowsPerStatement() > 1);
    const int rows = writer.rowsPerStatement() * 3 + 5;
    QVERIFY(writer.begin().ok());
    QVERIFY(writeCustomers(writer, 0, rows).ok());
    QVERIFY(writer.finish().ok());
    QCOMPARE(writer.rowCount(), rows);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT count(*) FROM customer")).toInt(), rows);
    // Values land in their own rows, in order: each name matches its external id.
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT count(*) FROM customer "
                                         "WHERE name <> 'Customer ' || external_id"))
                 .toInt(),
             0);
}

void TestBulkWriter::copiesBoundTextSoBuffersMayBeReused()
{
    BulkWriter writer(m_cache->db(), QStringLiteral("customer"), kCustomerColumns);
    QVERIFY(writer.begin().ok());
    QByteArray buffer;
    for (int i = 0; i < 3; ++i) {
        buffer = QByteArray::number(i);
        writer.bind(m_system).bind(buffer.constData()).bind(buffer).bind("t");
        buffer.fill('x');
        QVERIFY(writer.endRow().ok());
    }
    QVERIFY(writer.finish().ok());
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT group_concat(external_id || '=' || name, ',') "
                                         "FROM (SELECT * FROM customer ORDER BY id)"))
                 .toString(),
             QStringLiteral("0=0,1=1,2=2"));
}

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
