#include "kpi/exceptionrunner.h"
#include "sandbox/democachewriter.h"
#include "sandbox/demodatagenerator.h"
#include "tempcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace cw;
using cw::test::TempCache;

namespace {

DemoDataOptions options(int customers, quint64 seed, QDate asOf = QDate(2025, 3, 14))
{
    DemoDataOptions o;
    o.customers = customers;
    o.seed = seed;
    o.asOf = asOf;
    return o;
}

/// SHA-256 over every row of @p table in row-id order, each value with its type.
QByteArray tableChecksum(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const int columns = query.record().count();
    while (query.next()) {
        for (int i = 0; i < columns; ++i) {
            const QVariant value = query.value(i);
            hash.addData(QByteArray::number(value.isNull() ? -1 : value.typeId()));
            hash.addData(value.toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result().toHex();
}

QMap<QString, QByteArray> cacheChecksums(const Database &db)
{
    QMap<QString, QByteArray> sums;
    for (const QString &table : DemoCacheWriter::tables())
        sums.insert(table, tableChecksum(db, table));
    return sums;
}

qint64 count(const TempCache &cache, const QString &sql)
{
    return cache.scalar(sql).toLongLong();
}

} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sameSeedGivesIdenticalCache();
    void differentSeedsDiffer();
    void asOfComesFromTheSeedNotTheClock();
    void everyCustomerHasOneTruthRow();
    void recordsOfOneTruthAreInDistinctSystemsUnlessDuplicate();
    void sharedRules_data();
    void sharedRules();
    void problemsWorthShowingArePresent_data();
    void problemsWorthShowingArePresent();
    void exceptionsAreCasesTheRulesFind();
    void invoicesAddUpToTheirLines();
    void paymentsAddUpToInvoices();
    void streamedLinesMatchTheCache();
    void volumesScaleWithCustomers();
    void specialNamesSurviveRoundTrip_data();
    void specialNamesSurviveRoundTrip();
    void rawColumnsAreJson_data();
    void rawColumnsAreJson();
    void refusesCacheWithData();
    void cancelStopsWriting();
    void cancelWhileWritingTimesheetsStopsTheEncoder();
    void filledCacheIsBackInWalMode();
    void timestampsMatchQtsFormatting();
    void progressRisesToHundred();
    void rejectsInvalidOptions_data();
    void rejectsInvalidOptions();

private:
    std::unique_ptr<TempCache> m_cache;
    DemoDataset m_dataset;
    DemoDataStats m_stats;
    QList<int> m_progress;
};

void TestDemoDataGenerator::initTestCase()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    const DemoDataOptions o = options(300, 11);
    auto filled = DemoDataGenerator::fill(m_cache->db(), o, [this](int percent) { m_progress << percent; });
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().toString()));
    m_stats = filled.value();
    m_dataset = DemoDataGenerator::generate(o);
}

void TestDemoDataGenerator::cleanupTestCase()
{
    m_cache.reset();
}

void TestDemoDataGenerator::sameSeedGivesIdenticalCache()
{
    TempCache first;
    TempCache second;
    QVERIFY(DemoDataGenerator::fill(first.db(), options(60, 5, QDate())).ok());
    QVERIFY(DemoDataGenerator::fill(second.db(), options(60, 5, QDate())).ok());
    const auto a = cacheChecksums(first.db());
    const auto b = cacheChecksums(second.db());
    for (const QString &table : DemoCacheWriter::tables()) {
        QVERIFY2(!a.value(table).isEmpty(), qPrintable(table));
        QVERIFY2(a.value(table) == b.value(table), qPrintable(table));
    }
}

void TestDemoDataGenerator::differentSeedsDiffer()
{
    TempCache other;
    QVERIFY(DemoDataGenerator::fill(other.db(), options(300, 12)).ok());
    for (const char *table : { "customer", "placement", "timesheet_line", "invoice" }) {
        const QString name = QLatin1String(table);
        QVERIFY2(tableChecksum(other.db(), name) != tableChecksum(m_cache->db(), name), table);
    }
}

