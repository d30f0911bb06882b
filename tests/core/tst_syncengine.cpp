// The sync engine end to end: demo data in a real cache, the Odoo simulator seeded from the same
// data over loopback, faults on. Checks what finance relies on: one invoice per placement and
// month in Odoo, invoiced hours equal to approved billable hours, no duplicates, failures a person
// must fix recorded once and resolved by the retry that fixes them.
#include "cache/systemrepository.h"
#include "connectors/bullhorn/bullhornconfig.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "kpi/invoicetotalmismatchrule.h"
#include "matching/mappingservice.h"
#include "odooinvoicetotals.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/democachewriter.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/faultspec.h"
#include "sandbox/hubspot/hubspotsimulator.h"
#include "sandbox/odoo/odoobusinessrules.h"
#include "sandbox/odoo/odooorm.h"
#include "sandbox/odoo/odooseeder.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sandbox/odoo/odoostore.h"
#include "sync/connectionprofile.h"
#include "sync/invoicedraft.h"
#include "sync/invoicekey.h"
#include "sync/invoiceplanner.h"
#include "sync/partnerplanner.h"
#include "sync/pullflow.h"
#include "sync/syncengine.h"
#include "tempcache.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace cw;

namespace {

const QString kPrefix = QStringLiteral("odoo:invoice:");

using OdooTotals = test::OdooInvoiceTotals;

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<OdooSimulator> m_simulator;
    qint64 m_odooSystem = 0;

    void setUpWorld(const FaultSpec &faults)
    {
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
        DemoDataOptions demo;
        demo.customers = 20;
        demo.seed = 5;
        const DemoDataset dataset = DemoDataGenerator::generate(demo);
        QVERIFY(DemoCacheWriter(m_cache->db(), dataset).write().ok());
        OdooSimulatorOptions options;
        options.seed = 5;
        options.faults = faults;
        m_simulator = std::make_unique<OdooSimulator>(options);
        OdooSeeder(m_simulator->orm(), QDateTime::currentDateTimeUtc()).seedDemo(dataset);
        QVERIFY(m_simulator->listen().ok());
        m_odooSystem =
            m_cache->scalar(QStringLiteral("SELECT id FROM system WHERE kind = 'odoo'")).toLongLong();
        QVERIFY(m_odooSystem > 0);
    }

    /// Server errors, rate limits, timeouts, answers dropped after Odoo committed, expiring sessions.
    static FaultSpec everyFault()
    {
        FaultSpec faults;
        faults.p5xx = 0.08;
        faults.p429 = 0.05;
        faults.pTimeout = 0.05;
        faults.pDropAfterCommit = 0.08;
        faults.sessionTtlS = 1;
        faults.retryAfterS = 0;
        return faults;
    }

    SyncEngineOptions options(bool webSession) const
    {
        SyncEngineOptions o;
        o.odoo.url = m_simulator->url();
        o.odoo.database = m_simulator->options().database;
        o.odoo.login = m_simulator->options().login;
        o.odoo.secretKind = webSession ? OdooConnectionSettings::SecretKind::Password
                                       : OdooConnectionSettings::SecretKind::ApiKey;
        o.odoo.secret = webSession ? m_simulator->password() : m_simulator->apiKey();
        o.odoo.api =
            webSession ? OdooConnectionSettings::Api::WebSession : OdooConnectionSettings::Api::JsonRpc;
        o.odoo.timeoutMs = 400;
        o.odooSystemId = m_odooSystem;
        o.push.batchSize = 4;
        o.push.concurrency = 2;
        o.push.retryBaseMs = 10;
        o.push.retryMaxMs = 80;
        o.push.maxAttempts = 40;
        o.push.maxWaitMs = 3000;
        o.push.circuitOpenMs = 50;
        return o;
    }

    /// A new empty cache in m_cache and the demo data the pull simulators serve.
    DemoDataset emptyCacheAndDemoData()
    {
        m_cache = std::make_unique<test::TempCache>();
        DemoDataOptions demo;
        demo.customers = 20;
        demo.seed = 5;
        return DemoDataGenerator::generate(demo);
    }

    /// Options of a pull alone: an Odoo that is never called.
    static SyncEngineOptions pullOnlyOptions()
    {
        SyncEngineOptions o;
        o.odoo.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        o.odoo.database = QStringLiteral("d");
        o.odoo.login = QStringLiteral("l");
        o.odoo.secret = QStringLiteral("s");
        return o;
    }

    QList<SyncFlowResult> runSync(const SyncEngineOptions &o, const QList<SyncFlow> &flows)
    {
        SyncEngine engine(m_cache->db(), o);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        if (!engine.start(flows)) {
            qWarning("the sync did not start");
            return {};
        }
        if (!finished.wait(120000)) {
            qWarning("the sync did not finish");
            return {};
        }
        return engine.results();
    }

    OdooTotals odooTotals() const { return OdooTotals::read(m_simulator->store()); }

    qint64 cacheValue(const QString &sql) const { return m_cache->scalar(sql).toLongLong(); }

    // Partners Crosswalk created in Odoo, per key (their ref).
    QHash<QString, int> odooPartnersPerKey() const
    {
        QHash<QString, int> partners;
        for (const auto &[id, values] : m_simulator->store().table(QStringLiteral("res.partner"))) {
            Q_UNUSED(id)
            const QString ref = values.value(QStringLiteral("ref")).toString();
            if (ref.startsWith(QLatin1String("odoo:partner:")))
                ++partners[ref];
        }
        return partners;
    }

    QString partnerField(qint64 partner, const QString &field) const
    {
        return m_simulator->store()
            .value(QStringLiteral("res.partner"), partner, field, QString())
            .toString();
    }

    qint64 pushesWaiting() const
    {
        return cacheValue(
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'failed', 'in_flight')"));
    }

    // Approved billable minutes of the placement-months Crosswalk plans (not dead, not demo rows
    // the demo data left failed), i.e. everything that must reach Odoo.
    void verifyInvariants()
    {
        verifyPushedOnce();
        // What is still unbilled belongs to a row a person must look at, nothing else.
        const qint64 strayUnbilled = cacheValue(QStringLiteral(
            "SELECT COUNT(*) FROM timesheet_line t JOIN placement p ON p.id = t.placement_id "
            "WHERE t.status = 'approved' AND t.billable = 1 AND t.invoice_id IS NULL AND NOT EXISTS ("
            "SELECT 1 FROM outbox o WHERE o.state = 'dead' AND o.idempotency_key LIKE "
            "'odoo:invoice:' || p.external_id || ':' || substr(t.work_date, 1, 7) || '%')"));
        QCOMPARE(strayUnbilled, 0);
    }

