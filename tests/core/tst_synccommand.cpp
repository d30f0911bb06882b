// `crosswalkctl --cache C --profile P sync` as a user runs it: the built binary in a child process
// (found through CW_BINARY_DIR, which ctest sets) against the Odoo simulator of this process,
// seeded from the same demo data as the cache; the pull reads the HubSpot and Bullhorn simulators.
#include "odooinvoicetotals.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/democachewriter.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/faultinjector.h"
#include "sandbox/hubspot/hubspotsimulator.h"
#include "sandbox/odoo/odooseeder.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sync/connectionprofile.h"
#include "sync/synclock.h"
#include "tempcache.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace cw;

class TestSyncCommand : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<OdooSimulator> m_simulator;
    QString m_profile;
    DemoDataset m_dataset;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run ctl(const QStringList &arguments, const QString &secret, const QHash<QString, QString> &secrets = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             { ConnectionProfile::kDefaultSecretEnv, ConnectionProfile::kDefaultCrmTokenEnv,
               ConnectionProfile::kDefaultStaffingClientSecretEnv,
               ConnectionProfile::kDefaultStaffingPasswordEnv })
            env.remove(name);
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            env.insert(it.key(), it.value());
        // No session bus: the keychain fallback fails fast instead of prompting.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        if (!secret.isEmpty())
            env.insert(ConnectionProfile::kDefaultSecretEnv, secret);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_binary, arguments);
        // The simulator answers from this thread's event loop while the child runs.
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    QStringList sync(const QStringList &flows) const
    {
        QStringList arguments { QStringLiteral("--cache"), m_cache->path(), QStringLiteral("--profile"),
                                m_profile, QStringLiteral("sync") };
        for (const QString &flow : flows)
            arguments << QStringLiteral("--flow") << flow;
        return arguments;
    }

    qint64 scalar(const QString &sql) const { return m_cache->scalar(sql).toLongLong(); }

    /// An empty cache and a profile with the CRM and staffing simulators beside Odoo; the
    /// simulators serve @p dataset; the staffing one shows Time & Expense only when
    /// @p timeAndExpense. Returns the secrets' environment.
    QHash<QString, QString> startPullSystems(const DemoDataset &dataset, bool timeAndExpense)
    {
        // The profile lives in the cache's folder, which goes with the cache.
        Result<ConnectionProfile> profile = ConnectionProfile::load(m_profile);
        m_cache = std::make_unique<test::TempCache>();
        m_crm = std::make_unique<HubSpotSimulator>(dataset, HubSpotSimulator::Options {});
        BullhornSimulator::Options staffingOptions;
        staffingOptions.callsPerMinute = 0;
        staffingOptions.timeAndExpense = timeAndExpense;
        staffingOptions.payAndBill = !timeAndExpense;
        m_staffing = std::make_unique<BullhornSimulator>(dataset, staffingOptions);
        if (!profile || !m_cache->database() || !m_crm->listen() || !m_staffing->listen())
            return {};
        profile.value().crm = ConnectionProfile::crmSystem(m_crm->baseUrl().toString());
        profile.value().staffing = ConnectionProfile::staffingSystem(
            m_staffing->authUrl().toString(), m_staffing->loginUrl().toString(), staffingOptions.clientId,
            staffingOptions.username);
        m_profile = m_cache->folder() + QStringLiteral("/profile.json");
        if (!profile.value().save(m_profile))
            return {};
        return { { ConnectionProfile::kDefaultCrmTokenEnv, m_crm->token() },
                 { ConnectionProfile::kDefaultStaffingClientSecretEnv, staffingOptions.clientSecret },
                 { ConnectionProfile::kDefaultStaffingPasswordEnv, staffingOptions.password } };
    }

    std::unique_ptr<HubSpotSimulator> m_crm;
    std::unique_ptr<BullhornSimulator> m_staffing;

