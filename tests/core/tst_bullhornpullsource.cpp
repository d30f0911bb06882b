#include "connectors/bullhorn/bullhornclient.h"
#include "connectors/bullhorn/bullhornpullsource.h"
#include "credentials/credentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "domain/systemconfig.h"
#include "sandbox/bullhorn/bullhornchargebuilder.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/demodatagenerator.h"
#include "sync/pullrunner.h"
#include "tempcache.h"

#include <QSignalSpy>
#include <QtTest>

#include <map>
#include <memory>

using namespace cw;

namespace {

const QStringList kEntities { QStringLiteral("ClientCorporation"), QStringLiteral("ClientContact"),
                              QStringLiteral("Candidate"), QStringLiteral("Placement"),
                              QStringLiteral("TimesheetEntry") };

} // namespace

class TestBullhornPullSource : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullPullFillsTheCache();
    void secondPullCountsNothingTwice();
    void incrementalSeesUpdatesAndDeletions();
    void voidEntryRemovesTheVoidedLine();
    void pagesPastTheRestartPointLoseNothing();
    void expiredSessionMidRunIsRenewed();
    void failureKeepsCommittedPages();
    void expensesFillTheCache();
    void payAndBillFillsTheCache();
    void payAndBillIncrementalSeesApprovalAndReversal();
    void payAndBillRidesOutFaults();
    void hiddenPayAndBillFailsClearly();

private:
    /// Demo truth of the pay-and-bill lines: per placement and week, the billable lines not
    /// rejected; a week with a submitted line is "Not Ready to Bill" (all its lines submitted).
    struct ChargeTruth
    {
        qint64 lines = 0;
        qint64 approvedMinutes = 0;
        qint64 submittedMinutes = 0;
    };
    ChargeTruth timeCharges() const;
    void start(int customers, qint64 maxTimeEntries);
    std::unique_ptr<PullRunner> runner(const QStringList &entities) const;
    bool runToEnd(PullRunner &runner) const;
    int count(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<test::TempCache> m_cache;
    qint64 m_system = 0;
    std::unique_ptr<DemoDataset> m_data;
    std::unique_ptr<BullhornSimulator> m_simulator;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<BullhornClient> m_client;
    BullhornSimulator::Options m_simulatorOptions;
};

void TestBullhornPullSource::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_system = m_cache->addSystem(QStringLiteral("staffing"), QStringLiteral("Bullhorn"));
    QVERIFY(m_system > 0);
    m_simulatorOptions = {};
    m_simulatorOptions.callsPerMinute = 0;
}

void TestBullhornPullSource::cleanup()
{
    m_client.reset();
    m_simulator.reset();
    m_store.reset();
    m_data.reset();
    m_cache.reset();
}

void TestBullhornPullSource::start(int customers, qint64 maxTimeEntries)
{
    DemoDataOptions options;
    options.customers = customers;
    options.seed = 31;
    m_data = std::make_unique<DemoDataset>(DemoDataGenerator::generate(options));
    BullhornSimulator::Options simulatorOptions = m_simulatorOptions;
    simulatorOptions.maxTimeEntries = maxTimeEntries;
    m_simulator = std::make_unique<BullhornSimulator>(*m_data, simulatorOptions);
    QVERIFY(m_simulator->listen());
    m_store = std::make_unique<MemoryCredentialStore>();
    test::CredentialWaiter waiter(*m_store);
    QVERIFY(waiter.write(CredentialStore::keyFor(m_system, SystemConfig::kPasswordAccount),
                         simulatorOptions.password));
    QVERIFY(waiter.write(CredentialStore::keyFor(m_system, SystemConfig::kClientSecretAccount),
                         simulatorOptions.clientSecret));
    BullhornConfig config;
    config.authUrl = m_simulator->authUrl();
    config.loginUrl = m_simulator->loginUrl();
    config.clientId = simulatorOptions.clientId;
    config.username = simulatorOptions.username;
    config.systemId = m_system;
    config.requestsPerSecond = 0;
    config.timeoutMs = 3000;
    config.maxAttempts = 3;
    m_client = std::make_unique<BullhornClient>(config, m_store.get());
}