void TestDemoDataGenerator::asOfComesFromTheSeedNotTheClock()
{
    const DemoDataOptions unset = options(10, 77, QDate());
    QCOMPARE(unset.resolvedAsOf(), options(10, 77, QDate()).resolvedAsOf());
    QVERIFY(unset.resolvedAsOf().isValid());
    QVERIFY(unset.resolvedAsOf().dayOfWeek() <= 5);
    QCOMPARE(options(10, 77, QDate(2024, 2, 29)).resolvedAsOf(), QDate(2024, 2, 29));

    // Nothing in the cache happens after the as-of date: no line, no stamp from the wall clock.
    const QString limit = m_dataset.asOf.addDays(1).toString(Qt::ISODate);
    const QStringList stamps {
        QStringLiteral("customer.modified_at"),       QStringLiteral("timesheet_line.work_date"),
        QStringLiteral("timesheet_line.modified_at"), QStringLiteral("invoice.invoice_date"),
        QStringLiteral("payment.payment_date"),       QStringLiteral("audit_log.at"),
        QStringLiteral("sync_run.finished_at"),       QStringLiteral("failed_push.last_seen"),
        QStringLiteral("expense.expense_date"),       QStringLiteral("outbox.updated_at")
    };
    for (const QString &stamp : stamps) {
        const QString table = stamp.section(QLatin1Char('.'), 0, 0);
        const QString column = stamp.section(QLatin1Char('.'), 1);
        const QString latest =
            m_cache->scalar(QStringLiteral("SELECT max(%1) FROM %2").arg(column, table)).toString();
        QVERIFY2(!latest.isEmpty() && latest < limit, qPrintable(stamp + QLatin1Char(' ') + latest));
    }
    QVERIFY(count(*m_cache,
                  QStringLiteral("SELECT count(*) FROM timesheet_line WHERE work_date >= '%1'")
                      .arg(m_dataset.asOf.toString(Qt::ISODate)))
            == 0);
}

void TestDemoDataGenerator::everyCustomerHasOneTruthRow()
{
    QCOMPARE(count(*m_cache, QStringLiteral("SELECT count(*) FROM ground_truth")),
             count(*m_cache, QStringLiteral("SELECT count(*) FROM customer")));
    QCOMPARE(count(*m_cache,
                   QStringLiteral("SELECT count(*) FROM customer c LEFT JOIN ground_truth g "
                                  "ON g.system_id = c.system_id AND g.external_id = c.external_id "
                                  "AND g.entity = 'customer' WHERE g.truth_key IS NULL")),
             0);
    QCOMPARE(count(*m_cache, QStringLiteral("SELECT count(DISTINCT truth_key) FROM ground_truth")), 300);
}

void TestDemoDataGenerator::recordsOfOneTruthAreInDistinctSystemsUnlessDuplicate()
{
    QSet<QString> duplicates;
    for (const DemoDataset::Customer &customer : m_dataset.customers) {
        if (customer.duplicate)
            duplicates.insert(m_dataset.companies[static_cast<std::size_t>(customer.companyIndex)].truthKey
                              + QLatin1Char('/') + QString::number(m_dataset.systems[customer.system].id));
    }
    QVERIFY(!duplicates.isEmpty());
    QSqlQuery query(m_cache->db().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT truth_key, system_id, count(*) FROM ground_truth "
                                      "GROUP BY truth_key, system_id HAVING count(*) > 1")));
    QSet<QString> found;
    while (query.next()) {
        QCOMPARE(query.value(2).toInt(), 2);
        found.insert(query.value(0).toString() + QLatin1Char('/') + query.value(1).toString());
    }
    QCOMPARE(found, duplicates);
}