private slots:
    void initTestCase()
    {
        const QString binaryDir = qEnvironmentVariable("CW_BINARY_DIR");
        QVERIFY2(!binaryDir.isEmpty(), "CW_BINARY_DIR is not set; run the test through ctest");
        m_binary = binaryDir + QStringLiteral("/app/ctl/crosswalkctl");
        QVERIFY(QFile::exists(m_binary));
    }

    void init()
    {
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY(m_cache->database());
        DemoDataOptions demo;
        demo.customers = 20;
        demo.seed = 5;
        m_dataset = DemoDataGenerator::generate(demo);
        const DemoDataset &dataset = m_dataset;
        QVERIFY(DemoCacheWriter(m_cache->db(), dataset).write().ok());
        m_simulator = std::make_unique<OdooSimulator>(OdooSimulatorOptions {});
        OdooSeeder(m_simulator->orm(), QDateTime::currentDateTimeUtc()).seedDemo(dataset);
        QVERIFY(m_simulator->listen().ok());
        ConnectionProfile profile;
        profile.odoo.url = m_simulator->url();
        profile.odoo.database = m_simulator->options().database;
        profile.odoo.login = m_simulator->options().login;
        m_profile = m_cache->folder() + QStringLiteral("/profile.json");
        QVERIFY(profile.save(m_profile).ok());
        QVERIFY(!QString::fromUtf8([this] {
                     QFile file(m_profile);
                     return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                 }())
                     .contains(m_simulator->apiKey()));
    }

    void pushesAndSaysWhatIsLeft()
    {
        Run run = ctl(sync({ QStringLiteral("timesheets") }), m_simulator->apiKey());
        // The demo data has customers without an Odoo partner: their invoices wait for a person.
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("timesheets: partial")), qPrintable(run.out + run.err));
        const qint64 done =
            m_cache
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'done' AND "
                                        "remote_id <> ''"))
                .toLongLong();
        QVERIFY(done > 0);
        run = ctl(sync({ QStringLiteral("customers,timesheets,invoices"), QStringLiteral("payments") }),
                  m_simulator->apiKey());
        QCOMPARE(run.code, 0);
        // The unmapped customers of the demo data are in no canonical customer: nothing to create in Odoo.
        QVERIFY2(run.out.contains(QStringLiteral("customers: succeeded")), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("invoices: succeeded")), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("payments: succeeded")));
        QCOMPARE(m_cache
                     ->scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM outbox WHERE state = 'done' AND remote_id <> ''"))
                     .toLongLong(),
                 done);
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow = 'timesheets'"))
                     .toLongLong(),
                 2);
    }

    void expensesFlowBillsApprovedExpenses()
    {
        const QString unbilled = QStringLiteral(
            "SELECT COUNT(*) FROM expense WHERE status = 'approved' AND billable = 1 AND invoice_id IS NULL");
        const QString pushed =
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'done' AND remote_id <> ''");
        const qint64 before = scalar(unbilled);
        QVERIFY(before > 0);
        // Rows dead for another cause than a customer without an Odoo partner.
        const QString deadOtherwise = QStringLiteral(
            "SELECT COUNT(*) FROM outbox o WHERE o.state = 'dead' AND NOT EXISTS (SELECT 1 FROM failed_push "
            "f "
            "WHERE f.outbox_id = o.id AND f.state = 'open' AND f.fingerprint = 'sync.customer_not_mapped')");
        const qint64 deadBefore = scalar(deadOtherwise);
        Run run = ctl(sync({ QStringLiteral("expenses") }), m_simulator->apiKey());
        // Exit 1 only for the demo's customers without an Odoo partner, as with time.
        QVERIFY2(run.code == 0 || run.out.contains(QStringLiteral("expenses: partial")),
                 qPrintable(run.out + run.err));
        QCOMPARE(scalar(deadOtherwise), deadBefore);
        QVERIFY2(scalar(unbilled) < before, qPrintable(run.out + run.err));
        // Odoo bills every expense the cache marks, at its amount, on the expense product; the time
        // of those invoices is on the hours product, minute for minute.
        const test::OdooInvoiceTotals odoo = test::OdooInvoiceTotals::read(m_simulator->store());
        const QString invoiced = QStringLiteral(
            "FROM %1 x JOIN invoice i ON i.id = x.invoice_id WHERE i.ref LIKE 'odoo:invoice:%'");
        QCOMPARE(odoo.expenseLines,
                 scalar(QStringLiteral("SELECT COUNT(*) ") + invoiced.arg(QStringLiteral("expense"))));
        QCOMPARE(odoo.expenseMinor,
                 scalar(QStringLiteral("SELECT COALESCE(SUM(x.amount_minor), 0) ")
                        + invoiced.arg(QStringLiteral("expense"))));
        QCOMPARE(odoo.minutes,
                 scalar(QStringLiteral("SELECT COALESCE(SUM(x.minutes), 0) ")
                        + invoiced.arg(QStringLiteral("timesheet_line"))));
        QCOMPARE(odoo.otherLines, 0);
        // What is left unbilled is under a row a person must look at.
        QCOMPARE(
            scalar(QStringLiteral(
                "SELECT COUNT(*) FROM expense e JOIN placement p ON p.id = e.placement_id WHERE e.status = "
                "'approved' AND e.billable = 1 AND e.invoice_id IS NULL AND NOT EXISTS (SELECT 1 FROM outbox "
                "o WHERE o.state = 'dead' AND o.idempotency_key LIKE 'odoo:invoice:' || p.external_id || "
                "':' || substr(e.expense_date, 1, 7) || '%')")),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow = 'expenses'")), 1);
        const qint64 done = scalar(pushed);
        run = ctl(sync({ QStringLiteral("expenses") }), m_simulator->apiKey());
        QCOMPARE(scalar(pushed), done);
    }

    void cleanup()
    {
        m_staffing.reset();
        m_crm.reset();
    }

    void pullFillsTheCacheOnce()
    {
        const QHash<QString, QString> secrets = startPullSystems(m_dataset, true);
        QVERIFY(!secrets.isEmpty());
        Run run = ctl(sync({ QStringLiteral("pull") }), m_simulator->apiKey(), secrets);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("pull: succeeded")), qPrintable(run.out));
        const QString fromKind = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE system_id IN "
                                                "(SELECT id FROM system WHERE kind = '%2')");
        QVERIFY(scalar(fromKind.arg(QStringLiteral("customer"), QStringLiteral("crm"))) > 0);
        QVERIFY(scalar(fromKind.arg(QStringLiteral("customer"), QStringLiteral("staffing"))) > 0);
        QVERIFY(scalar(fromKind.arg(QStringLiteral("contact"), QStringLiteral("crm"))) > 0);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM placement")) > 0);
        const qint64 lines = scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line"));
        QVERIFY(lines > 0);
        // Every entity of both systems has its run: 3 of the CRM, 6 of the staffing platform.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow LIKE 'pull_%' AND status = "
                                       "'succeeded'")),
                 9);
        const qint64 created = scalar(QStringLiteral("SELECT SUM(created_count) FROM sync_run"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM system")), 3);

        // A second pull reads again from the cursors and creates nothing.
        const qint64 lastRun = scalar(QStringLiteral("SELECT MAX(id) FROM sync_run"));
        run = ctl(sync({ QStringLiteral("pull") }), m_simulator->apiKey(), secrets);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("created 0")), qPrintable(run.out));
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(created_count) FROM sync_run")), created);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE id > %1").arg(lastRun)), 9);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), lines);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM system")), 3);
    }

    void failingEntityLeavesTheOthersPulled()
    {
        // Time & Expense is hidden from this API user (HTTP 403): time and expenses fail, the rest
        // goes through.
        const QHash<QString, QString> secrets = startPullSystems(m_dataset, false);
        QVERIFY(!secrets.isEmpty());
        const Run run = ctl(sync({ QStringLiteral("pull") }), m_simulator->apiKey(), secrets);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("pull: partial")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Bullhorn: the pull of timesheet_lines failed: ")),
                 qPrintable(run.out));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow LIKE 'pull_%' AND status = "
                                       "'failed'")),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow LIKE 'pull_%' AND status = "
                                       "'succeeded'")),
                 7);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM placement")) > 0);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM deal")) > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")), 0);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_event WHERE level = 'error' AND run_id IN "
                                      "(SELECT id FROM sync_run WHERE flow = 'pull_timesheet_lines')"))
                > 0);
    }

    void serverErrorsOnOneEntityLeaveTheOthersPulled()
    {
        const QHash<QString, QString> secrets = startPullSystems(m_dataset, true);
        QVERIFY(!secrets.isEmpty());
        // Every attempt of the staffing platform's first query (its customers) answers 5xx.
        m_staffing->faults().force(FaultInjector::Fault::ServerError, 5, QStringLiteral("query"));
        Run run = ctl(sync({ QStringLiteral("pull") }), m_simulator->apiKey(), secrets);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("Bullhorn: the pull of customers failed: ")),
                 qPrintable(run.out));
        const QString status =
            QStringLiteral("SELECT status FROM sync_run WHERE flow = '%1' ORDER BY id DESC LIMIT 1");
        QCOMPARE(m_cache->scalar(status.arg(QStringLiteral("pull_customers"))).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(m_cache->scalar(status.arg(QStringLiteral("pull_placements"))).toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line")) > 0);

        // The next pull, without faults, brings the customers.
        run = ctl(sync({ QStringLiteral("pull") }), m_simulator->apiKey(), secrets);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QCOMPARE(m_cache->scalar(status.arg(QStringLiteral("pull_customers"))).toString(),
                 QStringLiteral("succeeded"));
        QVERIFY(scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM customer WHERE system_id IN (SELECT id FROM system WHERE "
                    "kind = 'staffing')"))
                > 0);
    }

    void waitsForNoOtherSyncOnTheCache()
    {
        // Another process (this one, for the test) syncs the cache: crosswalkctl does nothing.
        SyncLock other(m_cache->path());
        QVERIFY(other.acquire().ok());
        const qint64 rows = scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const qint64 runs = scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run"));
        const QString states =
            m_cache->scalar(QStringLiteral("SELECT group_concat(state) FROM outbox")).toString();
        Run run = ctl(sync({ QStringLiteral("timesheets") }), m_simulator->apiKey());
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("timesheets: failed")), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Another sync is running on this cache (process %1 since ")
                                      .arg(QCoreApplication::applicationPid())),
                 qPrintable(run.out));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run")), runs);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")), rows);
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT group_concat(state) FROM outbox")).toString(),
                 states);

        // Once it is done, the next run goes through.
        other.release();
        run = ctl(sync({ QStringLiteral("timesheets") }), m_simulator->apiKey());
        QVERIFY2(run.out.contains(QStringLiteral("timesheets: partial")), qPrintable(run.out + run.err));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run")), runs + 1);
    }

    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("profileText");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("said");
        QTest::newRow("secret in the profile")
            << R"({"format": "crosswalk-profile/1", "odoo": {"url": "http://127.0.0.1:1", "database": "d", "login": "l", "password": "x"}})"
            << "key"
            << "timesheets"
            << "holds a secret";
        QTest::newRow("not a profile") << R"({"odoo": {}})"
                                       << "key"
                                       << "timesheets"
                                       << "not a Crosswalk connection profile";
        QTest::newRow("unknown flow") << QString() << "key"
                                      << "invoicing"
                                      << "Unknown flow";
        QTest::newRow("no secret anywhere") << QString() << QString() << "timesheets"
                                            << "CROSSWALK_ODOO_SECRET";
        const QString odoo =
            QString::fromLatin1("{\"format\": \"crosswalk-profile/1\", \"odoo\": {\"url\": "
                                "\"http://127.0.0.1:1\", \"database\": \"d\", \"login\": \"l\"}, ");
        const QString crm = odoo + QString::fromLatin1("\"crm\": {\"url\": \"http://127.0.0.1:2\"%1}}");
        QTest::newRow("token in the CRM section")
            << crm.arg(QString::fromLatin1(", \"token\": \"x\"")) << "key"
            << "pull"
            << "holds a secret (\"token\")";
        QTest::newRow("no CRM token") << crm.arg(QString()) << "key"
                                      << "all"
                                      << "CROSSWALK_CRM_TOKEN";
        QTest::newRow("staffing without login address") << odoo
                + QString::fromLatin1("\"staffing\": {\"auth_url\": \"http://127.0.0.1:2/oauth\", "
                                      "\"client_id\": \"c\", \"username\": \"u\"}}")
                                                        << "key"
                                                        << "pull"
                                                        << "REST login address";
    }

    void refusesWhatItCannotUse()
    {
        QFETCH(QString, profileText);
        QFETCH(QString, secret);
        QFETCH(QString, flow);
        QFETCH(QString, said);
        if (!profileText.isEmpty()) {
            QFile file(m_profile);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(profileText.toUtf8());
        }
        const Run run = ctl(sync({ flow }), secret);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow = 'timesheets'"))
                     .toLongLong(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