std::unique_ptr<PullRunner> TestBullhornPullSource::runner(const QStringList &entities) const
{
    auto out = std::make_unique<PullRunner>(m_cache->db(), m_system);
    for (const QString &entity : entities)
        out->addSource(new BullhornPullSource(m_client.get(), entity));
    return out;
}

bool TestBullhornPullSource::runToEnd(PullRunner &runner) const
{
    QSignalSpy finished(&runner, &PullRunner::finished);
    runner.start();
    return finished.wait(120000);
}

int TestBullhornPullSource::count(const QString &sql, const QVariantList &values) const
{
    return m_cache->scalar(sql, values).toInt();
}

void TestBullhornPullSource::fullPullFillsTheCache()
{
    start(120, -1);
    auto pull = runner(kEntities);
    QVERIFY(runToEnd(*pull));
    QCOMPARE(pull->results().size(), kEntities.size());
    for (const PullEntityResult &result : pull->results())
        QVERIFY2(result.status == QLatin1String("succeeded"),
                 qPrintable(result.entity + QLatin1Char(' ') + result.status));
    const BullhornEntityStore &store = m_simulator->store();
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer WHERE system_id = ?"), { m_system }),
             store.count(QStringLiteral("ClientCorporation")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM contact")),
             store.count(QStringLiteral("ClientContact")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consultant")),
             store.count(QStringLiteral("Candidate")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM placement")), int(m_data->placements.size()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), int(m_data->timesheetLineCount));
    QCOMPARE(pull->results().at(4).counts.created, m_data->timesheetLineCount);
    // The customer of a placement is reached through its job order; every one resolves.
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM placement WHERE customer_id IS NULL OR consultant_id IS NULL")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE placement_id IS NULL")), 0);
    // Demo lines and pulled lines agree on minutes, status and billability.
    qint64 approvedMinutes = 0;
    int nonBillable = 0;
    m_data->forEachTimesheetLine([&](const DemoDataset::TimesheetLine &line) {
        approvedMinutes += line.status == DemoDataset::LineStatus::Approved ? line.minutes : 0;
        nonBillable += line.billable ? 0 : 1;
    });
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT SUM(minutes) FROM timesheet_line WHERE status = 'approved'"))
            .toLongLong(),
        approvedMinutes);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE billable = 0")), nonBillable);
    const DemoDataset::Placement &first = m_data->placements.front();
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT bill_rate_minor FROM placement WHERE external_id = ?"),
                          { first.externalId })
                 .toLongLong(),
             first.billRateMinor);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT start_date FROM placement WHERE external_id = ?"),
                          { first.externalId })
                 .toString(),
             first.start.toString(Qt::ISODate));
}

void TestBullhornPullSource::secondPullCountsNothingTwice()
{
    start(60, -1);
    auto first = runner(kEntities);
    QVERIFY(runToEnd(*first));
    const int lines = count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line"));
    auto second = runner(kEntities);
    QVERIFY(runToEnd(*second));
    for (const PullEntityResult &result : second->results()) {
        QCOMPARE(result.status, QStringLiteral("succeeded"));
        QCOMPARE(result.counts.created, 0);
        QCOMPARE(result.counts.updated, 0);
        QCOMPARE(result.counts.deleted, 0);
        QCOMPARE(result.counts.failed, 0);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), lines);
    // Only the one-minute overlap is read again, not the whole table.
    QVERIFY(second->results().at(4).counts.unchanged < lines);
}