void TestDemoDataGenerator::sharedRules_data()
{
    // Each row: a query counting violations of one rule; every rule must hold (count 0).
    QTest::addColumn<QString>("violations");
    QTest::newRow("foreign keys hold") << QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check");
    QTest::newRow("three demo systems, no secrets") << QStringLiteral(
        "SELECT 3 - count(*) FROM system WHERE (kind, name) IN (VALUES ('crm', 'HubSpot (demo)'), "
        "('staffing', 'Bullhorn (demo)'), ('odoo', 'Odoo (demo)')) AND url LIKE 'http://127.0.0.1:%'");
    QTest::newRow("links agree with the ground truth") << QStringLiteral(
        "SELECT count(*) FROM (SELECT l.canonical_id FROM link l JOIN ground_truth g "
        "ON g.system_id = l.system_id AND g.external_id = l.external_id AND g.entity = l.entity "
        "GROUP BY l.canonical_id HAVING count(DISTINCT g.truth_key) > 1)");
    QTest::newRow("links point at customers")
        << QStringLiteral("SELECT count(*) FROM link l LEFT JOIN customer c ON c.system_id = l.system_id "
                          "AND c.external_id = l.external_id WHERE c.id IS NULL");
    QTest::newRow("canonical customers have links")
        << QStringLiteral("SELECT count(*) FROM canonical_customer k WHERE NOT EXISTS "
                          "(SELECT 1 FROM link l WHERE l.canonical_id = k.id)");
    QTest::newRow("placements belong to staffing customers")
        << QStringLiteral("SELECT count(*) FROM placement p LEFT JOIN customer c ON c.id = p.customer_id "
                          "LEFT JOIN system s ON s.id = c.system_id WHERE s.kind IS NOT 'staffing' "
                          "OR p.consultant_id IS NULL OR p.system_id IS NOT c.system_id");
    QTest::newRow("timesheet lines belong to placements") << QStringLiteral(
        "SELECT count(*) FROM timesheet_line t LEFT JOIN placement p ON p.id = t.placement_id "
        "WHERE p.id IS NULL OR t.currency <> p.currency OR t.system_id <> p.system_id");
    QTest::newRow("invoiced lines are approved, billable, on an Odoo invoice of their placement")
        << QStringLiteral(
               "SELECT count(*) FROM timesheet_line t JOIN invoice i ON i.id = t.invoice_id "
               "JOIN system s ON s.id = i.system_id WHERE s.kind <> 'odoo' OR t.status <> 'approved' "
               "OR t.billable <> 1 OR i.placement_id <> t.placement_id OR i.state = 'cancel' "
               "OR t.work_date NOT BETWEEN i.period_start AND i.period_end");
    QTest::newRow("invoices are addressed to Odoo customers")
        << QStringLiteral("SELECT count(*) FROM invoice i JOIN customer c ON c.id = i.customer_id "
                          "JOIN system s ON s.id = c.system_id WHERE s.kind <> 'odoo'");
    QTest::newRow("placement rates reference their placement and start with it")
        << QStringLiteral("SELECT count(*) FROM placement p WHERE NOT EXISTS (SELECT 1 FROM placement_rate r "
                          "WHERE r.placement_id = p.id AND r.effective_date = p.start_date)");
    QTest::newRow("money is never negative") << QStringLiteral(
        "SELECT (SELECT count(*) FROM timesheet_line WHERE bill_rate_minor < 0 OR pay_rate_minor < 0) "
        "+ (SELECT count(*) FROM placement WHERE bill_rate_minor < 0 OR pay_rate_minor < 0) "
        "+ (SELECT count(*) FROM placement_rate WHERE bill_rate_minor < 0 OR pay_rate_minor < 0) "
        "+ (SELECT count(*) FROM invoice WHERE amount_untaxed_minor < 0 OR amount_total_minor < "
        "amount_untaxed_minor OR amount_residual_minor < 0 OR amount_residual_minor > amount_total_minor) "
        "+ (SELECT count(*) FROM payment WHERE amount_minor <= 0) "
        "+ (SELECT count(*) FROM expense WHERE amount_minor <= 0) "
        "+ (SELECT count(*) FROM deal WHERE amount_minor < 0) "
        "+ (SELECT count(*) FROM revenue_exception WHERE amount_minor < 0) "
        "+ (SELECT count(*) FROM match_candidate WHERE value_at_stake_minor < 0)");
    QTest::newRow("pay stays below bill")
        << QStringLiteral("SELECT count(*) FROM placement_rate WHERE pay_rate_minor >= bill_rate_minor");
    QTest::newRow("minutes within a day, six to nine hours")
        << QStringLiteral("SELECT count(*) FROM timesheet_line WHERE minutes NOT BETWEEN 360 AND 540");
    QTest::newRow("time on weekdays only") << QStringLiteral(
        "SELECT count(*) FROM timesheet_line WHERE strftime('%w', work_date) IN ('0', '6')");
    QTest::newRow("currencies follow the customer's country")
        << QStringLiteral("SELECT count(*) FROM customer WHERE currency <> '' AND currency <> CASE country "
                          "WHEN 'US' THEN 'USD' WHEN 'GB' THEN 'GBP' WHEN 'CH' THEN 'CHF' ELSE 'EUR' END");
    QTest::newRow("countries are the six demo countries") << QStringLiteral(
        "SELECT count(*) FROM customer WHERE country NOT IN ('US', 'GB', 'DE', 'FR', 'NL', 'CH')");
    QTest::newRow("placements ended exactly when their end date is before as-of")
        << QStringLiteral("SELECT count(*) FROM placement WHERE (status = 'ended') <> "
                          "(end_date IS NOT NULL AND end_date < '2025-03-14')");
    QTest::newRow("review candidates pair two different records")
        << QStringLiteral("SELECT count(*) FROM match_candidate WHERE left_customer_id >= right_customer_id "
                          "OR band <> 'review' OR score < 0.6 OR score >= 0.9");
    QTest::newRow("dead pushes have a failed push with a category and both messages") << QStringLiteral(
        "SELECT count(*) FROM outbox o LEFT JOIN failed_push f ON f.outbox_id = o.id "
        "WHERE o.state = 'dead' AND (f.id IS NULL OR f.category NOT IN "
        "('mapping', 'validation', 'auth', 'network') OR f.message = '' OR f.remote_message = '' "
        "OR f.category <> o.last_error_category)");
    QTest::newRow("revenue exceptions name a subject that exists") << QStringLiteral(
        "SELECT count(*) FROM revenue_exception e WHERE NOT EXISTS (SELECT 1 FROM timesheet_line t "
        "WHERE e.subject_entity = 'timesheet_line' AND t.id = e.subject_id) AND NOT EXISTS "
        "(SELECT 1 FROM placement p WHERE e.subject_entity = 'placement' AND p.id = e.subject_id) "
        "AND NOT EXISTS (SELECT 1 FROM invoice i WHERE e.subject_entity = 'invoice' AND i.id = "
        "e.subject_id) AND NOT EXISTS (SELECT 1 FROM placement_rate r WHERE e.subject_entity = "
        "'placement_rate' AND r.id = e.subject_id)");
    QTest::newRow("sync events belong to runs") << QStringLiteral(
        "SELECT count(*) FROM sync_event e LEFT JOIN sync_run r ON r.id = e.run_id WHERE r.id IS NULL");
}

