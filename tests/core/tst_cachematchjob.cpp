#include "matching/cachematchjob.h"
#include "matching/mappingservice.h"
#include "sandbox/demodatagenerator.h"
#include "tempcache.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cw;

namespace {

// Links whose customer mixes records of different real companies, by the generator's truth.
const QString kMixedCustomers =
    QStringLiteral("SELECT COUNT(*) FROM (SELECT l.canonical_id FROM link l JOIN ground_truth g "
                   "ON g.system_id = l.system_id AND g.external_id = l.external_id "
                   "GROUP BY l.canonical_id HAVING COUNT(DISTINCT g.truth_key) > 1)");

} // namespace

class TestCacheMatchJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void linksTheDemoCustomersAndQueuesReview();
    void keepsDecisionsPeopleMade();
    void settlesCandidatesWhoseRecordsItJoins();
    void runsInTheBackgroundWithProgress();
    void cancelWritesNothing();
    void needsTwoSystems();

private:
    qint64 count(const QString &sql, const QVariantList &values = {}) const
    {
        return m_cache->scalar(sql, values).toLongLong();
    }
    Result<CacheMatchJob::Summary> run() const
    {
        return CacheMatchJob::run(*m_cache->database(), MatchOptions(), QStringLiteral("tester"), m_clock,
                                  {});
    }

    std::unique_ptr<test::TempCache> m_cache;
    std::shared_ptr<ManualClock> m_clock;
};

void TestCacheMatchJob::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY(m_cache->database());
    DemoDataOptions options;
    options.customers = 300;
    options.seed = 11;
    options.asOf = QDate(2026, 3, 2);
    QVERIFY(DemoDataGenerator::fill(*m_cache->database(), options).ok());
    // Start from no crosswalk at all: what the matcher finds is then all its own work.
    QVERIFY(m_cache->exec(QStringLiteral("DELETE FROM link")));
    QVERIFY(m_cache->exec(QStringLiteral("DELETE FROM match_candidate")));
    QVERIFY(m_cache->exec(QStringLiteral("DELETE FROM canonical_customer")));
    m_clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
}

void TestCacheMatchJob::cleanup()
{
    m_cache.reset();
}

void TestCacheMatchJob::linksTheDemoCustomersAndQueuesReview()
{
    auto summary = run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().userMessage()));
    QCOMPARE(summary.value().records,
             count(QStringLiteral("SELECT COUNT(*) FROM customer WHERE status <> 'not_customer'")));
    QVERIFY(summary.value().linksCreated > 200);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM link WHERE method = 'auto' AND decided_by = 'matcher'")),
        summary.value().linksCreated);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM canonical_customer")),
             summary.value().customersCreated);
    QCOMPARE(count(kMixedCustomers), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM link l JOIN customer c ON c.system_id = l.system_id "
                                  "AND c.external_id = l.external_id WHERE c.status = 'not_customer'")),
             0);
    // Every customer has at least two records, at most one per system (one-to-one by default).
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT canonical_id FROM link GROUP BY canonical_id "
                                  "HAVING COUNT(*) < 2 OR COUNT(*) > COUNT(DISTINCT system_id))")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE band = 'review'")),
             summary.value().reviewCandidates);
    QVERIFY(
        count(QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE explanation LIKE '%\"fields\"%'"))
        > 0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM audit_log WHERE action = 'mapping.run' AND actor = 'tester'")),
             1);

    // A second run finds nothing new to link and leaves the crosswalk as it is.
    auto again = run();
    QVERIFY(again);
    QCOMPARE(again.value().linksCreated, 0);
    QCOMPARE(again.value().customersCreated, 0);
}