void TestBullhornPullSource::incrementalSeesUpdatesAndDeletions()
{
    start(80, 3000);
    auto first = runner(kEntities);
    QVERIFY(runToEnd(*first));
    BullhornEntityStore &store = m_simulator->store();
    const qint64 corporation =
        m_data->customers[static_cast<std::size_t>(m_data->placements.front().customerId - 1)]
            .externalId.toLongLong();
    const qint64 candidate = m_data->consultants.back().externalId.toLongLong();
    const qint64 placement = m_data->placements.back().externalId.toLongLong();
    QVERIFY(store.touch(QStringLiteral("ClientCorporation"), corporation,
                        { { QStringLiteral("name"), QStringLiteral("Renamed Staffing Client BV") } }));
    QVERIFY(store.touch(QStringLiteral("Candidate"), candidate, { { QStringLiteral("isDeleted"), true } }));
    QVERIFY(store.touch(QStringLiteral("Placement"), placement,
                        { { QStringLiteral("clientBillRate"), 123.45 } }));
    const int candidates = count(QStringLiteral("SELECT COUNT(*) FROM consultant"));
    auto second = runner(kEntities);
    QVERIFY(runToEnd(*second));
    QCOMPARE(second->results().at(0).counts.updated, 1);
    QCOMPARE(second->results().at(0).counts.created, 0);
    QCOMPARE(second->results().at(2).counts.deleted, 1);
    QCOMPARE(second->results().at(3).counts.updated, 1);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT name FROM customer WHERE external_id = ?"),
                          { QString::number(corporation) })
                 .toString(),
             QStringLiteral("Renamed Staffing Client BV"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consultant")), candidates - 1);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT bill_rate_minor FROM placement WHERE external_id = ?"),
                          { QString::number(placement) })
                 .toLongLong(),
             12345);
    // A third pull finds nothing new.
    auto third = runner(kEntities);
    QVERIFY(runToEnd(*third));
    for (const PullEntityResult &result : third->results())
        QCOMPARE(result.counts.created + result.counts.updated + result.counts.deleted, 0);
}

void TestBullhornPullSource::voidEntryRemovesTheVoidedLine()
{
    start(40, 1500);
    auto first = runner({ QStringLiteral("Placement"), QStringLiteral("TimesheetEntry") });
    QVERIFY(runToEnd(*first));
    const QString approved =
        m_cache
            ->scalar(QStringLiteral("SELECT external_id FROM timesheet_line WHERE status = "
                                    "'approved' ORDER BY id LIMIT 1"))
            .toString();
    QVERIFY(!approved.isEmpty());
    const int lines = count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line"));
    const qint64 voiding = m_simulator->store().voidEntry(approved.toLongLong());
    QVERIFY(voiding > 0);
    auto second = runner({ QStringLiteral("TimesheetEntry") });
    QVERIFY(runToEnd(*second));
    QCOMPARE(second->results().at(0).counts.deleted, 1);
    QCOMPARE(second->results().at(0).counts.failed, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), lines - 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE external_id IN (?, ?)"),
                   { approved, QString::number(voiding) }),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE minutes < 0")), 0);
}

void TestBullhornPullSource::pagesPastTheRestartPointLoseNothing()
{
    start(400, BullhornPullSource::kRestartAfter + 1700);
    const int entries = m_simulator->store().count(QStringLiteral("TimesheetEntry"));
    QVERIFY(entries > BullhornPullSource::kRestartAfter);
    auto pull = runner({ QStringLiteral("TimesheetEntry") });
    QVERIFY(runToEnd(*pull));
    QCOMPARE(pull->results().at(0).status, QStringLiteral("succeeded"));
    QCOMPARE(pull->results().at(0).counts.created, entries);
    QCOMPARE(pull->results().at(0).counts.unchanged, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), entries);
    QCOMPARE(m_simulator->callCount(QStringLiteral("query")), entries / BullhornPullSource::kPageSize + 1);
}