void TestDemoDataGenerator::sharedRules()
{
    QFETCH(QString, violations);
    const QVariant found = m_cache->scalar(violations);
    QVERIFY2(found.isValid(), qPrintable(violations));
    QCOMPARE(found.toLongLong(), 0);
}

void TestDemoDataGenerator::problemsWorthShowingArePresent_data()
{
    // Each row: a query counting instances of something the demo must show; each must occur.
    QTest::addColumn<QString>("instances");
    QTest::newRow("customers known to one system only")
        << QStringLiteral("SELECT count(*) FROM (SELECT truth_key FROM ground_truth GROUP BY truth_key "
                          "HAVING count(DISTINCT system_id) = 1)");
    QTest::newRow("customers known to all three systems")
        << QStringLiteral("SELECT count(*) FROM (SELECT truth_key FROM ground_truth GROUP BY truth_key "
                          "HAVING count(DISTINCT system_id) = 3)");
    QTest::newRow("one customer spelled differently across systems")
        << QStringLiteral("SELECT count(*) FROM (SELECT g.truth_key FROM ground_truth g JOIN customer c ON "
                          "c.system_id = g.system_id AND c.external_id = g.external_id GROUP BY g.truth_key "
                          "HAVING count(DISTINCT c.name) > 1)");
    QTest::newRow("VAT id missing in one system, present in another")
        << QStringLiteral("SELECT count(*) FROM (SELECT g.truth_key FROM ground_truth g JOIN customer c ON "
                          "c.system_id = g.system_id AND c.external_id = g.external_id GROUP BY g.truth_key "
                          "HAVING min(c.vat) = '' AND max(c.vat) <> '')");
    QTest::newRow("one phone written two ways")
        << QStringLiteral("SELECT count(*) FROM (SELECT g.truth_key FROM ground_truth g JOIN customer c ON "
                          "c.system_id = g.system_id AND c.external_id = g.external_id WHERE c.phone <> '' "
                          "GROUP BY g.truth_key HAVING count(DISTINCT c.phone) > 1)");
    QTest::newRow("websites with and without www") << QStringLiteral(
        "SELECT (SELECT count(*) FROM customer WHERE website LIKE '%www.%') * "
        "(SELECT count(*) FROM customer WHERE website <> '' AND website NOT LIKE '%www.%')");
    QTest::newRow("ended placements")
        << QStringLiteral("SELECT count(*) FROM placement WHERE status = 'ended'");
    QTest::newRow("time booked after the placement ended")
        << QStringLiteral("SELECT count(*) FROM timesheet_line t JOIN placement p ON p.id = t.placement_id "
                          "WHERE t.work_date > p.end_date");
    QTest::newRow("time billed at another rate than agreed") << QStringLiteral(
        "SELECT count(*) FROM timesheet_line t WHERE t.bill_rate_minor <> (SELECT r.bill_rate_minor "
        "FROM placement_rate r WHERE r.placement_id = t.placement_id AND r.effective_date <= "
        "t.work_date ORDER BY r.effective_date DESC LIMIT 1)");
    QTest::newRow("pay raised without a bill raise")
        << QStringLiteral("SELECT count(*) FROM placement_rate a JOIN placement_rate b ON b.placement_id = "
                          "a.placement_id AND b.effective_date > a.effective_date WHERE b.bill_rate_minor = "
                          "a.bill_rate_minor AND b.pay_rate_minor > a.pay_rate_minor");
    QTest::newRow("submitted time") << QStringLiteral(
        "SELECT count(*) FROM timesheet_line WHERE status = 'submitted'");
    QTest::newRow("rejected time") << QStringLiteral(
        "SELECT count(*) FROM timesheet_line WHERE status = 'rejected'");
    QTest::newRow("non-billable time")
        << QStringLiteral("SELECT count(*) FROM timesheet_line WHERE billable = 0");
    QTest::newRow("won deals") << QStringLiteral(
        "SELECT count(*) FROM deal WHERE won = 1 AND stage = 'closedwon'");
    QTest::newRow("expenses on invoices")
        << QStringLiteral("SELECT count(*) FROM expense WHERE invoice_id IS NOT NULL");
    QTest::newRow("open review candidates")
        << QStringLiteral("SELECT count(*) FROM match_candidate WHERE status = 'open'");
    QTest::newRow("manual links") << QStringLiteral("SELECT count(*) FROM link WHERE method = 'manual'");
    QTest::newRow("dead pushes") << QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'dead'");
    QTest::newRow("mapping failures")
        << QStringLiteral("SELECT count(*) FROM failed_push WHERE category = 'mapping'");
    QTest::newRow("revenue exceptions")
        << QStringLiteral("SELECT count(DISTINCT rule) - 2 FROM revenue_exception");
    QTest::newRow("audit entries") << QStringLiteral("SELECT count(*) FROM audit_log");
    QTest::newRow("currency rates") << QStringLiteral(
        "SELECT count(DISTINCT currency) - 2 FROM currency_rate");
    QTest::newRow("partial sync run with error events") << QStringLiteral(
        "SELECT count(*) FROM sync_run r JOIN sync_event e ON e.run_id = r.id WHERE r.status = "
        "'partial' AND e.level = 'error'");
}

