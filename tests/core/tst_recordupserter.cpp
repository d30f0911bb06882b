#include "sync/recordupserter.h"
#include "tempcache.h"

#include <QtTest>

using namespace cw;

// RecordUpserter writes runs of records with the same columns in groups of kGroupRows through
// one multi-row statement; these tests hold it to the outcome of writing each record alone.
class TestRecordUpserter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void groupsCountCreatedUpdatedAndUnchanged();
    void unchangedRowsAreNotRewritten();
    void groupMixesNewAndExistingRecords();
    void refusedRecordReportsItsLine();
    void cacheThatCannotWriteFailsTheUpsert();
    void deletionInsideARun();
    void textBeyondTheBindArenaIsWrittenWhole();
    void pageCacheGrowsWithTheTableAndIsRestored();

private:
    static CacheRecord line(int number, qint64 minutes = 60);
    static QList<CacheRecord> lines(int count);
    UpsertCounts upsert(const QList<CacheRecord> &records);
    qint64 rows() const;

    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<RecordUpserter> m_upserter;
    qint64 m_system = 0;
};

void TestRecordUpserter::init()
{
    m_upserter.reset();
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_system = m_cache->addSystem(QStringLiteral("file"), QStringLiteral("Payroll export"));
    QVERIFY(m_system > 0);
    m_upserter = std::make_unique<RecordUpserter>(m_cache->db(), m_system, QStringLiteral("timesheet_line"));
}

CacheRecord TestRecordUpserter::line(int number, qint64 minutes)
{
    CacheRecord record;
    record.externalId = QStringLiteral("L%1").arg(number);
    record.line = number + 1;
    record.fields = { { QStringLiteral("work_date"), QStringLiteral("2026-03-02") },
                      { QStringLiteral("minutes"), minutes },
                      { QStringLiteral("status"), QStringLiteral("approved") },
                      { QStringLiteral("modified_at"), QStringLiteral("1970-01-01T00:00:00Z") } };
    record.raw = "{\"Line\":\"L" + QByteArray::number(number) + "\"}";
    return record;
}

QList<CacheRecord> TestRecordUpserter::lines(int count)
{
    QList<CacheRecord> records;
    for (int i = 0; i < count; ++i)
        records.append(line(i));
    return records;
}

UpsertCounts TestRecordUpserter::upsert(const QList<CacheRecord> &records)
{
    UpsertCounts counts;
    const auto written = m_cache->db().transaction([&](QSqlDatabase &) -> Result<void> {
        auto result = m_upserter->upsert(records);
        if (!result)
            return result.error();
        counts = result.value();
        return {};
    });
    if (!written)
        qWarning("upsert failed: %s", qPrintable(written.error().toString()));
    return counts;
}

qint64 TestRecordUpserter::rows() const
{
    return m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")).toLongLong();
}

void TestRecordUpserter::groupsCountCreatedUpdatedAndUnchanged()
{
    // Three full groups and a tail written one by one.
    const int count = 3 * RecordUpserter::kGroupRows + 10;
    QList<CacheRecord> records = lines(count);
    const UpsertCounts first = upsert(records);
    QCOMPARE(first.created, count);
    QCOMPARE(first.total(), count);
    QCOMPARE(rows(), count);

    // One change in the first group, one in the last group, one in the tail.
    for (const int changed : { 5, 2 * RecordUpserter::kGroupRows + 1, count - 3 })
        records[changed] = line(changed, 480);
    const UpsertCounts second = upsert(records);
    QCOMPARE(second.created, 0);
    QCOMPARE(second.updated, 3);
    QCOMPARE(second.unchanged, count - 3);
    QCOMPARE(second.failed, 0);
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE minutes = 480")).toInt(),
        3);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT minutes FROM timesheet_line WHERE external_id = 'L5'"))
                 .toInt(),
             480);
}

void TestRecordUpserter::unchangedRowsAreNotRewritten()
{
    const QList<CacheRecord> records = lines(2 * RecordUpserter::kGroupRows);
    QCOMPARE(upsert(records).created, records.size());
    QVERIFY(m_cache->exec(QStringLiteral("CREATE TABLE rewritten (id INTEGER)")));
    QVERIFY(m_cache->exec(QStringLiteral("CREATE TRIGGER log_rewrite AFTER UPDATE ON timesheet_line "
                                         "BEGIN INSERT INTO rewritten VALUES (new.id); END")));
    QList<CacheRecord> again = records;
    again[7] = line(7, 15);
    const UpsertCounts counts = upsert(again);
    QCOMPARE(counts.unchanged, records.size() - 1);
    QCOMPARE(counts.updated, 1);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM rewritten")).toInt(), 1);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT t.external_id FROM rewritten r "
                                         "JOIN timesheet_line t ON t.id = r.id"))
                 .toString(),
             QStringLiteral("L7"));
}

void TestRecordUpserter::groupMixesNewAndExistingRecords()
{
    QList<CacheRecord> records = lines(RecordUpserter::kGroupRows);
    // Every fourth record is cached already, one of them with other minutes.
    QList<CacheRecord> existing;
    for (int i = 0; i < records.size(); i += 4)
        existing.append(line(i, i == 8 ? 30 : 60));
    QCOMPARE(upsert(existing).created, existing.size());
    const UpsertCounts counts = upsert(records);
    QCOMPARE(counts.created, records.size() - existing.size());
    QCOMPARE(counts.updated, 1);
    QCOMPARE(counts.unchanged, existing.size() - 1);
    QCOMPARE(rows(), records.size());
    // The same id twice in one group: created, then updated, as written one after the other.
    records = lines(RecordUpserter::kGroupRows);
    for (CacheRecord &record : records)
        record.externalId += QStringLiteral("-b");
    records[40] = records[10];
    records[40].fields[1].second = qint64(90);
    const UpsertCounts twice = upsert(records);
    QCOMPARE(twice.created, records.size() - 1);
    QCOMPARE(twice.updated, 1);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT minutes FROM timesheet_line WHERE external_id = 'L10-b'"))
                 .toInt(),
             90);
}