void TestBullhornPullSource::expiredSessionMidRunIsRenewed()
{
    start(60, 2500);
    auto pull = runner({ QStringLiteral("TimesheetEntry") });
    int pages = 0;
    connect(pull.get(), &PullRunner::progress, this, [&] {
        if (++pages == 2)
            m_simulator->expireSessions();
    });
    QVERIFY(runToEnd(*pull));
    QCOMPARE(pull->results().at(0).status, QStringLiteral("succeeded"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")),
             m_simulator->store().count(QStringLiteral("TimesheetEntry")));
    QCOMPARE(m_client->loginCount(), 2);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM sync_event WHERE run_id = ? AND message LIKE '%session%'"),
              { pull->results().at(0).runId }),
        1);
}

void TestBullhornPullSource::failureKeepsCommittedPages()
{
    start(60, 2500);
    m_simulator->faults().force(FaultInjector::Fault::None, 2, QStringLiteral("query"));
    // As many 429s as the client makes attempts (see start()): the third page fails for this run.
    m_simulator->faults().force(FaultInjector::Fault::RateLimited, 3, QStringLiteral("query"));
    auto pull = runner({ QStringLiteral("TimesheetEntry") });
    QVERIFY(runToEnd(*pull));
    QCOMPARE(pull->results().at(0).status, QStringLiteral("failed"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), 2 * BullhornPullSource::kPageSize);
    // The next run resumes at the committed cursor and ends with every entry, none twice.
    auto again = runner({ QStringLiteral("TimesheetEntry") });
    QVERIFY(runToEnd(*again));
    QCOMPARE(again->results().at(0).status, QStringLiteral("succeeded"));
    QCOMPARE(again->results().at(0).counts.unchanged, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")),
             m_simulator->store().count(QStringLiteral("TimesheetEntry")));
}

TestBullhornPullSource::ChargeTruth TestBullhornPullSource::timeCharges() const
{
    struct Week
    {
        qint64 lines = 0;
        qint64 minutes = 0;
        bool submitted = false;
    };
    std::map<std::pair<int, QDate>, Week> weeks;
    m_data->forEachTimesheetLine([&](const DemoDataset::TimesheetLine &line) {
        if (!line.billable || line.status == DemoDataset::LineStatus::Rejected)
            return;
        Week &week = weeks[{ line.placementIndex, line.workDate.addDays(7 - line.workDate.dayOfWeek()) }];
        ++week.lines;
        week.minutes += line.minutes;
        week.submitted = week.submitted || line.status == DemoDataset::LineStatus::Submitted;
    });
    ChargeTruth out;
    for (const auto &[key, week] : weeks) {
        out.lines += week.lines;
        (week.submitted ? out.submittedMinutes : out.approvedMinutes) += week.minutes;
    }
    return out;
}

void TestBullhornPullSource::expensesFillTheCache()
{
    start(200, -1);
    QVERIFY(m_data->expenses.size() > 20);
    auto pull = runner({ QStringLiteral("Placement"), BullhornPullSource::timeEntities(false).at(1) });
    QVERIFY(runToEnd(*pull));
    QCOMPARE(pull->results().at(1).entity, QStringLiteral("expenses"));
    QCOMPARE(pull->results().at(1).status, QStringLiteral("succeeded"));
    QCOMPARE(pull->results().at(1).counts.created, qint64(m_data->expenses.size()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM expense WHERE placement_id IS NULL")), 0);
    qint64 approved = 0;
    int billable = 0;
    for (const DemoDataset::Expense &expense : m_data->expenses) {
        approved += expense.status == DemoDataset::LineStatus::Approved ? expense.amountMinor : 0;
        billable += expense.billable ? 1 : 0;
    }
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT SUM(amount_minor) FROM expense WHERE status = 'approved'"))
            .toLongLong(),
        approved);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM expense WHERE billable = 1")), billable);
    // A voided expense leaves the cache on the next pull; nothing else changes.
    const QString voided = m_data->expenses.back().externalId;
    QVERIFY(m_simulator->store().voidExpenseEntry(voided.toLongLong()) > 0);
    auto again = runner({ BullhornPullSource::timeEntities(false).at(1) });
    QVERIFY(runToEnd(*again));
    QCOMPARE(again->results().at(0).counts.deleted, 1);
    QCOMPARE(again->results().at(0).counts.created + again->results().at(0).counts.updated
                 + again->results().at(0).counts.failed,
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM expense")), int(m_data->expenses.size()) - 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM expense WHERE external_id = ?"), { voided }), 0);
    const DemoDataset::Expense &first = m_data->expenses.front();
    QCOMPARE(
        m_cache
            ->scalar(QStringLiteral("SELECT category || '|' || expense_date || '|' || currency FROM expense "
                                    "WHERE external_id = ?"),
                     { first.externalId })
            .toString(),
        QStringLiteral("%1|%2|%3").arg(first.category, first.date.toString(Qt::ISODate), first.currency));
}