void TestDemoDataGenerator::problemsWorthShowingArePresent()
{
    QFETCH(QString, instances);
    const QVariant found = m_cache->scalar(instances);
    QVERIFY2(found.isValid(), qPrintable(instances));
    QVERIFY2(found.toLongLong() > 0, qPrintable(found.toString()));
}

void TestDemoDataGenerator::exceptionsAreCasesTheRulesFind()
{
    // The demo writes a few revenue exceptions itself; each must be a case the rules find, stored
    // as they store it (same subject, amount, date and words): running the rules over the demo
    // cache then changes none of them and clears none.
    TempCache cache;
    const DemoDataOptions o = options(300, 11);
    QVERIFY(DemoDataGenerator::fill(cache.db(), o).ok());
    const qint64 written = count(cache, QStringLiteral("SELECT count(*) FROM revenue_exception"));
    QVERIFY(count(cache, QStringLiteral("SELECT count(DISTINCT rule) FROM revenue_exception")) >= 3);
    const auto summary = ExceptionRunner(cache.db()).run(RuleContext { o.asOf, 7 });
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
    QCOMPARE(summary.value().autoResolved, 0);
    QCOMPARE(summary.value().updated, 0);
    QVERIFY(summary.value().found >= written);
}

void TestDemoDataGenerator::invoicesAddUpToTheirLines()
{
    QVERIFY(count(*m_cache, QStringLiteral("SELECT count(*) FROM invoice WHERE state <> 'cancel'")) > 50);
    QCOMPARE(
        count(*m_cache,
              QStringLiteral(
                  "SELECT count(*) FROM invoice i WHERE i.state <> 'cancel' AND i.amount_untaxed_minor <> "
                  "(SELECT coalesce(sum((t.minutes * t.bill_rate_minor + 30) / 60), 0) FROM timesheet_line t "
                  "WHERE t.invoice_id = i.id) + (SELECT coalesce(sum(e.amount_minor), 0) FROM expense e "
                  "WHERE e.invoice_id = i.id)")),
        0);
    // Older approved time is billed, the most recent month mostly not yet.
    QVERIFY(
        count(*m_cache, QStringLiteral("SELECT count(*) FROM timesheet_line WHERE invoice_id IS NOT NULL"))
        > 1000);
    QVERIFY(count(*m_cache,
                  QStringLiteral("SELECT count(*) FROM timesheet_line WHERE invoice_id IS NULL AND "
                                 "status = 'approved' AND billable = 1"))
            > 1000);
    for (const char *state : { "draft", "posted", "cancel" })
        QVERIFY2(
            count(*m_cache,
                  QStringLiteral("SELECT count(*) FROM invoice WHERE state = '%1'").arg(QLatin1String(state)))
                > 0,
            state);
    for (const char *state : { "not_paid", "partial", "paid" })
        QVERIFY2(count(*m_cache,
                       QStringLiteral("SELECT count(*) FROM invoice WHERE payment_state = '%1'")
                           .arg(QLatin1String(state)))
                     > 0,
                 state);
}