    // One invoice per key in Odoo, and Odoo's invoices carry exactly the time and expenses the cache
    // says they do.
    void verifyPushedOnce()
    {
        const OdooTotals odoo = odooTotals();
        for (auto it = odoo.movesPerRef.cbegin(); it != odoo.movesPerRef.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("%1 invoices for %2").arg(it.value()).arg(it.key())));
        const qint64 done =
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE operation = 'create_invoice' AND "
                                      "state = 'done' AND remote_id <> ''"));
        QCOMPARE(qint64(odoo.movesPerRef.size()), done);
        const qint64 invoicedMinutes = cacheValue(QStringLiteral(
            "SELECT COALESCE(SUM(t.minutes), 0) FROM timesheet_line t JOIN invoice i ON i.id = t.invoice_id "
            "WHERE i.ref LIKE 'odoo:invoice:%'"));
        QCOMPARE(odoo.minutes, invoicedMinutes);
        QCOMPARE(odoo.lines,
                 cacheValue(QStringLiteral("SELECT COUNT(*) FROM timesheet_line t JOIN invoice i ON "
                                           "i.id = t.invoice_id WHERE i.ref LIKE 'odoo:invoice:%'")));
        // Every line is on the hours or the expense product: an expense is never billed as an hour.
        QCOMPARE(odoo.otherLines, 0);
        verifyExpenseInvariants(odoo);
    }

    // Every approved billable expense is on exactly one of Crosswalk's invoices, at its amount; what
    // is unbilled belongs to a row a person must look at.
    void verifyExpenseInvariants(const OdooTotals &odoo)
    {
        QCOMPARE(
            odoo.expenseLines,
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense e JOIN invoice i ON i.id = e.invoice_id "
                                      "WHERE i.ref LIKE 'odoo:invoice:%'")));
        QCOMPARE(odoo.expenseMinor,
                 cacheValue(QStringLiteral(
                     "SELECT COALESCE(SUM(e.amount_minor), 0) FROM expense e JOIN invoice i ON i.id = "
                     "e.invoice_id WHERE i.ref LIKE 'odoo:invoice:%'")));
        QCOMPARE(
            cacheValue(QStringLiteral(
                "SELECT COUNT(*) FROM expense e JOIN placement p ON p.id = e.placement_id "
                "WHERE e.status = 'approved' AND e.billable = 1 AND e.invoice_id IS NULL AND NOT EXISTS ("
                "SELECT 1 FROM outbox o WHERE o.state = 'dead' AND o.idempotency_key LIKE "
                "'odoo:invoice:' || p.external_id || ':' || substr(e.expense_date, 1, 7) || '%')")),
            0);
    }

    /// Adds an approved billable expense to the cache; returns its id.
    qint64 addExpense(qint64 placement, const QString &date, qint64 amountMinor, const QString &currency)
    {
        const QString externalId = QStringLiteral("late-%1-%2").arg(placement).arg(date);
        const bool added = m_cache->exec(
            QStringLiteral(
                "INSERT INTO expense (system_id, external_id, placement_id, expense_date, category, "
                "description, amount_minor, currency, status, billable, modified_at) SELECT "
                "system_id, ?, id, ?, 'travel', 'Train ticket', ?, ?, 'approved', 1, ? FROM placement "
                "WHERE id = ?"),
            { externalId, date, amountMinor, currency, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
              placement });
        if (!added)
            return 0;
        return cacheValue(QStringLiteral("SELECT MAX(id) FROM expense"));
    }

    /// Undoes in the cache what the push of outbox row @p outboxId recorded, as when Odoo committed
    /// and its answer was lost (or the process died before the cache committed); the row is left
    /// in @p state, with @p lastError. Returns the invoice's id in Odoo.
    QString forgetPush(qint64 outboxId, const QString &state, const QString &lastError = {})
    {
        const QString remote =
            m_cache->scalar(QStringLiteral("SELECT remote_id FROM outbox WHERE id = ?"), { outboxId })
                .toString();
        for (const QString &table : { QStringLiteral("timesheet_line"), QStringLiteral("expense") }) {
            if (!m_cache->exec(QStringLiteral("UPDATE %1 SET invoice_id = NULL WHERE invoice_id = (SELECT id "
                                              "FROM invoice WHERE system_id = ? AND external_id = ?)")
                                   .arg(table),
                               { m_odooSystem, remote }))
                return {};
        }
        const bool done =
            m_cache->exec(QStringLiteral("DELETE FROM invoice WHERE system_id = ? AND external_id = ?"),
                          { m_odooSystem, remote })
            && m_cache->exec(
                QStringLiteral("UPDATE outbox SET state = ?, remote_id = '', attempts = 1, "
                               "last_error_category = COALESCE(?, ''), next_attempt_at = NULL WHERE id = ?"),
                { state, lastError, outboxId });
        return done ? remote : QString();
    }

    /// Odoo's lines of invoice @p move: their count and minutes (time) or count (expenses).
    QPair<qint64, qint64> odooLinesOf(qint64 move) const
    {
        QPair<qint64, qint64> countAndMinutes;
        for (const auto &[id, values] : m_simulator->store().table(QStringLiteral("account.move.line"))) {
            Q_UNUSED(id)
            if (static_cast<qint64>(values.value(QStringLiteral("move_id")).toDouble()) != move)
                continue;
            ++countAndMinutes.first;
            countAndMinutes.second +=
                std::llround(values.value(QStringLiteral("quantity")).toDouble() * 60.0);
        }
        return countAndMinutes;
    }

    /// The cache's invoice of outbox row @p outboxId, as an SQL subquery.
    QString invoiceOfRow(qint64 outboxId) const
    {
        return QStringLiteral("(SELECT i.id FROM invoice i JOIN outbox o ON o.remote_id = i.external_id AND "
                              "i.system_id = %1 WHERE o.id = %2)")
            .arg(m_odooSystem)
            .arg(outboxId);
    }

    /// Runs the timesheets flow and checks that row @p outboxId ended done on Odoo's invoice
    /// @p remote, and that no invoice was added to Odoo; @p created gets the invoices the run made.
    void retryLandsOn(qint64 outboxId, const QString &remote, qint64 *created = nullptr)
    {
        const qint64 movesBefore = qint64(m_simulator->store().table(QStringLiteral("account.move")).size());
        const QList<SyncFlowResult> results = runSync(options(false), { SyncFlow::Timesheets });
        QCOMPARE(results.size(), 1);
        if (created)
            *created = results.first().created;
        QCOMPARE(m_cache
                     ->scalar(QStringLiteral("SELECT state || '/' || remote_id FROM outbox WHERE id = ?"),
                              { outboxId })
                     .toString(),
                 QStringLiteral("done/") + remote);
        QCOMPARE(qint64(m_simulator->store().table(QStringLiteral("account.move")).size()), movesBefore);
    }