void TestBullhornPullSource::payAndBillFillsTheCache()
{
    m_simulatorOptions.maxBillMasters = -1;
    start(120, -1);
    // A pay-and-bill tenant's time and expenses, as BullhornPullSource advises.
    auto pull = runner(QStringList { QStringLiteral("Placement") } + BullhornPullSource::timeEntities(true));
    QVERIFY(runToEnd(*pull));
    for (const PullEntityResult &result : pull->results())
        QVERIFY2(result.status == QLatin1String("succeeded"),
                 qPrintable(result.entity + QLatin1Char(' ') + result.status));
    QCOMPARE(pull->results().at(1).entity, QStringLiteral("billable_time"));
    QCOMPARE(pull->results().at(2).entity, QStringLiteral("billable_expenses"));
    const ChargeTruth truth = timeCharges();
    QVERIFY(truth.lines > 2 * BullhornPullSource::kPageSize);
    QCOMPARE(pull->results().at(1).counts.created, truth.lines);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), int(truth.lines));
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT SUM(minutes) FROM timesheet_line WHERE status = 'approved'"))
            .toLongLong(),
        truth.approvedMinutes);
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT SUM(minutes) FROM timesheet_line WHERE status = 'submitted'"))
            .toLongLong(),
        truth.submittedMinutes);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE placement_id IS NULL "
                                  "OR external_id NOT LIKE 'bmt-%' OR bill_rate_minor IS NULL")),
             0);
    // Expense charges: every billable expense not rejected, once.
    int expenses = 0;
    for (const DemoDataset::Expense &expense : m_data->expenses)
        expenses += expense.billable && expense.status != DemoDataset::LineStatus::Rejected ? 1 : 0;
    QCOMPARE(pull->results().at(2).counts.created, qint64(expenses));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM expense WHERE placement_id IS NULL")), 0);
    // Paging: many pages of at most 500, each a round trip.
    QVERIFY(m_simulator->callCount(QStringLiteral("query"))
            >= truth.lines / BullhornPullSource::kPageSize + 1);
}