void TestDemoDataGenerator::paymentsAddUpToInvoices()
{
    QCOMPARE(count(*m_cache,
                   QStringLiteral("SELECT count(*) FROM invoice i WHERE i.amount_total_minor - "
                                  "i.amount_residual_minor <> (SELECT coalesce(sum(p.amount_minor), 0) "
                                  "FROM payment p WHERE p.invoice_id = i.id) AND i.state = 'posted'")),
             0);
    QVERIFY(count(*m_cache, QStringLiteral("SELECT count(*) FROM payment WHERE invoice_id IS NULL")) > 0);
    QVERIFY(count(*m_cache,
                  QStringLiteral("SELECT count(*) FROM payment p JOIN invoice i ON i.id = p.invoice_id "
                                 "WHERE p.payment_date > i.due_date"))
            > 0);
}

void TestDemoDataGenerator::streamedLinesMatchTheCache()
{
    qint64 lines = 0;
    int compared = 0;
    QSqlQuery query(m_cache->db().connection());
    query.prepare(
        QStringLiteral("SELECT placement_id, work_date, minutes, bill_rate_minor, status, billable, "
                       "coalesce(invoice_id, 0) FROM timesheet_line WHERE id = ?"));
    m_dataset.forEachTimesheetLine([&](const DemoDataset::TimesheetLine &line) {
        ++lines;
        if (line.id % 997 != 0)
            return;
        query.addBindValue(line.id);
        if (!query.exec() || !query.next())
            return;
        const DemoDataset::Placement &placement =
            m_dataset.placements[static_cast<std::size_t>(line.placementIndex)];
        if (query.value(0).toLongLong() == placement.id
            && query.value(1).toString() == line.workDate.toString(Qt::ISODate)
            && query.value(2).toInt() == line.minutes && query.value(3).toLongLong() == line.billRateMinor
            && query.value(4).toString() == QLatin1String(DemoDataset::statusName(line.status))
            && query.value(5).toBool() == line.billable && query.value(6).toLongLong() == line.invoiceId)
            ++compared;
    });
    QCOMPARE(lines, m_dataset.timesheetLineCount);
    QCOMPARE(lines, m_stats.rows(QStringLiteral("timesheet_line")));
    QCOMPARE(compared, static_cast<int>(lines / 997));
}

