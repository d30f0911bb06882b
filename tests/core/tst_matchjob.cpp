#include "matching/matchjob.h"
#include "matching/vectorrecordsource.h"

#include <QSignalSpy>
#include <QTest>

#include <mutex>

using namespace cw;

namespace {

std::vector<MatchRecord> companies(int n, int duplicateEvery)
{
    std::vector<MatchRecord> out;
    const QStringList words = { QStringLiteral("Zentrix"), QStringLiteral("Valora"),
                                QStringLiteral("Quorvia"), QStringLiteral("Brixel"),
                                QStringLiteral("Tandor"),  QStringLiteral("Lumora") };
    for (int i = 0; i < n; ++i) {
        MatchRecord r;
        r.id = QStringLiteral("C%1").arg(i);
        r.name = QStringLiteral("%1 %2 Staffing GmbH").arg(words[i % words.size()]).arg(i);
        r.phone = QStringLiteral("030 %1").arg(1000000 + i);
        r.postcode = QString::number(10000 + i);
        r.city = QStringLiteral("Berlin");
        r.country = QStringLiteral("DE");
        out.push_back(r);
        if (duplicateEvery > 0 && i % duplicateEvery == 0) {
            r.id += QStringLiteral("-dup");
            r.name = r.name.toUpper();
            out.push_back(r);
        }
    }
    return out;
}

class CancellingSource : public RecordSource
{
public:
    CancellingSource(MatchJob *job, qsizetype n)
        : m_job(job)
        , m_records(companies(int(n), 0))
    { }
    qsizetype size() const override { return qsizetype(m_records.size()); }
    MatchRecord record(qsizetype index) const override
    {
        std::call_once(m_once, [this] { m_job->cancel(); });
        return m_records[size_t(index)];
    }

private:
    MatchJob *m_job;
    std::vector<MatchRecord> m_records;
    mutable std::once_flag m_once;
};

} // namespace

class TestMatchJob : public QObject
{
    Q_OBJECT

private slots:
    void linksInTheBackground();
    void dedupesInTheBackground();
    void cancelFails();
    void destroyingARunningJobIsSafe();
};

void TestMatchJob::linksInTheBackground()
{
    MatchJob job;
    QSignalSpy finished(&job, &MatchJob::finished);
    QSignalSpy failed(&job, &MatchJob::failed);
    QSignalSpy progress(&job, &MatchJob::progress);
    auto left = std::make_shared<VectorRecordSource>(companies(3000, 0));
    auto right = std::make_shared<VectorRecordSource>(companies(3000, 0));
    job.startLink(left, right, MatchOptions());
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!job.isRunning());
    QVERIFY(job.linkage());
    QVERIFY(!job.deduplication());
    QVERIFY(!job.error());
    QCOMPARE(job.linkage()->statistics().decision.autoLinks, 3000);
    QVERIFY(progress.count() > 3);
    QCOMPARE(progress.last().at(0).value<MatchStage>(), MatchStage::Deciding);
    // Re-deciding on the job's thread after a threshold change.
    const MatchDecider::Counts strict = job.linkage()->redecide(1.0, 1.0);
    QVERIFY(strict.autoLinks <= 3000);
}

void TestMatchJob::dedupesInTheBackground()
{
    MatchJob job;
    QSignalSpy finished(&job, &MatchJob::finished);
    job.startDedupe(std::make_shared<VectorRecordSource>(companies(2000, 10)), MatchOptions());
    QVERIFY(finished.wait(60000));
    QVERIFY(job.deduplication());
    const std::vector<quint32> &clusters = job.deduplication()->clusters;
    QCOMPARE(clusters.size(), size_t(2200));
    // Record 0 and its duplicate (record 1) are one customer; record 2 is another.
    QCOMPARE(clusters[1], clusters[0]);
    QVERIFY(clusters[2] != clusters[0]);
}

void TestMatchJob::cancelFails()
{
    MatchJob job;
    QSignalSpy finished(&job, &MatchJob::finished);
    QSignalSpy failed(&job, &MatchJob::failed);
    auto left = std::make_shared<CancellingSource>(&job, 6 * 2048);
    job.startLink(left, std::make_shared<VectorRecordSource>(companies(100, 0)), MatchOptions());
    QVERIFY(failed.wait(60000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(job.error());
    QCOMPARE(job.error()->code(), QStringLiteral("matching.cancelled"));
    QVERIFY(!job.linkage());
}

void TestMatchJob::destroyingARunningJobIsSafe()
{
    auto records = std::make_shared<VectorRecordSource>(companies(20000, 0));
    {
        MatchJob job;
        job.startLink(records, records, MatchOptions());
    }
    QVERIFY(records.use_count() == 1);
}

QTEST_GUILESS_MAIN(TestMatchJob)
#include "tst_matchjob.moc"