void TestBullhornPullSource::payAndBillIncrementalSeesApprovalAndReversal()
{
    m_simulatorOptions.maxBillMasters = -1;
    start(60, 4000);
    auto first = runner({ QStringLiteral("BillableTime") });
    QVERIFY(runToEnd(*first));
    BullhornEntityStore &store = m_simulator->store();
    // A charge waiting for approval becomes ready to bill; its lines become approved time.
    BullhornEntityStore::ReadRequest waiting;
    waiting.entity = QStringLiteral("BillMasterTransaction");
    waiting.filter =
        QStringLiteral("billMaster.billableCharge.status.id = 1 AND billMaster.billableCharge.timesheet "
                       "IS NOT NULL");
    waiting.fields = QStringLiteral("id,billMaster(billableCharge(id))");
    waiting.count = 1;
    const QJsonObject line =
        store.query(waiting).body.value(QStringLiteral("data")).toArray().first().toObject();
    const qint64 charge = line.value(QStringLiteral("billMaster"))
                              .toObject()
                              .value(QStringLiteral("billableCharge"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
    QVERIFY(charge > 0);
    waiting.filter = QStringLiteral("billMaster.billableCharge.id = %1").arg(charge);
    waiting.totalOnly = true;
    const qint64 chargeLines = store.query(waiting).body.value(QStringLiteral("total")).toInteger();
    QVERIFY(chargeLines > 0);
    QVERIFY(store.setChargeStatus(charge, BullhornChargeBuilder::ReadyToBill));
    // A billed line is corrected: pay-and-bill reverses its transaction.
    const QString reversed =
        m_cache
            ->scalar(QStringLiteral("SELECT external_id FROM timesheet_line WHERE status = "
                                    "'approved' ORDER BY id LIMIT 1"))
            .toString();
    QVERIFY(reversed.startsWith(QLatin1String("bmt-")));
    const qint64 reversal = store.reverseTransaction(reversed.mid(4).toLongLong());
    QVERIFY(reversal > 0);
    const int lines = count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line"));

    auto second = runner({ QStringLiteral("BillableTime") });
    QVERIFY(runToEnd(*second));
    QCOMPARE(second->results().at(0).counts.updated, chargeLines);
    QCOMPARE(second->results().at(0).counts.deleted, 1);
    QCOMPARE(second->results().at(0).counts.created, 0);
    QCOMPARE(second->results().at(0).counts.failed, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), lines - 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE external_id IN (?, ?)"),
                   { reversed, QStringLiteral("bmt-%1").arg(reversal) }),
             0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE status = 'submitted' AND raw LIKE ?"),
              { QStringLiteral("%\"billableCharge\":{\"id\":%1,%").arg(charge) }),
        0);
}

void TestBullhornPullSource::payAndBillRidesOutFaults()
{
    m_simulatorOptions.maxBillMasters = -1;
    start(60, 2500);
    m_simulator->faults().force(FaultInjector::Fault::None, 1, QStringLiteral("query"));
    m_simulator->faults().force(FaultInjector::Fault::ServerError, 1, QStringLiteral("query"));
    m_simulator->faults().force(FaultInjector::Fault::RateLimited, 1, QStringLiteral("query"));
    auto pull = runner({ QStringLiteral("BillableTime"), QStringLiteral("BillableExpense") });
    int pages = 0;
    connect(pull.get(), &PullRunner::progress, this, [&] {
        if (++pages == 3)
            m_simulator->expireSessions();
    });
    QVERIFY(runToEnd(*pull));
    for (const PullEntityResult &result : pull->results())
        QCOMPARE(result.status, QStringLiteral("succeeded"));
    BullhornEntityStore::ReadRequest all;
    all.entity = QStringLiteral("BillMasterTransaction");
    all.filter = QStringLiteral("billMaster.billableCharge.timesheet IS NOT NULL");
    all.totalOnly = true;
    const qint64 transactions =
        m_simulator->store().query(all).body.value(QStringLiteral("total")).toInteger();
    QVERIFY(transactions > BullhornPullSource::kPageSize);
    QCOMPARE(pull->results().at(0).counts.created, transactions);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), int(transactions));
    QCOMPARE(m_client->loginCount(), 2);
}

void TestBullhornPullSource::hiddenPayAndBillFailsClearly()
{
    m_simulatorOptions.payAndBill = false;
    start(40, 800);
    auto pull = runner({ QStringLiteral("BillableTime"), QStringLiteral("TimesheetEntry") });
    QVERIFY(runToEnd(*pull));
    QCOMPARE(pull->results().at(0).status, QStringLiteral("failed"));
    QCOMPARE(pull->results().at(1).status, QStringLiteral("succeeded"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE external_id LIKE 'bmt-%'")), 0);
    // The user reads why; the detail keeps Bullhorn's own words.
    QCOMPARE(count(QStringLiteral(
                       "SELECT COUNT(*) FROM sync_event WHERE run_id = ? AND level = 'error' AND message "
                       "LIKE '%may not see%' AND detail LIKE '%BillMasterTransaction%'"),
                   { pull->results().at(0).runId }),
             1);
}

QTEST_GUILESS_MAIN(TestBullhornPullSource)
#include "tst_bullhornpullsource.moc"