private slots:
    void keysRoundTrip()
    {
        InvoiceKey key { QStringLiteral("PL:7.a_b"), QStringLiteral("2025-05"), 2 };
        const std::optional<InvoiceKey> parsed = InvoiceKey::parse(key.toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->placementExternalId, key.placementExternalId);
        QCOMPARE(parsed->period, key.period);
        QCOMPARE(parsed->sequence, 2);
        QVERIFY(!InvoiceKey::parse(QStringLiteral("odoo:invoice:2025-05")));
        QVERIFY(!InvoiceKey::xmlId(key.toString()).mid(10).contains(QLatin1Char('.')));
        QVERIFY(InvoiceKey::xmlName(QStringLiteral("a:b")) != InvoiceKey::xmlName(QStringLiteral("a_b")));
    }

    void plansOncePerPlacementAndMonth()
    {
        setUpWorld({});
        const qint64 groups = cacheValue(QStringLiteral(
            "SELECT COUNT(DISTINCT placement_id || ':' || substr(work_date, 1, 7)) FROM timesheet_line WHERE "
            "status = 'approved' AND billable = 1 AND invoice_id IS NULL"));
        QVERIFY(groups > 10);
        InvoicePlanner planner(m_cache->db(), m_odooSystem);
        Result<InvoicePlanner::Summary> first = planner.plan();
        QVERIFY(first.ok());
        QCOMPARE(first.value().groups, groups);
        QCOMPARE(first.value().planned + first.value().waiting, groups);
        QVERIFY(first.value().waiting > 0); // the demo's failed and dead rows are the same months
        Result<InvoicePlanner::Summary> second = planner.plan();
        QVERIFY(second.ok());
        QCOMPARE(second.value().planned, 0);
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE operation = 'create_invoice'")),
                 first.value().planned + 7);
    }

    void convergesUnderFaults()
    {
        setUpWorld(everyFault());
        const qint64 demoRows = cacheValue(QStringLiteral("SELECT MAX(id) FROM outbox"));
        const QString since = QString::number(demoRows);
        QList<SyncFlowResult> results;
        for (int run = 0; run < 8; ++run) {
            results = runSync(options(run % 2 == 0), { SyncFlow::Timesheets });
            QCOMPARE(results.size(), 1);
            if (cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'failed', "
                                          "'in_flight')"))
                == 0)
                break;
        }
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'failed', "
                                           "'in_flight')")),
                 0);
        verifyInvariants();
        const OdooTotals odoo = odooTotals();
        QVERIFY(odoo.movesPerRef.size() >= 5);
        // The faults did hit: some invoices needed more than one attempt.
        QVERIFY(cacheValue(QStringLiteral(
                               "SELECT SUM(attempts) - COUNT(*) FROM outbox WHERE state = 'done' AND id > %1")
                               .arg(since))
                > 0);
        // Faults only delay: every row that went dead did so for a cause a person must fix.
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'dead' AND id > ? AND "
                                           "last_error_category <> 'mapping'")
                                .replace(QLatin1Char('?'), since)),
                 0);
        // Each of them has one open failed push naming its source lines.
        QCOMPARE(
            cacheValue(
                QStringLiteral("SELECT COUNT(*) FROM failed_push WHERE state = 'open' AND outbox_id > %1 AND "
                               "category = 'mapping' AND source LIKE '%line_ids%'")
                    .arg(since)),
            cacheValue(
                QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'dead' AND id > %1").arg(since)));
        QCOMPARE(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM (SELECT outbox_id FROM failed_push WHERE state = "
                                      "'open' GROUP BY outbox_id HAVING COUNT(*) > 1)")),
            0);
        // Running again sends nothing new and changes nothing in Odoo.
        const qint64 requestsBefore = m_simulator->modelCallCount();
        results = runSync(options(false), { SyncFlow::Timesheets });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().created, 0);
        QVERIFY(m_simulator->modelCallCount() - requestsBefore <= 3);
        verifyInvariants();
    }

    void expensesLandOnceUnderFaults()
    {
        setUpWorld(everyFault());
        const QString unbilled =
            QStringLiteral("status = 'approved' AND billable = 1 AND invoice_id IS NULL");
        QVERIFY(cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense WHERE ") + unbilled) > 0);
        const qint64 unbilledCents =
            cacheValue(QStringLiteral("SELECT SUM(amount_minor) FROM expense WHERE ") + unbilled);
        for (int run = 0; run < 8 && (run == 0 || pushesWaiting() > 0); ++run)
            QCOMPARE(runSync(options(run % 2 == 0), { SyncFlow::Expenses }).size(), 1);
        QCOMPARE(pushesWaiting(), 0);
        verifyPushedOnce();
        // Sum of invoiced expenses equals sum of approved billable ones, less those a person must see to.
        const OdooTotals odoo = odooTotals();
        QVERIFY(odoo.expenseLines > 0);
        QCOMPARE(odoo.expenseMinor
                     + cacheValue(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM "
                                                 "expense WHERE ")
                                  + unbilled),
                 unbilledCents);
        // A month with time and expenses has one invoice carrying both.
        const QString pairs = QStringLiteral(
            "SELECT COUNT(*) FROM expense e JOIN timesheet_line t ON t.placement_id = e.placement_id "
            "AND substr(t.work_date, 1, 7) = substr(e.expense_date, 1, 7) JOIN invoice i ON i.id = "
            "e.invoice_id "
            "JOIN invoice j ON j.id = t.invoice_id WHERE i.ref LIKE 'odoo:invoice:%' AND j.ref LIKE "
            "'odoo:invoice:%' AND ");
        QVERIFY(cacheValue(pairs + QStringLiteral("i.id = j.id")) > 0);
        QCOMPARE(cacheValue(pairs + QStringLiteral("i.id <> j.id")), 0);
        // A month with an expense and no time at all: only the expenses flow plans it.
        const qint64 placement =
            cacheValue(QStringLiteral("SELECT MIN(e.placement_id) FROM expense e JOIN invoice i ON i.id = "
                                      "e.invoice_id WHERE i.ref LIKE "
                                      "'odoo:invoice:%'"));
        const qint64 alone = addExpense(
            placement, QStringLiteral("2019-01-15"), 12345,
            m_cache
                ->scalar(QStringLiteral("SELECT currency FROM expense WHERE placement_id = ? LIMIT 1"),
                         { placement })
                .toString());
        QVERIFY(alone > 0);
        for (int run = 0; run < 8 && (run == 0 || pushesWaiting() > 0); ++run)
            QCOMPARE(runSync(options(run % 2 == 0), { SyncFlow::Expenses }).size(), 1);
        QCOMPARE(pushesWaiting(), 0);
        QVERIFY(
            m_cache
                ->scalar(QStringLiteral("SELECT i.ref FROM expense e JOIN invoice i ON i.id = e.invoice_id "
                                        "WHERE e.id = ?"),
                         { alone })
                .toString()
                .endsWith(QLatin1String(":2019-01")));
        verifyPushedOnce();
        // Odoo's totals, read back, match the invoices' time and expenses: the KPI rule stays quiet.
        const QList<SyncFlowResult> back = runSync(options(false), { SyncFlow::Invoices });
        QCOMPARE(back.size(), 1);
        Result<QList<ExceptionFinding>> findings = InvoiceTotalMismatchRule().evaluate(
            m_cache->db().connection(), RuleContext { QDate::currentDate().addDays(1) });
        QVERIFY(findings.ok());
        for (const ExceptionFinding &finding : findings.value())
            QVERIFY2(
                !m_cache
                     ->scalar(QStringLiteral("SELECT ref FROM invoice WHERE id = ?"), { finding.subjectId })
                     .toString()
                     .startsWith(kPrefix),
                qPrintable(finding.detail));
    }

    void lateExpenseGoesToTheNextInvoice()
    {
        setUpWorld({});
        QCOMPARE(runSync(options(false), { SyncFlow::Timesheets }).size(), 1);
        const QString key =
            m_cache
                ->scalar(QStringLiteral("SELECT idempotency_key FROM outbox WHERE operation = "
                                        "'create_invoice' AND state = 'done' AND remote_id <> '' "
                                        "ORDER BY id LIMIT 1"))
                .toString();
        const std::optional<InvoiceKey> parsed = InvoiceKey::parse(key);
        QVERIFY(parsed);
        const qint64 placement = m_cache
                                     ->scalar(QStringLiteral("SELECT id FROM placement WHERE external_id = ? "
                                                             "ORDER BY id LIMIT 1"),
                                              { parsed->placementExternalId })
                                     .toLongLong();
        const QString currency =
            m_cache->scalar(QStringLiteral("SELECT currency FROM invoice WHERE ref = ?"), { key }).toString();
        const qint64 onFirst =
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense e JOIN invoice i ON i.id = "
                                      "e.invoice_id WHERE i.ref = '%1'")
                           .arg(key));
        const qint64 late = addExpense(placement, parsed->period + QStringLiteral("-20"), 4250, currency);
        QVERIFY(late > 0);
        QList<SyncFlowResult> results = runSync(options(false), { SyncFlow::Expenses });
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().succeeded(), qPrintable(results.first().message));
        const QString next = key + QStringLiteral(":2");
        QCOMPARE(
            m_cache->scalar(QStringLiteral("SELECT state FROM outbox WHERE idempotency_key = ?"), { next })
                .toString(),
            QStringLiteral("done"));
        QCOMPARE(
            m_cache
                ->scalar(QStringLiteral("SELECT i.ref FROM expense e JOIN invoice i ON i.id = e.invoice_id "
                                        "WHERE e.id = ?"),
                         { late })
                .toString(),
            next);
        // The month's first invoice keeps what it had.
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense e JOIN invoice i ON i.id = "
                                           "e.invoice_id WHERE i.ref = '%1'")
                                .arg(key)),
                 onFirst);
        const OdooTotals odoo = odooTotals();
        QCOMPARE(odoo.movesPerRef.value(key), 1);
        QCOMPARE(odoo.movesPerRef.value(next), 1);
        verifyInvariants();
        results = runSync(options(false), { SyncFlow::Expenses });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().created, 0);
    }

    void expenseInAnotherCurrencyIsAFailedPush()
    {
        setUpWorld({});
        // An unbilled expense of a month the outbox has no row for yet.
        const qint64 expense = cacheValue(QStringLiteral(
            "SELECT MIN(e.id) FROM expense e JOIN placement p ON p.id = e.placement_id WHERE e.status = "
            "'approved' AND e.billable = 1 AND e.invoice_id IS NULL AND NOT EXISTS (SELECT 1 FROM outbox o "
            "WHERE o.idempotency_key LIKE 'odoo:invoice:' || p.external_id || ':' || substr(e.expense_date, "
            "1, "
            "7) || '%')"));
        QVERIFY(expense > 0);
        const qint64 placement =
            cacheValue(QStringLiteral("SELECT placement_id FROM expense WHERE id = %1").arg(expense));
        const QString date =
            m_cache->scalar(QStringLiteral("SELECT expense_date FROM expense WHERE id = ?"), { expense })
                .toString();
        const QString currency =
            m_cache->scalar(QStringLiteral("SELECT currency FROM expense WHERE id = ?"), { expense })
                .toString();
        const QString other =
            currency == QLatin1String("JPY") ? QStringLiteral("USD") : QStringLiteral("JPY");
        const qint64 foreign = addExpense(placement, date, 990000, other);
        QVERIFY(foreign > 0);
        const QList<SyncFlowResult> results = runSync(options(false), { SyncFlow::Expenses });
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().failed >= 1);
        const QString key = kPrefix
            + m_cache->scalar(QStringLiteral("SELECT external_id FROM placement WHERE id = ?"), { placement })
                  .toString()
            + QLatin1Char(':') + date.left(7);
        QCOMPARE(m_cache
                     ->scalar(QStringLiteral("SELECT state || '/' || last_error_category FROM outbox WHERE "
                                             "idempotency_key = ?"),
                              { key })
                     .toString(),
                 QStringLiteral("dead/validation"));
        const QString message =
            m_cache
                ->scalar(QStringLiteral("SELECT f.message FROM failed_push f JOIN outbox o ON "
                                        "o.id = f.outbox_id WHERE o.idempotency_key = ? AND "
                                        "f.state = 'open' AND f.category = 'validation'"),
                         { key })
                .toString();
        QVERIFY2(message.contains(other) && message.contains(currency), qPrintable(message));
        // Nothing of that month was billed, neither converted nor left out; the other months landed.
        QCOMPARE(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense WHERE id IN (%1, %2) AND invoice_id IS "
                                      "NOT NULL")
                           .arg(expense)
                           .arg(foreign)),
            0);
        QCOMPARE(odooTotals().movesPerRef.value(key), 0);
        QVERIFY(results.first().created > 0);
        verifyPushedOnce();
    }

    void unmappedCustomerIsFixedAndLandsOnce()
    {
        setUpWorld({});
        QList<SyncFlowResult> results = runSync(options(false), { SyncFlow::Timesheets });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, QStringLiteral("partial"));
        const qint64 outboxId = cacheValue(QStringLiteral(
            "SELECT o.id FROM outbox o JOIN failed_push f ON f.outbox_id = o.id WHERE o.state = 'dead' AND "
            "f.state = 'open' AND f.category = 'mapping' AND f.source LIKE '%line_ids%' ORDER BY o.id LIMIT "
            "1"));
        QVERIFY2(outboxId > 0, "the demo data has a customer without an Odoo partner");
        const QString key =
            m_cache->scalar(QStringLiteral("SELECT idempotency_key FROM outbox WHERE id = ?"), { outboxId })
                .toString();
        const QString message =
            m_cache
                ->scalar(QStringLiteral("SELECT message FROM failed_push WHERE outbox_id = ?"), { outboxId })
                .toString();
        QVERIFY2(message.contains(QStringLiteral("no partner in Odoo")), qPrintable(message));
        // Fix it as the Failed pushes page would: link the customer to an Odoo partner, then retry.
        const qint64 partner =
            cacheValue(QStringLiteral("SELECT MIN(CAST(external_id AS INTEGER)) FROM customer WHERE "
                                      "system_id = (SELECT id FROM system WHERE kind = 'odoo')"));
        QVERIFY(m_cache->exec(
            QStringLiteral(
                "INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_at) "
                "SELECT l.canonical_id, ?, 'customer', ?, 'manual', '2025-06-27T10:00:00Z' FROM placement p "
                "JOIN customer c ON c.id = p.customer_id JOIN link l ON l.system_id = c.system_id AND "
                "l.entity = 'customer' AND l.external_id = c.external_id WHERE p.external_id = ? "
                "ON CONFLICT DO NOTHING"),
            { m_odooSystem, QString::number(partner), InvoiceKey::parse(key)->placementExternalId }));
        if (cacheValue(QStringLiteral("SELECT changes()")) == 0) {
            // The customer had no canonical link at all: create one for it and its Odoo partner.
            QVERIFY(
                m_cache->exec(QStringLiteral("INSERT INTO canonical_customer (name, created_at, updated_at) "
                                             "VALUES ('fixed', '2025-06-27', '2025-06-27')")));
            const qint64 canonical = cacheValue(QStringLiteral("SELECT MAX(id) FROM canonical_customer"));
            QVERIFY(m_cache->exec(
                QStringLiteral(
                    "INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_at) "
                    "SELECT ?, c.system_id, 'customer', c.external_id, 'manual', '2025-06-27' FROM placement "
                    "p JOIN customer c ON c.id = p.customer_id WHERE p.external_id = ?"),
                { canonical, InvoiceKey::parse(key)->placementExternalId }));
            QVERIFY(m_cache->exec(
                QStringLiteral("INSERT INTO link (canonical_id, system_id, entity, external_id, "
                               "method, decided_at) VALUES (?, ?, 'customer', ?, 'manual', "
                               "'2025-06-27') ON CONFLICT DO NOTHING"),
                { canonical, m_odooSystem, QString::number(partner) }));
        }
        QVERIFY(m_cache->exec(
            QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = NULL, attempts = 40 "
                           "WHERE id = ?"),
            { outboxId }));
        results = runSync(options(false), { SyncFlow::Timesheets });
        QCOMPARE(results.size(), 1);
        QCOMPARE(
            m_cache->scalar(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), { outboxId }).toString(),
            QStringLiteral("done"));
        QCOMPARE(odooTotals().movesPerRef.value(key), 1);
        // The person's retry got a fresh budget of attempts.
        QCOMPARE(
            m_cache->scalar(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"), { outboxId }).toInt(),
            1);
        QCOMPARE(m_cache
                     ->scalar(QStringLiteral(
                                  "SELECT state || '/' || resolved_by FROM failed_push WHERE outbox_id = ?"),
                              { outboxId })
                     .toString(),
                 QStringLiteral("resolved/crosswalk"));
        QCOMPARE(cacheValue(
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'failed_push.resolve' AND "
                                    "actor = 'crosswalk'")),
                 1);
        verifyInvariants();
    }

    void customersFlowCreatesPartnersOnceAndTheirInvoicesLand()
    {
        FaultSpec faults;
        faults.pDropAfterCommit = 0.3;
        faults.p5xx = 0.05;
        faults.retryAfterS = 0;
        setUpWorld(faults);
        const qint64 demoRows = cacheValue(QStringLiteral("SELECT MAX(id) FROM outbox"));
        for (int run = 0; run < 8 && (run == 0 || pushesWaiting() > 0); ++run)
            QCOMPARE(runSync(options(false), { SyncFlow::Timesheets }).size(), 1);
        const QString waiting =
            m_cache
                ->scalar(QStringLiteral("SELECT group_concat(outbox_id) FROM failed_push WHERE "
                                        "fingerprint = 'sync.customer_not_mapped' AND state = 'open'"))
                .toString();
        const qint64 deadBefore = waiting.count(QLatin1Char(',')) + (waiting.isEmpty() ? 0 : 1);
        QVERIFY2(deadBefore > 0, "the demo data has invoices for customers without an Odoo partner");
        // One unmapped customer is sent to Odoo from the Unmatched page; the others were matched to
        // each other only (a canonical customer with no Odoo record), which the customers flow plans.
        QSqlQuery unmapped(m_cache->db().connection());
        QVERIFY(unmapped.exec(QStringLiteral(
            "SELECT DISTINCT json_extract(source, '$.customer_id') FROM failed_push WHERE fingerprint = "
            "'sync.customer_not_mapped' AND state = 'open' ORDER BY 1")));
        QList<qint64> customers;
        while (unmapped.next())
            customers.append(unmapped.value(0).toLongLong());
        QVERIFY(customers.size() >= 2);
        QVERIFY(MappingService(m_cache->db(), QStringLiteral("tester")).createInOdoo(customers.first()).ok());
        for (qint64 customer : customers.mid(1)) {
            QVERIFY(m_cache->exec(
                QStringLiteral("INSERT INTO canonical_customer (name, created_at, updated_at) "
                               "SELECT name, '2025-06-27', '2025-06-27' FROM customer WHERE id = ?"),
                { customer }));
            QVERIFY(m_cache->exec(
                QStringLiteral(
                    "INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_at) "
                    "SELECT (SELECT MAX(id) FROM canonical_customer), system_id, 'customer', external_id, "
                    "'review', '2025-06-27' FROM customer WHERE id = ?"),
                { customer }));
        }
        QCOMPARE(PartnerPlanner(m_cache->db(), m_odooSystem).plan().value(), qint64(customers.size() - 1));
        const qint64 partnersBefore =
            qint64(m_simulator->store().table(QStringLiteral("res.partner")).size());

        QList<SyncFlowResult> results;
        for (int run = 0; run < 8 && (run == 0 || pushesWaiting() > 0); ++run) {
            results = runSync(options(run % 2 == 1), { SyncFlow::Customers, SyncFlow::Timesheets });
            QCOMPARE(results.size(), 2);
            QCOMPARE(results.at(0).flow, SyncFlow::Customers);
        }
        QCOMPARE(pushesWaiting(), 0);
        const qint64 created =
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE operation = 'create_partner' AND "
                                      "state = 'done' AND remote_id <> ''"));
        QCOMPARE(created, qint64(customers.size()));
        // Each partner exists once in Odoo, although answers to some writes were dropped after Odoo committed
        // them.
        const QHash<QString, int> partners = odooPartnersPerKey();
        QCOMPARE(qint64(partners.size()), created);
        for (auto it = partners.cbegin(); it != partners.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(QStringLiteral("%1 partners for %2").arg(it.value()).arg(it.key())));
        QCOMPARE(qint64(m_simulator->store().table(QStringLiteral("res.partner")).size()),
                 partnersBefore + created);
        // The faults did hit the pushes (the few partners, all in one batch, may be spared).
        QVERIFY(cacheValue(QStringLiteral("SELECT SUM(attempts) - COUNT(*) FROM outbox WHERE id > %1 AND "
                                          "operation IN ('create_partner', 'create_invoice')")
                               .arg(demoRows))
                > 0);
        // Every canonical customer that got a partner is linked to it, by Crosswalk.
        QCOMPARE(
            cacheValue(QStringLiteral(
                "SELECT COUNT(*) FROM outbox o JOIN link l ON l.system_id = o.system_id AND l.entity = "
                "'customer' "
                "AND l.external_id = o.remote_id AND 'odoo:partner:' || l.canonical_id = o.idempotency_key "
                "JOIN customer c ON c.system_id = l.system_id AND c.external_id = l.external_id "
                "WHERE o.operation = 'create_partner' AND l.decided_by = 'crosswalk'")),
            created);
        // The invoices that waited for those customers landed and their failed pushes resolved themselves.
        // (Their failed push may since have taken a network error's category, so they are found by outbox
        // row.)
        QCOMPARE(cacheValue(
                     QStringLiteral("SELECT COUNT(*) FROM outbox o JOIN failed_push f ON f.outbox_id = o.id "
                                    "WHERE o.id IN (%1) AND o.state = 'done' AND o.remote_id <> '' AND "
                                    "f.state = 'resolved' AND f.resolved_by = 'crosswalk'")
                         .arg(waiting)),
                 deadBefore);
        verifyInvariants();

        // Once more: nothing new planned, created or sent twice.
        QCOMPARE(PartnerPlanner(m_cache->db(), m_odooSystem).plan().value(), 0);
        results = runSync(options(false), { SyncFlow::Customers, SyncFlow::Timesheets });
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).created, 0);
        QCOMPARE(results.at(1).created, 0);
        QCOMPARE(odooPartnersPerKey(), partners);
        verifyInvariants();

        // Pushed again (a retry from the Failed pushes page): the CRM's name comes back, Odoo's fiscal data
        // stays. Without faults: a dropped answer would leave the row waiting for a later retry and this
        // part is about which fields are written, not about faults.
        m_simulator->faults().setSpec({});
        // A row that landed (under faults a row may also have ended dead, with nothing in Odoo).
        const qint64 row =
            cacheValue(QStringLiteral("SELECT MIN(id) FROM outbox WHERE operation = 'create_partner' AND "
                                      "state = 'done' AND remote_id <> ''"));
        const qint64 partner =
            m_cache->scalar(QStringLiteral("SELECT remote_id FROM outbox WHERE id = ?"), { row })
                .toLongLong();
        const QString crmName = partnerField(partner, QStringLiteral("name"));
        OdooEnv env;
        env.companyIds = { 1 };
        env.now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_simulator->orm()
                    .write(QStringLiteral("res.partner"), { partner },
                           { { QStringLiteral("name"), QStringLiteral("Renamed in Odoo") },
                             { QStringLiteral("vat"), QStringLiteral("ATU99999999") } },
                           env)
                    .ok());
        QVERIFY(m_cache->exec(
            QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE id = ?"),
            { row }));
        results = runSync(options(false), { SyncFlow::Customers });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().created, 0);
        QCOMPARE(results.first().updated, 1);
        QCOMPARE(partnerField(partner, QStringLiteral("name")), crmName);
        QCOMPARE(partnerField(partner, QStringLiteral("vat")), QStringLiteral("ATU99999999"));
        QCOMPARE(odooPartnersPerKey(), partners);
    }

    void partnersGoInBatchesAndAPoisonedRowSinksOnlyItself()
    {
        setUpWorld({});
        const qint64 crm = cacheValue(QStringLiteral("SELECT id FROM system WHERE kind = 'crm'"));
        QVERIFY(crm > 0);
        // 99 new customers with time to bill; the 7th names a country Odoo does not know.
        const QString now = QStringLiteral("2026-11-01T00:00:00Z");
        QList<qint64> canonicals;
        for (int n = 1; n <= 99; ++n) {
            const QString externalId = QStringLiteral("BATCH-%1").arg(n);
            QVERIFY(m_cache->exec(
                QStringLiteral(
                    "INSERT INTO customer (system_id, external_id, name, country, modified_at) VALUES "
                    "(?, ?, ?, ?, ?)"),
                { crm, externalId, QStringLiteral("Batch customer %1").arg(n),
                  n == 7 ? QStringLiteral("ZZ") : QStringLiteral("DE"), now }));
            QVERIFY(
                m_cache->exec(QStringLiteral("INSERT INTO canonical_customer (name, created_at, updated_at) "
                                             "VALUES (?, ?, ?)"),
                              { externalId, now, now }));
            canonicals.append(cacheValue(QStringLiteral("SELECT MAX(id) FROM canonical_customer")));
            QVERIFY(m_cache->exec(
                QStringLiteral(
                    "INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_at) "
                    "VALUES (?, ?, 'customer', ?, 'auto', ?)"),
                { canonicals.last(), crm, externalId, now }));
            QVERIFY(m_cache->exec(
                QStringLiteral(
                    "INSERT INTO placement (system_id, external_id, customer_id, job_title, start_date, "
                    "bill_rate_minor, currency, modified_at) SELECT ?, ?, id, 'Consultant', "
                    "'2026-01-01', 9000, 'EUR', ? FROM customer WHERE system_id = ? AND external_id = ?"),
                { crm, externalId, now, crm, externalId }));
            QVERIFY(m_cache->exec(
                QStringLiteral(
                    "INSERT INTO timesheet_line (system_id, external_id, placement_id, work_date, minutes, "
                    "bill_rate_minor, currency, status, billable, modified_at) SELECT ?, ?, id, "
                    "'2026-10-01', 480, 9000, 'EUR', 'approved', 1, ? FROM placement WHERE system_id = ? "
                    "AND external_id = ?"),
                { crm, externalId, now, crm, externalId }));
        }
        QVERIFY(PartnerPlanner(m_cache->db(), m_odooSystem).plan().value() >= 99);
        SyncEngineOptions o = options(false);
        o.push.batchSize = 50;
        const qint64 callsBefore = m_simulator->modelCallCount();
        const QList<SyncFlowResult> results = runSync(o, { SyncFlow::Customers });
        QCOMPARE(results.size(), 1);
        const qint64 calls = m_simulator->modelCallCount() - callsBefore;
        const QHash<QString, int> partners = odooPartnersPerKey();
        for (qsizetype i = 0; i < canonicals.size(); ++i) {
            const QString key = QStringLiteral("odoo:partner:%1").arg(canonicals.at(i));
            const QString state =
                m_cache
                    ->scalar(QStringLiteral("SELECT state || '/' || COALESCE(last_error_category, '') FROM "
                                            "outbox WHERE idempotency_key = ?"),
                             { key })
                    .toString();
            if (i == 6) {
                QCOMPARE(state, QStringLiteral("dead/validation"));
                QCOMPARE(partners.value(key), 0);
            } else {
                QCOMPARE(state, QStringLiteral("done/"));
                QCOMPARE(partners.value(key), 1);
            }
        }
        const QString message =
            m_cache
                ->scalar(QStringLiteral("SELECT f.message FROM failed_push f JOIN outbox o ON "
                                        "o.id = f.outbox_id WHERE o.idempotency_key = ? AND "
                                        "f.state = 'open'"),
                         { QStringLiteral("odoo:partner:%1").arg(canonicals.at(6)) })
                .toString();
        QVERIFY2(message.contains(QLatin1String("Batch customer 7")), qPrintable(message));
        // The clean batch took a lookup and a load; the poisoned one those two plus one load per partner:
        // far from the 2 calls per partner of pushing one by one.
        QVERIFY2(calls <= 2 + 2 + 50 + 10, qPrintable(QString::number(calls)));
    }

    void reconcilesInFlightRowsWithoutResending()
    {
        setUpWorld({});
        QCOMPARE(runSync(options(false), { SyncFlow::Timesheets }).size(), 1);
        // A crash after Odoo committed and before the cache did: the row is in flight, the lines unbilled.
        const qint64 outboxId =
            cacheValue(QStringLiteral("SELECT MIN(id) FROM outbox WHERE state = 'done' AND remote_id <> '' "
                                      "AND operation = 'create_invoice'"));
        const QString remote =
            m_cache->scalar(QStringLiteral("SELECT remote_id FROM outbox WHERE id = ?"), { outboxId })
                .toString();
        QVERIFY(forgetPush(outboxId, QStringLiteral("in_flight")) == remote);
        qint64 created = 0;
        retryLandsOn(outboxId, remote, &created);
        QCOMPARE(created, 1);
        verifyInvariants();
    }

    // The first attempt's answer was lost; before the retry one of the invoice's lines is un-approved
    // and another's minutes change. The retry finds the invoice and leaves Odoo with exactly the
    // draft's lines as they are now: the un-approved line is removed, the changed one updated.
    void retryAfterALostAnswerSendsTheLinesAsTheyAreNow()
    {
        setUpWorld({});
        QCOMPARE(runSync(options(false), { SyncFlow::Timesheets }).size(), 1);
        const qint64 outboxId = cacheValue(QStringLiteral(
            "SELECT o.id FROM outbox o JOIN invoice i ON i.ref = o.idempotency_key JOIN timesheet_line t ON "
            "t.invoice_id = i.id WHERE o.state = 'done' AND o.operation = 'create_invoice' GROUP BY o.id "
            "HAVING COUNT(*) >= 3 ORDER BY o.id LIMIT 1"));
        QVERIFY(outboxId > 0);
        const QString invoice = invoiceOfRow(outboxId);
        const qint64 unapproved =
            cacheValue(QStringLiteral("SELECT MIN(id) FROM timesheet_line WHERE invoice_id = ") + invoice);
        const qint64 changed =
            cacheValue(QStringLiteral("SELECT MAX(id) FROM timesheet_line WHERE invoice_id = ") + invoice);
        const QString remote = forgetPush(outboxId, QStringLiteral("failed"), QStringLiteral("timeout"));
        QVERIFY(!remote.isEmpty());
        QVERIFY(m_cache->exec(QStringLiteral("UPDATE timesheet_line SET status = 'submitted' WHERE id = ?"),
                              { unapproved }));
        QVERIFY(m_cache->exec(QStringLiteral("UPDATE timesheet_line SET minutes = minutes + 45 WHERE id = ?"),
                              { changed }));
        retryLandsOn(outboxId, remote);
        if (QTest::currentTestFailed())
            return;
        const QPair<qint64, qint64> inOdoo = odooLinesOf(remote.toLongLong());
        QCOMPARE(
            inOdoo.first,
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE invoice_id = ") + invoice)
                + cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense WHERE invoice_id = ") + invoice));
        QCOMPARE(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE id = %1 AND invoice_id = ")
                           .arg(changed)
                       + invoice),
            1);
        // The changed line's quantity in Odoo is its minutes now, not those of the lost attempt.
        const QString rowKey =
            m_cache->scalar(QStringLiteral("SELECT idempotency_key FROM outbox WHERE id = ?"), { outboxId })
                .toString();
        const QString lineExternalId =
            m_cache
                ->scalar(QStringLiteral("SELECT external_id FROM timesheet_line WHERE id = ?"), { changed })
                .toString();
        const OdooStore &store = m_simulator->store();
        const qint64 xmlRow = store.externalIdRow(
            InvoiceKey::kModule,
            InvoiceKey::lineXmlId(rowKey, lineExternalId).mid(InvoiceKey::kModule.size() + 1));
        QVERIFY(xmlRow > 0);
        const qint64 odooLine = static_cast<qint64>(
            store.raw(QStringLiteral("ir.model.data"), xmlRow, QStringLiteral("res_id")).toDouble());
        QCOMPARE(
            std::llround(store.raw(QStringLiteral("account.move.line"), odooLine, QStringLiteral("quantity"))
                             .toDouble()
                         * 60.0),
            cacheValue(QStringLiteral("SELECT minutes FROM timesheet_line WHERE id = %1").arg(changed)));
        QCOMPARE(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE id = %1 AND invoice_id IS "
                                      "NULL")
                           .arg(unapproved)),
            1);
        verifyInvariants();
    }

    // A row left in flight whose invoice reached Odoo, and then its customer is unlinked from Odoo:
    // the row is looked up first, found and done; it neither goes dead nor is sent again.
    void inFlightRowIsLookedUpBeforeItsProblemsCount()
    {
        setUpWorld({});
        QCOMPARE(runSync(options(false), { SyncFlow::Timesheets }).size(), 1);
        const qint64 outboxId = cacheValue(
            QStringLiteral("SELECT MIN(o.id) FROM outbox o JOIN invoice i ON i.ref = o.idempotency_key JOIN "
                           "placement p ON p.id = i.placement_id JOIN customer c ON c.id = p.customer_id "
                           "WHERE o.state = 'done' AND o.operation = 'create_invoice' AND c.system_id <> %1")
                .arg(m_odooSystem));
        QVERIFY(outboxId > 0);
        const QString invoice = invoiceOfRow(outboxId);
        const qint64 billed =
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE invoice_id = ") + invoice);
        const qint64 billedExpenses =
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense WHERE invoice_id = ") + invoice);
        QVERIFY(m_cache->exec(
            QStringLiteral("DELETE FROM link WHERE system_id = ? AND entity = 'customer' AND canonical_id IN "
                           "(SELECT l.canonical_id FROM invoice i JOIN placement p ON p.id = i.placement_id "
                           "JOIN customer c ON c.id = p.customer_id JOIN link l ON l.system_id = c.system_id "
                           "AND l.entity = 'customer' AND l.external_id = c.external_id WHERE i.id = %1)")
                .arg(invoice),
            { m_odooSystem }));
        QVERIFY(cacheValue(QStringLiteral("SELECT changes()")) > 0);
        const QString remote = forgetPush(outboxId, QStringLiteral("in_flight"));
        QVERIFY(!remote.isEmpty());
        retryLandsOn(outboxId, remote);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM failed_push WHERE outbox_id = %1 AND state = "
                                      "'open'")
                           .arg(outboxId)),
            0);
        QCOMPARE(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE invoice_id = ") + invoice),
            billed);
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense WHERE invoice_id = ") + invoice),
                 billedExpenses);
        QCOMPARE(odooLinesOf(remote.toLongLong()).first, billed + billedExpenses);
        verifyPushedOnce();
    }

    // A row left in flight whose invoice reached Odoo and was then posted there: Odoo refuses any
    // change to it, so the row is done with the lines Odoo holds and nothing is written.
    void inFlightRowOfAPostedInvoiceIsDoneWithoutWriting()
    {
        setUpWorld({});
        QCOMPARE(runSync(options(false), { SyncFlow::Timesheets }).size(), 1);
        const qint64 outboxId =
            cacheValue(QStringLiteral("SELECT MIN(id) FROM outbox WHERE state = 'done' AND remote_id <> '' "
                                      "AND operation = 'create_invoice'"));
        const QString invoice = invoiceOfRow(outboxId);
        const qint64 billed =
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE invoice_id = ") + invoice)
            + cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense WHERE invoice_id = ") + invoice);
        QVERIFY(billed > 0);
        const QString remote = forgetPush(outboxId, QStringLiteral("in_flight"));
        QVERIFY(!remote.isEmpty());
        m_simulator->orm().store().update(QStringLiteral("account.move"), remote.toLongLong(),
                                          { { QStringLiteral("state"), QStringLiteral("posted") } });
        const qint64 deadBefore =
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'dead'"));
        const OdooStore::Table movesBefore = m_simulator->store().table(QStringLiteral("account.move"));
        const OdooStore::Table linesBefore = m_simulator->store().table(QStringLiteral("account.move.line"));
        retryLandsOn(outboxId, remote);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_simulator->store().table(QStringLiteral("account.move")) == movesBefore);
        QVERIFY(m_simulator->store().table(QStringLiteral("account.move.line")) == linesBefore);
        QCOMPARE(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM failed_push WHERE outbox_id = %1").arg(outboxId)),
            0);
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'dead'")), deadBefore);
        const QString invoiceNow = invoiceOfRow(outboxId);
        QCOMPARE(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE invoice_id = ") + invoiceNow)
                + cacheValue(QStringLiteral("SELECT COUNT(*) FROM expense WHERE invoice_id = ") + invoiceNow),
            odooLinesOf(remote.toLongLong()).first);
        QCOMPARE(odooLinesOf(remote.toLongLong()).first, billed);
        verifyPushedOnce();
    }

    // An expense of a placement that bills in yen goes to Odoo in yen (JPY has no minor unit), not
    // in hundredths of a yen.
    void expenseInYenIsPricedInYen()
    {
        setUpWorld({});
        for (const auto &[id, values] : m_simulator->store().table(QStringLiteral("res.currency"))) {
            if (values.value(QStringLiteral("name")).toString() == QLatin1String("JPY"))
                m_simulator->orm().store().update(QStringLiteral("res.currency"), id,
                                                  { { QStringLiteral("active"), true } });
        }
        const qint64 expense = cacheValue(
            QStringLiteral(
                "SELECT MIN(e.id) FROM expense e JOIN placement p ON p.id = e.placement_id JOIN "
                "customer c ON c.id = p.customer_id WHERE e.status = 'approved' AND e.billable = 1 "
                "AND e.invoice_id IS NULL AND (c.system_id = %1 OR EXISTS (SELECT 1 FROM link own "
                "JOIN link odoo ON odoo.canonical_id = own.canonical_id AND odoo.system_id = %1 AND "
                "odoo.entity = 'customer' WHERE own.system_id = c.system_id AND own.entity = "
                "'customer' AND own.external_id = c.external_id)) AND NOT EXISTS (SELECT 1 FROM "
                "outbox o WHERE o.idempotency_key LIKE 'odoo:invoice:' || p.external_id || ':%')")
                .arg(m_odooSystem));
        QVERIFY(expense > 0);
        const QString placement =
            QStringLiteral("(SELECT placement_id FROM expense WHERE id = %1)").arg(expense);
        for (const QString &table : { QStringLiteral("timesheet_line"), QStringLiteral("expense") })
            QVERIFY(m_cache->exec(QStringLiteral("UPDATE %1 SET currency = 'JPY' WHERE placement_id = %2")
                                      .arg(table, placement)));
        QVERIFY(
            m_cache->exec(QStringLiteral("UPDATE placement SET currency = 'JPY' WHERE id = ") + placement));
        QVERIFY(m_cache->exec(QStringLiteral("UPDATE expense SET amount_minor = 4250 WHERE id = ?"),
                              { expense }));
        QCOMPARE(runSync(options(false), { SyncFlow::Expenses }).size(), 1);
        const QString key =
            m_cache
                ->scalar(QStringLiteral("SELECT i.ref FROM expense e JOIN invoice i ON i.id = e.invoice_id "
                                        "WHERE e.id = ?"),
                         { expense })
                .toString();
        QVERIFY(!key.isEmpty());
        const QString name = InvoiceKey::lineXmlId(
            key,
            InvoiceDraft::kExpensePrefix
                + m_cache->scalar(QStringLiteral("SELECT external_id FROM expense WHERE id = ?"), { expense })
                      .toString());
        qint64 line = 0;
        for (const auto &[id, values] : m_simulator->store().table(QStringLiteral("ir.model.data"))) {
            Q_UNUSED(id)
            if (QString(values.value(QStringLiteral("module")).toString() + QLatin1Char('.')
                        + values.value(QStringLiteral("name")).toString())
                == name)
                line = static_cast<qint64>(values.value(QStringLiteral("res_id")).toDouble());
        }
        QVERIFY(line > 0);
        QCOMPARE(
            m_simulator->store()
                .value(QStringLiteral("account.move.line"), line, QStringLiteral("price_unit"), QString())
                .toDouble(),
            4250.0);
        verifyPushedOnce();
    }

    void cancelKeepsWhatWasDoneAndTheNextRunFinishes()
    {
        FaultSpec slow;
        slow.latencyMs = 30;
        setUpWorld(slow);
        SyncEngineOptions o = options(false);
        o.push.batchSize = 1;
        o.push.concurrency = 1;
        SyncEngine engine(m_cache->db(), o);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.start({ SyncFlow::Timesheets, SyncFlow::Invoices }));
        QVERIFY(engine.isRunning());
        QVERIFY(!engine.start({ SyncFlow::Timesheets })); // one run at a time
        // Let a few invoices through, then cancel in the middle of the push.
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 4, 20000);
        engine.cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(!engine.isRunning());
        QCOMPARE(engine.results().size(), 2);
        QCOMPARE(engine.results().at(0).status, QStringLiteral("cancelled"));
        QCOMPARE(engine.results().at(1).status, QStringLiteral("cancelled"));
        const qint64 doneAtCancel =
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'done' AND "
                                      "remote_id <> ''"));
        QVERIFY(doneAtCancel > 0);
        QVERIFY(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'in_flight')"))
            > 0);
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE status = 'running'")), 0);
        // The write cancelled in flight may have landed in Odoo; its row stays in flight until looked up.
        const OdooTotals odoo = odooTotals();
        QVERIFY(qint64(odoo.movesPerRef.size()) >= doneAtCancel);
        QVERIFY(qint64(odoo.movesPerRef.size()) <= doneAtCancel
                    + cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'in_flight'")));
        const QList<SyncFlowResult> results = runSync(options(false), { SyncFlow::Timesheets });
        QCOMPARE(results.size(), 1);
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'failed', "
                                           "'in_flight')")),
                 0);
        verifyInvariants();
    }

    void paymentsFlowFillsThePaymentTable()
    {
        FaultSpec faults;
        faults.p5xx = 0.1;
        faults.pTimeout = 0.05;
        faults.retryAfterS = 0;
        setUpWorld(faults);
        const qint64 demoPayments = cacheValue(QStringLiteral("SELECT COUNT(*) FROM payment"));
        QVERIFY(demoPayments > 0);
        for (int run = 0; run < 6 && pushesWaiting() > 0; ++run)
            runSync(options(false), { SyncFlow::Timesheets });
        QList<qint64> moves;
        QSqlQuery pushed(m_cache->db().connection());
        QVERIFY(pushed.exec(
            QStringLiteral("SELECT CAST(remote_id AS INTEGER) FROM outbox WHERE state = 'done' AND "
                           "remote_id <> '' ORDER BY 1 LIMIT 3")));
        while (pushed.next())
            moves.append(pushed.value(0).toLongLong());
        QCOMPARE(moves.size(), 3);
        OdooEnv env;
        env.companyIds = { 1 };
        env.now = QDateTime::currentDateTimeUtc();
        OdooOrm &orm = m_simulator->orm();
        const auto total = [this](qint64 move) {
            return m_simulator->store()
                .value(QStringLiteral("account.move"), move, QStringLiteral("amount_total"), QString())
                .toDouble();
        };
        for (qint64 move : moves) {
            const std::optional<Result<QJsonValue>> posted = orm.rules().callMethod(
                QStringLiteral("account.move"), QStringLiteral("action_post"), { move }, {}, {}, env);
            QVERIFY(posted && posted->ok());
        }
        const auto pay = [&](double amount, const QList<qint64> &invoices, const QString &date) {
            QJsonArray linked;
            for (qint64 invoice : invoices)
                linked.append(double(invoice));
            const double partner = m_simulator->store()
                                       .value(QStringLiteral("account.move"), invoices.first(),
                                              QStringLiteral("partner_id"), QString())
                                       .toDouble();
            Result<QList<qint64>> created = orm.create(
                QStringLiteral("account.payment"),
                QJsonArray { QJsonObject { { QStringLiteral("payment_type"), QStringLiteral("inbound") },
                                           { QStringLiteral("partner_type"), QStringLiteral("customer") },
                                           { QStringLiteral("partner_id"), partner },
                                           { QStringLiteral("amount"), amount },
                                           { QStringLiteral("date"), date },
                                           { QStringLiteral("reconciled_invoice_ids"), linked } } },
                env);
            if (!created)
                return qint64(0);
            const qint64 id = created.value().first();
            const std::optional<Result<QJsonValue>> posted = orm.rules().callMethod(
                QStringLiteral("account.payment"), QStringLiteral("action_post"), { id }, {}, {}, env);
            if (!posted || !posted->ok())
                return qint64(0);
            orm.rules().recompute(QStringLiteral("account.payment"), { id }, env);
            return id;
        };
        // One invoice paid in part; two settled by one payment that leaves 5.00 over.
        const qint64 partial = pay(100.0, { moves.at(0) }, QStringLiteral("2026-04-03"));
        const qint64 both = pay(total(moves.at(1)) + total(moves.at(2)) + 5.0, { moves.at(2), moves.at(1) },
                                QStringLiteral("2026-04-04"));
        QVERIFY(partial > 0 && both > 0);

        // Invoices first, as "all" runs them: the split of a payment uses the invoices' totals.
        QList<SyncFlowResult> results;
        for (int run = 0; run < 4 && (results.size() != 2 || !results.last().succeeded()); ++run)
            results = runSync(options(false), { SyncFlow::Invoices, SyncFlow::Payments });
        QCOMPARE(results.size(), 2);
        QVERIFY2(results.last().succeeded(), qPrintable(results.last().message));
        QCOMPARE(results.last().created, 3);
        // The demo payments Odoo holds are the cache's already: read again, unchanged.
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM payment")), demoPayments + 3);
        const auto row = [this](const QString &externalId) {
            return m_cache
                ->scalar(
                    QStringLiteral("SELECT i.external_id || ' ' || p.amount_minor || ' ' || p.payment_date "
                                   "FROM payment p JOIN invoice i "
                                   "ON i.id = p.invoice_id WHERE p.system_id = ? AND p.external_id = ?"),
                    { m_odooSystem, externalId })
                .toString();
        };
        const auto minor = [&total](qint64 move) {
            return std::llround(total(move) * 100.0);
        };
        QCOMPARE(row(QString::number(partial)), QStringLiteral("%1 10000 2026-04-03").arg(moves.at(0)));
        QCOMPARE(row(QString::number(both)),
                 QStringLiteral("%1 %2 2026-04-04").arg(moves.at(1)).arg(minor(moves.at(1))));
        QCOMPARE(row(QStringLiteral("%1:%2").arg(both).arg(moves.at(2))),
                 QStringLiteral("%1 %2 2026-04-04").arg(moves.at(2)).arg(minor(moves.at(2)) + 500));
        QCOMPARE(
            m_cache
                ->scalar(QStringLiteral(
                             "SELECT payment_state FROM invoice WHERE system_id = ? AND external_id = ?"),
                         { m_odooSystem, QString::number(moves.at(0)) })
                .toString(),
            QStringLiteral("partial"));

        // Read again: nothing new. Then the partial payment is cancelled in Odoo and leaves the cache.
        results = runSync(options(false), { SyncFlow::Payments });
        QVERIFY2(!results.isEmpty() && results.first().succeeded(), "the second payments run failed");
        QCOMPARE(results.first().created, 0);
        m_simulator->store().update(QStringLiteral("account.payment"), partial,
                                    { { QStringLiteral("state"), QStringLiteral("cancel") } });
        for (int run = 0; run < 4; ++run) {
            results = runSync(options(false), { SyncFlow::Payments });
            if (!results.isEmpty() && results.first().succeeded())
                break;
        }
        QCOMPARE(
            cacheValue(QStringLiteral("SELECT COUNT(*) FROM payment WHERE external_id = '%1'").arg(partial)),
            0);
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM payment")), demoPayments + 2);
    }

    void circuitIsKeptBetweenRuns()
    {
        FaultSpec down;
        down.p5xx = 1.0;
        down.retryAfterS = 0;
        setUpWorld(down);
        SyncEngineOptions o = options(false);
        o.push.circuitThreshold = 2;
        o.push.circuitOpenMs = 10 * 60 * 1000; // far longer than a run waits
        o.push.maxAttempts = 3;
        o.push.maxWaitMs = 200;
        const auto circuit = [this] {
            return m_cache
                ->scalar(
                    QStringLiteral("SELECT state || ' ' || failures FROM sync_circuit WHERE system_id = ?"),
                    { m_odooSystem })
                .toString();
        };
        QList<SyncFlowResult> results = runSync(o, { SyncFlow::Timesheets });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, QStringLiteral("failed"));
        const QString opened = circuit();
        QVERIFY2(opened.startsWith(QLatin1String("open ")) && opened.mid(5).toInt() >= 2, qPrintable(opened));
        QVERIFY(!m_cache->scalar(QStringLiteral("SELECT last_error FROM sync_circuit")).toString().isEmpty());

        // Odoo is back, but the circuit opened by the last run still holds: nothing is pushed.
        m_simulator->faults().setSpec({});
        const qint64 waiting = pushesWaiting();
        QVERIFY(waiting > 0);
        results = runSync(o, { SyncFlow::Timesheets });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().created, 0);
        QCOMPARE(pushesWaiting(), waiting);
        QCOMPARE(circuit(), opened);
        QCOMPARE(cacheValue(QStringLiteral(
                                "SELECT COUNT(*) FROM sync_event WHERE run_id = %1 AND level = 'warning' AND "
                                "message LIKE '%waits until%'")
                                .arg(results.first().runId)),
                 1);

        // Once its time is over, one probe goes through, succeeds and closes it; everything lands.
        QVERIFY(
            m_cache->exec(QStringLiteral("UPDATE sync_circuit SET reopens_at = '2020-01-01T00:00:00.000Z'")));
        o.push.maxWaitMs = 3000;
        results = runSync(o, { SyncFlow::Timesheets });
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().created > 0);
        QCOMPARE(circuit(), QStringLiteral("closed 0"));
        verifyInvariants();
    }

    void interruptedRunsAreClosedOnStart()
    {
        setUpWorld({});
        // What a killed sync leaves: its run still "running", one event logged before the kill.
        const auto addRun = [this](const QString &flow) {
            QVERIFY(m_cache->exec(QStringLiteral("INSERT INTO sync_run (flow, system_id, started_at, status) "
                                                 "VALUES (?, ?, '2026-03-02T10:00:00Z', 'running')"),
                                  { flow, m_odooSystem }));
        };
        addRun(QStringLiteral("timesheets"));
        const qint64 killed = cacheValue(QStringLiteral("SELECT MAX(id) FROM sync_run"));
        QVERIFY(m_cache->exec(QStringLiteral("INSERT INTO sync_event (run_id, at, level, message) "
                                             "VALUES (?, '2026-03-02T10:04:00Z', 'info', 'planned')"),
                              { killed }));
        addRun(QStringLiteral("customers"));
        const qint64 silent = cacheValue(QStringLiteral("SELECT MAX(id) FROM sync_run"));
        // A pull run is another component's; the sync engine leaves it alone.
        addRun(QStringLiteral("pull_customer"));
        const qint64 pull = cacheValue(QStringLiteral("SELECT MAX(id) FROM sync_run"));

        const QList<SyncFlowResult> results = runSync(options(false), { SyncFlow::Invoices });
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().succeeded(), qPrintable(results.first().message));
        const auto run = [this](qint64 id) {
            return m_cache
                ->scalar(QStringLiteral("SELECT status || ' ' || COALESCE(finished_at, '-') FROM sync_run "
                                        "WHERE id = ?"),
                         { id })
                .toString();
        };
        QCOMPARE(run(killed), QStringLiteral("interrupted 2026-03-02T10:04:00Z"));
        QCOMPARE(run(silent), QStringLiteral("interrupted 2026-03-02T10:00:00Z"));
        QCOMPARE(run(pull), QStringLiteral("running -"));
        QVERIFY(m_cache->scalar(QStringLiteral("SELECT message FROM sync_run WHERE id = ?"), { killed })
                    .toString()
                    .startsWith(QLatin1String("Interrupted")));
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM sync_event WHERE run_id = %1").arg(killed)),
                 1);
        QCOMPARE(cacheValue(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE status = 'running'")), 1);
    }

    void schemaNineKeepsTheRunLogAndAllowsInterrupted()
    {
        test::TempCache cache(7);
        QVERIFY2(cache.database(), qPrintable(cache.error()));
        const qint64 system = cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
        QVERIFY(cache.exec(
            QStringLiteral("INSERT INTO sync_run (flow, system_id, started_at) VALUES ('timesheets', ?, "
                           "'2026-03-02T10:00:00Z')"),
            { system }));
        QVERIFY(cache.exec(QStringLiteral("INSERT INTO sync_event (run_id, at, level, message) VALUES (1, "
                                          "'2026-03-02T10:01:00Z', 'info', 'kept')")));
        QVERIFY(!cache.exec(QStringLiteral("UPDATE sync_run SET status = 'interrupted'")));

        QVERIFY2(cache.reopen(), qPrintable(cache.error()));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT message FROM sync_event WHERE run_id = 1")).toString(),
                 QStringLiteral("kept"));
        QVERIFY(cache.exec(QStringLiteral("UPDATE sync_run SET status = 'interrupted'")));
        QVERIFY(!cache.exec(QStringLiteral("UPDATE sync_run SET status = 'lost'")));
        QCOMPARE(
            cache.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE '%_v9%'")).toInt(),
            0);
        // The events still belong to their run: deleting it takes them along.
        QVERIFY(cache.exec(QStringLiteral("DELETE FROM sync_run WHERE id = 1")));
        QCOMPARE(cache.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_event")).toInt(), 0);
    }

    void invoiceAndPaymentStateFlowBack()
    {
        setUpWorld({});
        QCOMPARE(runSync(options(false), { SyncFlow::Timesheets }).size(), 1);
        const QString remote =
            m_cache
                ->scalar(QStringLiteral("SELECT MIN(CAST(remote_id AS INTEGER)) FROM outbox WHERE "
                                        "state = 'done' AND remote_id <> ''"))
                .toString();
        OdooEnv env;
        env.companyIds = { 1 };
        env.now = QDateTime::currentDateTimeUtc();
        const std::optional<Result<QJsonValue>> posted = m_simulator->orm().rules().callMethod(
            QStringLiteral("account.move"), QStringLiteral("action_post"), { remote.toLongLong() }, {}, {},
            env);
        QVERIFY(posted && posted->ok());
        const QList<SyncFlowResult> results =
            runSync(options(false), { SyncFlow::Invoices, SyncFlow::Payments });
        QCOMPARE(results.size(), 2);
        QVERIFY2(results.at(0).succeeded(), qPrintable(results.at(0).message));
        QVERIFY(results.at(0).updated >= 1);
        QCOMPARE(
            m_cache
                ->scalar(QStringLiteral("SELECT state FROM invoice WHERE system_id = ? AND external_id = ?"),
                         { m_odooSystem, remote })
                .toString(),
            QStringLiteral("posted"));
        QVERIFY(!m_cache
                     ->scalar(
                         QStringLiteral("SELECT number FROM invoice WHERE system_id = ? AND external_id = ?"),
                         { m_odooSystem, remote })
                     .toString()
                     .isEmpty());
        QCOMPARE(results.at(1).status, QStringLiteral("succeeded"));
    }

    void pullReadsTheCacheSystemsWithTheKeychain()
    {
        // As the Sync page runs it: the enabled CRM and staffing systems of the cache, their
        // secrets in the credential store; a pay-and-bill tenant.
        const DemoDataset data = emptyCacheAndDemoData();
        QVERIFY(m_cache->database());
        HubSpotSimulator crm(data, {});
        BullhornSimulator::Options staffingOptions;
        staffingOptions.callsPerMinute = 0;
        staffingOptions.timeAndExpense = false;
        BullhornSimulator staffing(data, staffingOptions);
        QVERIFY(crm.listen() && staffing.listen());
        MemoryCredentialStore store;
        SyncEngineOptions o = pullOnlyOptions();
        o.credentials = &store;
        QList<SyncFlowResult> results = runSync(o, { SyncFlow::Pull });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, QStringLiteral("unavailable"));

        SystemRepository systems(m_cache->db());
        const SystemConfig hubspot = ConnectionProfile::crmSystem(crm.baseUrl().toString());
        const qint64 crmId = systems.insert(hubspot).value();
        SystemConfig retired = hubspot;
        retired.name = QStringLiteral("Old HubSpot");
        retired.url = QStringLiteral("http://127.0.0.1:9");
        retired.enabled = false;
        QVERIFY(systems.insert(retired));
        SystemConfig bullhorn =
            ConnectionProfile::staffingSystem(staffing.authUrl().toString(), staffing.loginUrl().toString(),
                                              staffingOptions.clientId, staffingOptions.username);
        bullhorn.options.insert(PullFlow::kTimeSourceOption, PullFlow::kPayAndBill);
        const qint64 staffingId = systems.insert(bullhorn).value();
        test::CredentialWaiter waiter(store);
        QVERIFY(waiter.write(CredentialStore::keyFor(crmId, SystemConfig::kTokenAccount), crm.token()));
        QVERIFY(waiter.write(CredentialStore::keyFor(staffingId, SystemConfig::kClientSecretAccount),
                             staffingOptions.clientSecret));
        QVERIFY(waiter.write(CredentialStore::keyFor(staffingId, SystemConfig::kPasswordAccount),
                             staffingOptions.password));

        results = runSync(o, { SyncFlow::Pull });
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().succeeded(), qPrintable(results.first().message));
        QVERIFY(results.first().created > 0);
        const auto rows = [this](const QString &table, qint64 system) {
            return m_cache
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE system_id = ?").arg(table), { system })
                .toLongLong();
        };
        QVERIFY(rows(QStringLiteral("customer"), crmId) > 0);
        QVERIFY(rows(QStringLiteral("customer"), staffingId) > 0);
        QVERIFY(rows(QStringLiteral("placement"), staffingId) > 0);
        QVERIFY(rows(QStringLiteral("timesheet_line"), staffingId) > 0);
        QCOMPARE(
            m_cache->scalar(QStringLiteral("SELECT status FROM sync_run WHERE flow = 'pull_billable_time'"))
                .toString(),
            QStringLiteral("succeeded"));
        // Bullhorn's one-time refresh token went to the store the secrets came from.
        QVERIFY(
            store.keys().contains(CredentialStore::keyFor(staffingId, BullhornConfig::kRefreshTokenAccount)));
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM system")).toLongLong(), 4);
    }

    void cancelStopsThePullAndKeepsItsPages()
    {
        const DemoDataset data = emptyCacheAndDemoData();
        QVERIFY(m_cache->database());
        HubSpotSimulator crm(data, {});
        // Slow answers, so that the cancel lands while the pull goes on.
        crm.faults().setSpec(FaultSpec::parse(QStringLiteral("latency_ms=300")).value());
        QVERIFY(crm.listen());
        MemoryCredentialStore store;
        SyncEngineOptions o = pullOnlyOptions();
        o.crm = ConnectionProfile::crmSystem(crm.baseUrl().toString());
        o.crmToken = crm.token();
        SyncEngine engine(m_cache->db(), o);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.start({ SyncFlow::Pull, SyncFlow::Invoices }));
        QVERIFY(progress.wait(30000));
        engine.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(engine.results().size(), 2);
        QCOMPARE(engine.results().at(0).status, QStringLiteral("cancelled"));
        QCOMPARE(engine.results().at(1).status, QStringLiteral("cancelled"));
        // The companies read before the cancel are kept; the entity being read then (contacts: every
        // answer takes 300 ms) is cancelled, the one after it never started.
        QVERIFY(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM customer")).toLongLong() > 0);
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT status FROM sync_run WHERE flow = 'pull_contacts'"))
                     .toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow = 'pull_deals'"))
                     .toLongLong(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