void TestDemoDataGenerator::volumesScaleWithCustomers()
{
    const DemoDataset small = DemoDataGenerator::generate(options(100, 3));
    const DemoDataset large = DemoDataGenerator::generate(options(800, 3));
    QCOMPARE(large.companies.size(), std::size_t { 800 });
    const double smallPerCustomer = static_cast<double>(small.timesheetLineCount) / 100.0;
    const double largePerCustomer = static_cast<double>(large.timesheetLineCount) / 800.0;
    // About a hundred lines per customer, whatever the size.
    QVERIFY2(largePerCustomer > 70 && largePerCustomer < 140, qPrintable(QString::number(largePerCustomer)));
    QVERIFY2(smallPerCustomer > 50 && smallPerCustomer < 170, qPrintable(QString::number(smallPerCustomer)));
    QVERIFY(large.customers.size() > 2 * 800 && large.customers.size() < 3 * 800);
    QVERIFY(large.placements.size() > 4 * small.placements.size());
    QVERIFY(large.invoices.size() > 4 * small.invoices.size());
    QCOMPARE(m_stats.totalRows, [this] {
        qint64 sum = 0;
        for (const auto &entry : m_stats.rowsPerTable)
            sum += entry.second;
        return sum;
    }());
}

void TestDemoDataGenerator::specialNamesSurviveRoundTrip_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("emoji") << QStringLiteral("🚀|☕|🌱|⭐|💡|🔧|☀|🐝");
    QTest::newRow("double quote") << QStringLiteral("\"|„|“");
    QTest::newRow("apostrophe") << QStringLiteral("'|’");
    QTest::newRow("ampersand") << QStringLiteral("&");
    QTest::newRow("accent") << QStringLiteral("ü|é|ö|ä|è|à|ç|ß");
}

void TestDemoDataGenerator::specialNamesSurviveRoundTrip()
{
    QFETCH(QString, needle);
    const QStringList needles = needle.split(QLatin1Char('|'));
    int checked = 0;
    QSqlQuery query(m_cache->db().connection());
    query.prepare(QStringLiteral("SELECT name, raw FROM customer WHERE id = ?"));
    for (const DemoDataset::Customer &customer : m_dataset.customers) {
        if (std::none_of(needles.begin(), needles.end(),
                         [&](const QString &n) { return customer.name.contains(n); }))
            continue;
        query.addBindValue(customer.id);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), customer.name);
        const QJsonObject raw = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        const QJsonValue rawName = customer.system == DemoDataset::Crm
            ? raw.value(QLatin1String("properties"))[QLatin1String("name")]
            : raw.value(QLatin1String("name"));
        QCOMPARE(rawName.toString(), customer.name);
        ++checked;
    }
    QVERIFY2(checked > 0, "the dataset has no such name");
}

void TestDemoDataGenerator::rawColumnsAreJson_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    for (const char *table : { "customer", "contact", "consultant", "deal", "placement", "invoice",
                               "timesheet_line", "expense", "payment" })
        QTest::newRow(table) << QString::fromLatin1(table) << QStringLiteral("raw");
    QTest::newRow("match_candidate") << QStringLiteral("match_candidate") << QStringLiteral("explanation");
    QTest::newRow("outbox") << QStringLiteral("outbox") << QStringLiteral("payload");
    QTest::newRow("failed_push") << QStringLiteral("failed_push") << QStringLiteral("source");
}