void TestRecordUpserter::refusedRecordReportsItsLine()
{
    QList<CacheRecord> records = lines(2 * RecordUpserter::kGroupRows);
    records[30] = line(30, -5); // CHECK (minutes >= 0)
    records[100].fields[0].second = QVariant(); // work_date NOT NULL
    const UpsertCounts counts = upsert(records);
    QCOMPARE(counts.failed, 2);
    QCOMPARE(counts.created, records.size() - 2);
    QCOMPARE(counts.failures.size(), 2);
    QCOMPARE(counts.failures.at(0).externalId, QStringLiteral("L30"));
    QCOMPARE(counts.failures.at(0).line, 31);
    QCOMPARE(counts.failures.at(1).externalId, QStringLiteral("L100"));
    QCOMPARE(counts.failures.at(1).line, 101);
    QVERIFY(!counts.failures.at(0).message.isEmpty());
    QCOMPARE(rows(), records.size() - 2);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE external_id IN "
                                         "('L29', 'L31', 'L99', 'L101')"))
                 .toInt(),
             4);
}

void TestRecordUpserter::cacheThatCannotWriteFailsTheUpsert()
{
    // A refusal that is not a constraint concerns every record: the upsert fails as a whole
    // instead of trying, and counting as failed, each record of the group alone.
    const QList<CacheRecord> records = lines(RecordUpserter::kGroupRows);
    bool failed = false;
    const auto written = m_cache->db().transaction([&](QSqlDatabase &) -> Result<void> {
        if (!m_cache->exec(QStringLiteral("PRAGMA query_only = ON")))
            return Error(Error::Category::Internal, QStringLiteral("query_only"));
        const auto result = m_upserter->upsert(records);
        failed = !result;
        if (!m_cache->exec(QStringLiteral("PRAGMA query_only = OFF")))
            return Error(Error::Category::Internal, QStringLiteral("query_only"));
        return {};
    });
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QVERIFY(failed);
    QCOMPARE(rows(), 0);
    // Writable again, the same records are written.
    QCOMPARE(upsert(records).created, records.size());
}

void TestRecordUpserter::deletionInsideARun()
{
    QList<CacheRecord> records = lines(2 * RecordUpserter::kGroupRows);
    QCOMPARE(upsert(records).created, records.size());
    records[20].deleted = true;
    records[70].deleted = true;
    const UpsertCounts counts = upsert(records);
    QCOMPARE(counts.deleted, 2);
    QCOMPARE(counts.unchanged, records.size() - 2);
    QCOMPARE(rows(), records.size() - 2);
    QVERIFY(!m_cache->scalar(QStringLiteral("SELECT id FROM timesheet_line WHERE external_id = 'L20'"))
                 .isValid());
}

void TestRecordUpserter::textBeyondTheBindArenaIsWrittenWhole()
{
    // A group's text goes into a fixed arena while it fits, then into buffers of its own; both
    // must store every value whole, multi-byte characters and emoji included.
    const QString chunk = QStringLiteral("Zoë \"Ø\" 李 🚀, ");
    const qsizetype repeats = RecordUpserter::kArenaBytes / (3 * chunk.size()) / 3;
    QList<CacheRecord> records = lines(RecordUpserter::kGroupRows);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString date = i % 2 == 0 ? QStringLiteral("2026-03-02") : QStringLiteral("2026-03-03");
        records[i].fields[0].second = QString(date + chunk.repeated(i < 8 ? repeats : 1));
    }
    QCOMPARE(upsert(records).created, records.size());
    for (const int i : { 0, 3, 7, 8, RecordUpserter::kGroupRows - 1 }) {
        const QString stored = m_cache
                                   ->scalar(QStringLiteral("SELECT work_date FROM timesheet_line "
                                                           "WHERE external_id = ?"),
                                            { records.at(i).externalId })
                                   .toString();
        QCOMPARE(stored, records.at(i).fields.at(0).second.toString());
    }
    QCOMPARE(upsert(records).unchanged, records.size());
}

void TestRecordUpserter::pageCacheGrowsWithTheTableAndIsRestored()
{
    const auto cacheSize = [this] {
        return m_cache->scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
    };
    const qint64 initial = cacheSize();
    QVERIFY(initial > -RecordUpserter::kPageCacheMinKib);
    // Rows enough for their share to pass the least cache by a tenth.
    const int count =
        int(RecordUpserter::kPageCacheMinKib * 1024 / RecordUpserter::kPageCacheBytesPerRow * 11 / 10);
    QCOMPARE(upsert(lines(count)).created, count);
    // The cache follows the rows the table held before a write: none here, so the least.
    QCOMPARE(cacheSize(), -RecordUpserter::kPageCacheMinKib);
    QCOMPARE(upsert({ line(count) }).created, 1);
    QCOMPARE(cacheSize(), -(qint64(count) * RecordUpserter::kPageCacheBytesPerRow / 1024));
    m_upserter.reset();
    QCOMPARE(cacheSize(), initial);
}

QTEST_GUILESS_MAIN(TestRecordUpserter)
#include "tst_recordupserter.moc"