void TestCacheMatchJob::keepsDecisionsPeopleMade()
{
    auto first = run();
    QVERIFY(first);
    // Split one record out of its customer (a person's decision), reject its pair, run again.
    const qint64 record =
        count(QStringLiteral("SELECT c.id FROM customer c JOIN link l ON l.system_id = c.system_id "
                             "AND l.external_id = c.external_id ORDER BY c.id LIMIT 1"));
    const qint64 before =
        count(QStringLiteral("SELECT l.canonical_id FROM customer c JOIN link l "
                             "ON l.system_id = c.system_id AND l.external_id = c.external_id "
                             "WHERE c.id = ?"),
              { record });
    MappingService service(*m_cache->database(), QStringLiteral("tester"), m_clock);
    QVERIFY(service.split({ record }));
    const qint64 own =
        count(QStringLiteral("SELECT l.canonical_id FROM customer c JOIN link l ON l.system_id = "
                             "c.system_id AND l.external_id = c.external_id WHERE c.id = ?"),
              { record });
    QVERIFY(own != before);
    auto second = run();
    QVERIFY(second);
    QCOMPARE(
        count(QStringLiteral("SELECT l.canonical_id FROM customer c JOIN link l ON l.system_id = c.system_id "
                             "AND l.external_id = c.external_id WHERE c.id = ?"),
              { record }),
        own);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM link l JOIN customer c ON c.system_id = l.system_id "
                                  "AND c.external_id = l.external_id WHERE c.id = ? AND l.method = 'manual'"),
                   { record }),
             1);
    // The run ended the undo history: the split can no longer be undone blindly.
    QCOMPARE(service.history().value().undoId, 0);
}

void TestCacheMatchJob::settlesCandidatesWhoseRecordsItJoins()
{
    // Open review candidates for record pairs of the same real company in two systems, as the demo
    // data and earlier runs leave them; the run below links most of them into one customer.
    QVERIFY(m_cache->exec(QStringLiteral(
        "INSERT INTO match_candidate (left_customer_id, right_customer_id, score, band, created_at) "
        "SELECT a.id, b.id, 0.7, 'review', '2026-03-01T00:00:00Z' FROM ground_truth ga "
        "JOIN customer a ON a.system_id = ga.system_id AND a.external_id = ga.external_id "
        "JOIN ground_truth gb ON gb.truth_key = ga.truth_key AND gb.system_id > ga.system_id "
        "JOIN customer b ON b.system_id = gb.system_id AND b.external_id = gb.external_id "
        "WHERE a.status <> 'not_customer' AND b.status <> 'not_customer' LIMIT 40")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open'")), 40);
    auto summary = run();
    QVERIFY(summary);
    const QString sameCustomer =
        QStringLiteral("SELECT COUNT(*) FROM match_candidate m JOIN customer l ON l.id = m.left_customer_id "
                       "JOIN link ll ON ll.system_id = l.system_id AND ll.external_id = l.external_id "
                       "JOIN customer r ON r.id = m.right_customer_id "
                       "JOIN link rl ON rl.system_id = r.system_id AND rl.external_id = r.external_id "
                       "WHERE ll.canonical_id = rl.canonical_id AND m.status = ?");
    QVERIFY(summary.value().candidatesSettled > 20);
    QCOMPARE(count(sameCustomer, { QStringLiteral("open") }), 0);
    QCOMPARE(
        count(sameCustomer + QStringLiteral(" AND m.decided_by = 'matcher'"), { QStringLiteral("accepted") }),
        summary.value().candidatesSettled);
    // Pairs the run did not join stay in the queue for a person.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM match_candidate "
                                  "WHERE status = 'open' AND created_at = '2026-03-01T00:00:00Z'")),
             40 - summary.value().candidatesSettled);
}

void TestCacheMatchJob::runsInTheBackgroundWithProgress()
{
    CacheMatchJob job(*m_cache->database());
    QSignalSpy progress(&job, &CacheMatchJob::progress);
    QSignalSpy finished(&job, &CacheMatchJob::finished);
    QSignalSpy failed(&job, &CacheMatchJob::failed);
    job.start(MatchOptions(), QStringLiteral("tester"), m_clock);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(progress.count() > 0);
    QVERIFY(job.summary().linksCreated > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM link")), job.summary().linksCreated);
}

void TestCacheMatchJob::cancelWritesNothing()
{
    std::atomic_bool cancel { true };
    MatchControl control;
    control.cancel = &cancel;
    auto result =
        CacheMatchJob::run(*m_cache->database(), MatchOptions(), QStringLiteral("tester"), m_clock, control);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), QStringLiteral("matching.cancelled"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM link")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'mapping.run'")), 0);
}

void TestCacheMatchJob::needsTwoSystems()
{
    QVERIFY(m_cache->exec(QStringLiteral("UPDATE system SET enabled = 0 WHERE kind <> 'odoo'")));
    auto result = run();
    QVERIFY(!result);
    QCOMPARE(result.error().category(), Error::Category::Validation);
}

QTEST_GUILESS_MAIN(TestCacheMatchJob)
#include "tst_cachematchjob.moc"