void TestDemoDataGenerator::rawColumnsAreJson()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QSqlQuery query(m_cache->db().connection());
    query.setForwardOnly(true);
    QVERIFY(query.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(column, table)));
    int rows = 0;
    while (query.next()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toByteArray(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
                 qPrintable(
                     QStringLiteral("%1 %2: %3").arg(table, query.value(0).toString(), error.errorString())));
        ++rows;
    }
    QVERIFY(rows > 0);
}

void TestDemoDataGenerator::refusesCacheWithData()
{
    const qint64 before = count(*m_cache, QStringLiteral("SELECT count(*) FROM customer"));
    const auto refused = DemoDataGenerator::fill(m_cache->db(), options(10, 1));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), DemoCacheWriter::kCacheNotEmpty);
    QCOMPARE(count(*m_cache, QStringLiteral("SELECT count(*) FROM customer")), before);
}

void TestDemoDataGenerator::cancelStopsWriting()
{
    TempCache cache;
    const std::atomic_bool cancel { true };
    const auto cancelled = DemoDataGenerator::fill(cache.db(), options(100, 2), {}, &cancel);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code(), DemoCacheWriter::kCancelled);
    QVERIFY(count(cache, QStringLiteral("SELECT count(*) FROM timesheet_line"))
            < DemoDataGenerator::generate(options(100, 2)).timesheetLineCount);
}

void TestDemoDataGenerator::cancelWhileWritingTimesheetsStopsTheEncoder()
{
    TempCache cache;
    std::atomic_bool cancel { false };
    // Timesheet lines are most of the rows: halfway through, the encoding thread is busy.
    const auto cancelled = DemoDataGenerator::fill(
        cache.db(), options(300, 2), [&cancel](int percent) { cancel = cancel || percent >= 50; }, &cancel);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code(), DemoCacheWriter::kCancelled);
    // Returning at all shows the encoding thread was stopped and joined.
    QVERIFY(count(cache, QStringLiteral("SELECT count(*) FROM timesheet_line"))
            < DemoDataGenerator::generate(options(300, 2)).timesheetLineCount);
}

void TestDemoDataGenerator::filledCacheIsBackInWalMode()
{
    QSqlQuery query(m_cache->db().connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
}

void TestDemoDataGenerator::timestampsMatchQtsFormatting()
{
    for (const QDate &date :
         { QDate(2026, 1, 1), QDate(2024, 2, 29), QDate(2026, 12, 31), QDate(1999, 9, 9) }) {
        for (int seconds : { 0, 59, 60, 9 * 3600 + 5 * 60 + 7, 86399 }) {
            const QDateTime moment(date, QTime(0, 0).addSecs(seconds), Qt::UTC);
            QCOMPARE(DemoDataset::instant(date, seconds), moment.toString(Qt::ISODate));
            QCOMPARE(DemoDataset::odooTimestamp(date, seconds),
                     moment.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
    }
}

void TestDemoDataGenerator::progressRisesToHundred()
{
    QVERIFY(m_progress.size() > 3);
    QVERIFY(std::is_sorted(m_progress.begin(), m_progress.end()));
    QCOMPARE(m_progress.constLast(), 100);
    QVERIFY(m_progress.constFirst() >= 0);
}

void TestDemoDataGenerator::rejectsInvalidOptions_data()
{
    QTest::addColumn<int>("customers");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -5;
    QTest::newRow("too many") << DemoDataGenerator::kMaxCustomers + 1;
}

void TestDemoDataGenerator::rejectsInvalidOptions()
{
    QFETCH(int, customers);
    const auto valid = DemoDataGenerator::validate(options(customers, 1));
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().category(), Error::Category::Validation);
    TempCache cache;
    QVERIFY(!DemoDataGenerator::fill(cache.db(), options(customers, 1)).ok());
    QCOMPARE(count(cache, QStringLiteral("SELECT count(*) FROM system")), 0);
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
