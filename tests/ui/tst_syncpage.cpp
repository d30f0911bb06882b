#include "cache/database.h"
#include "cache/systemrepository.h"
#include "cachetablemodel.h"
#include "connectors/bullhorn/bullhornconfig.h"
#include "credentials/memorycredentialstore.h"
#include "credentialwaiter.h"
#include "domain/systemconfig.h"
#include "failedpushcache.h"
#include "pages/syncpage.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/hubspot/hubspotsimulator.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sync/connectionprofile.h"
#include "sync/synclock.h"
#include "tempcache.h"
#include "uitestwait.h"
#include "util/clock.h"
#include "util/settings.h"
#include "widgets/messagebanner.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cw;
using cw::test::FailedPushCache;
using cw::test::screenshotFolder;
using cw::test::TempCache;
using cw::test::waitIdle;

namespace {

constexpr QSize kScreenshotSize(1280, 800);

qint64 count(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

/// The Sync page driven offscreen: system health, pulls per entity, the run history with the
/// selected run's log on a demo cache, and Sync now through SyncEngine against the Odoo
/// simulator on loopback, with the secret from the credential store.
class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsHealthHistoryAndRunLog();
    void syncWithoutOdooSaysWhatToDo();
    void syncWithoutSecretSaysWhy();
    void syncNowRunsTheEngine();
    void anotherSyncOnTheCacheIsShown();
    void pullListsEveryEntity();
    void scheduledFlowRunsWhenDue();
    void flowMenuOffersEveryFlowCarriedOut();

private:
    std::unique_ptr<SyncPage> openPage(const Database &database);
    /// Fills @p cache with failed pushes and points its Odoo at a new simulator, key in the keychain.
    std::unique_ptr<OdooSimulator> connectToSimulator(TempCache &cache);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    MemoryCredentialStore m_credentials;
};

void TestSyncPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

std::unique_ptr<SyncPage> TestSyncPage::openPage(const Database &database)
{
    auto page = std::make_unique<SyncPage>(database, m_credentials, *m_settings);
    QSignalSpy loaded(page.get(), &SyncPage::overviewLoaded);
    page->resize(kScreenshotSize);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()) || !waitIdle(*page->model())
        || (loaded.isEmpty() && !loaded.wait(20000)))
        return {};
    return page;
}

void TestSyncPage::showsHealthHistoryAndRunLog()
{
    auto opened = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened.ok());
    const std::unique_ptr<Database> demo = std::move(opened).value();
    DemoDataOptions options;
    options.customers = 300;
    options.seed = 7;
    options.asOf = QDate::currentDate();
    QVERIFY(DemoDataGenerator::fill(*demo, options).ok());
    // Odoo failed lately: its circuit is open for the next hour, and a killed sync was closed as interrupted.
    const qint64 odoo = count(*demo, QStringLiteral("SELECT id FROM system WHERE kind = 'odoo'"));
    // An hour after now and after every demo run: those start at 05:00 UTC on asOf, which before
    // 04:00 is still to come, and the interrupted run must be the latest.
    QSqlQuery latestRun(demo->connection());
    QVERIFY(latestRun.exec(QStringLiteral("SELECT max(finished_at) FROM sync_run")) && latestRun.next());
    const QDateTime demoRuns = QDateTime::fromString(latestRun.value(0).toString(), Qt::ISODateWithMs);
    QVERIFY(demoRuns.isValid());
    const QString inAnHour =
        std::max(QDateTime::currentDateTimeUtc(), demoRuns).addSecs(3600).toString(Qt::ISODateWithMs);
    QVERIFY(demo->transaction([&](QSqlDatabase &db) -> Result<void> {
                    QSqlQuery query(db);
                    query.prepare(QStringLiteral(
                        "INSERT INTO sync_circuit (system_id, state, reopens_at, failures, "
                        "last_error, changed_at) VALUES (?, 'open', ?, 5, 'Odoo answered 502', ?)"));
                    query.addBindValue(odoo);
                    query.addBindValue(inAnHour);
                    query.addBindValue(inAnHour);
                    if (!query.exec())
                        return Error(Error::Category::Internal, query.lastError().text());
                    query.prepare(QStringLiteral(
                        "INSERT INTO sync_run (flow, system_id, started_at, finished_at, status, "
                        "message) VALUES ('timesheets', ?, ?, ?, 'interrupted', 'Interrupted: killed')"));
                    query.addBindValue(odoo);
                    query.addBindValue(inAnHour);
                    query.addBindValue(inAnHour);
                    if (!query.exec())
                        return Error(Error::Category::Internal, query.lastError().text());
                    return {};
                })
                .ok());
    {
        auto page = openPage(*demo);
        QVERIFY(page);
        QCOMPARE(page->model()->totalCount(), count(*demo, QStringLiteral("SELECT COUNT(*) FROM sync_run")));
        QCOMPARE(page->systemsTable()->rowCount(),
                 int(count(*demo, QStringLiteral("SELECT COUNT(*) FROM system"))));
        // A system that synced successfully shows when, not "never".
        bool synced = false;
        for (int row = 0; row < page->systemsTable()->rowCount(); ++row)
            synced = synced || page->systemsTable()->item(row, 2)->text() != QLatin1String("never");
        QVERIFY(synced);
        // Odoo comes first: its open circuit, until when and why, and its interrupted run.
        QSqlQuery name(demo->connection());
        QVERIFY(name.exec(QStringLiteral("SELECT name FROM system WHERE id = %1").arg(odoo)) && name.next());
        QCOMPARE(page->systemsTable()->item(0, 0)->text(), name.value(0).toString());
        QVERIFY2(page->systemsTable()->item(0, 1)->text().startsWith(QLatin1String("Open until")),
                 qPrintable(page->systemsTable()->item(0, 1)->text()));
        QVERIFY(page->systemsTable()->item(0, 1)->toolTip().contains(QLatin1String("5 failure")));
        QVERIFY(page->systemsTable()->item(0, 1)->toolTip().contains(QLatin1String("Odoo answered 502")));
        QVERIFY(page->systemsTable()->item(0, 3)->text().contains(QLatin1String("Interrupted: killed")));
        QCOMPARE(page->systemsTable()->item(0, 4)->text(), QStringLiteral("Interrupted"));
        for (int row = 1; row < page->systemsTable()->rowCount(); ++row)
            QCOMPARE(page->systemsTable()->item(row, 1)->text(), QStringLiteral("Closed"));

        // The newest run is selected on opening, its log below.
        QCOMPARE(page->tableView()->currentIndex().row(), 0);
        QVERIFY(waitIdle(*page->runLogModel()));
        const qint64 runId = page->model()->index(0, 0).data(CacheTableModel::RowIdRole).toLongLong();
        QCOMPARE(
            page->runLogModel()->totalCount(),
            count(*demo, QStringLiteral("SELECT COUNT(*) FROM sync_event WHERE run_id = %1").arg(runId)));
        QCoreApplication::processEvents();
        QVERIFY(
            page->grab().save(screenshotFolder(QStringLiteral("syncpage")) + QStringLiteral("/sync.png")));
    }
    demo->releaseThreadConnection();
}

void TestSyncPage::syncWithoutOdooSaysWhatToDo()
{
    TempCache cache;
    QVERIFY(cache.database());
    auto page = openPage(cache.db());
    QVERIFY(page);
    QCOMPARE(page->systemsTable()->rowCount(), 0);
    page->startSync({});
    QVERIFY(!page->isSyncing());
    QVERIFY2(page->banner()->text().contains(QStringLiteral("Settings")), qPrintable(page->banner()->text()));
}

void TestSyncPage::syncWithoutSecretSaysWhy()
{
    TempCache cache;
    QVERIFY(FailedPushCache::fill(cache));
    auto page = openPage(cache.db());
    QVERIFY(page);
    page->startSync({});
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSyncing(), 10000);
    QVERIFY2(page->banner()->text().contains(QStringLiteral("keychain")), qPrintable(page->banner()->text()));
    QCOMPARE(count(cache.db(), QStringLiteral("SELECT COUNT(*) FROM sync_run")), 0);
}

std::unique_ptr<OdooSimulator> TestSyncPage::connectToSimulator(TempCache &cache)
{
    OdooSimulatorOptions options;
    options.seed = 7;
    auto simulator = std::make_unique<OdooSimulator>(options, Clock::system());
    if (!simulator->listen().ok() || !FailedPushCache::fill(cache)
        || !cache.exec(
            QStringLiteral("UPDATE system SET url = ?, database_name = ?, login = ? WHERE kind = 'odoo'"),
            { simulator->url().toString(), simulator->options().database, simulator->options().login }))
        return {};
    const qint64 odoo =
        cache.scalar(QStringLiteral("SELECT id FROM system WHERE kind = 'odoo'")).toLongLong();
    bool stored = false;
    m_credentials.writeSecret(CredentialStore::keyFor(odoo, SystemConfig::kPasswordAccount),
                              simulator->apiKey(), this,
                              [&](const Result<void> &done) { stored = done.ok(); });
    return QTest::qWaitFor([&] { return stored; }) ? std::move(simulator) : nullptr;
}

void TestSyncPage::syncNowRunsTheEngine()
{
    TempCache cache;
    const std::unique_ptr<OdooSimulator> simulator = connectToSimulator(cache);
    QVERIFY(simulator);

    auto page = openPage(cache.db());
    QVERIFY(page);
    QSignalSpy finished(page.get(), &SyncPage::syncFinished);
    page->startSync({ SyncFlow::Timesheets });
    QTRY_VERIFY_WITH_TIMEOUT(page->isSyncing(), 10000);
    QVERIFY(finished.wait(90000));
    QVERIFY(!page->isSyncing());
    // The run is in the history and its outcome in the banner.
    QVERIFY(count(cache.db(), QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow = 'timesheets'"))
            >= 1);
    QVERIFY(waitIdle(*page->model()));
    QVERIFY(page->model()->totalCount() >= 1);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QVERIFY(!page->banner()->text().isEmpty());
    QCoreApplication::processEvents();
    QVERIFY(page->grab().save(screenshotFolder(QStringLiteral("syncpage"))
                              + QStringLiteral("/sync-after-run.png")));
}

void TestSyncPage::anotherSyncOnTheCacheIsShown()
{
    TempCache cache;
    const std::unique_ptr<OdooSimulator> simulator = connectToSimulator(cache);
    QVERIFY(simulator);
    // A scheduled crosswalkctl (here: this process) is syncing the same cache.
    SyncLock other(cache.path());
    QVERIFY(other.acquire().ok());
    const qint64 runs = count(cache.db(), QStringLiteral("SELECT COUNT(*) FROM sync_run"));

    auto page = openPage(cache.db());
    QVERIFY(page);
    QSignalSpy finished(page.get(), &SyncPage::syncFinished);
    page->startSync({ SyncFlow::Timesheets });
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(
        page->banner()->text().contains(QStringLiteral("Another sync is running on this cache (process %1")
                                            .arg(QCoreApplication::applicationPid())),
        qPrintable(page->banner()->text()));
    QCOMPARE(count(cache.db(), QStringLiteral("SELECT COUNT(*) FROM sync_run")), runs);
    QVERIFY(!page->isSyncing());
    QCoreApplication::processEvents();
    QVERIFY(page->grab().save(screenshotFolder(QStringLiteral("syncpage"))
                              + QStringLiteral("/sync-refused-locked.png")));
}

void TestSyncPage::pullListsEveryEntity()
{
    TempCache cache;
    const std::unique_ptr<OdooSimulator> simulator = connectToSimulator(cache);
    QVERIFY(simulator);
    DemoDataOptions demo;
    demo.customers = 20;
    demo.seed = 7;
    const DemoDataset data = DemoDataGenerator::generate(demo);
    HubSpotSimulator crm(data, {});
    BullhornSimulator::Options staffingOptions;
    staffingOptions.callsPerMinute = 0;
    // Time & Expense is hidden from the API user (HTTP 403): time and expenses fail.
    staffingOptions.timeAndExpense = false;
    BullhornSimulator staffing(data, staffingOptions);
    QVERIFY(crm.listen() && staffing.listen());
    // The cache's staffing system (empty until now) points at the simulator; a CRM is added.
    const qint64 crmId =
        SystemRepository(cache.db()).insert(ConnectionProfile::crmSystem(crm.baseUrl().toString())).value();
    const SystemConfig bullhorn =
        ConnectionProfile::staffingSystem(staffing.authUrl().toString(), staffing.loginUrl().toString(),
                                          staffingOptions.clientId, staffingOptions.username);
    QVERIFY(cache.exec(
        QStringLiteral("UPDATE system SET url = ?, login = ?, options = ? WHERE kind = 'staffing'"),
        { bullhorn.url, bullhorn.login, QJsonDocument(bullhorn.options).toJson(QJsonDocument::Compact) }));
    const qint64 staffingId =
        count(cache.db(), QStringLiteral("SELECT id FROM system WHERE kind = 'staffing'"));
    test::CredentialWaiter waiter(m_credentials);
    QVERIFY(waiter.write(CredentialStore::keyFor(crmId, SystemConfig::kTokenAccount), crm.token()));
    QVERIFY(waiter.write(CredentialStore::keyFor(staffingId, SystemConfig::kClientSecretAccount),
                         staffingOptions.clientSecret));
    QVERIFY(waiter.write(CredentialStore::keyFor(staffingId, SystemConfig::kPasswordAccount),
                         staffingOptions.password));

    auto page = openPage(cache.db());
    QVERIFY(page);
    QSignalSpy finished(page.get(), &SyncPage::syncFinished);
    page->startSync({ SyncFlow::Pull });
    QVERIFY(finished.wait(90000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(
                 QLatin1String("Bullhorn: the pull of timesheet_lines failed: ")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(count(cache.db(), QStringLiteral("SELECT COUNT(*) FROM customer WHERE system_id = %1").arg(crmId))
            > 0);
    // Every entity of both systems is listed with the time and size of its pull, or its error,
    // also the failed entity that was not the last one pulled.
    QSignalSpy loaded(page.get(), &SyncPage::overviewLoaded);
    QVERIFY(loaded.wait(20000));
    QTableWidget *entities = page->entitiesTable();
    QHash<QString, int> rowOf;
    for (int row = 0; row < entities->rowCount(); ++row)
        rowOf.insert(entities->item(row, 0)->text() + u'/' + entities->item(row, 1)->text(), row);
    for (const char *entity : { "HubSpot/companies", "HubSpot/deals", "Bullhorn/placements" }) {
        const int row = rowOf.value(QLatin1String(entity), -1);
        QVERIFY2(row >= 0, entity);
        QVERIFY(entities->item(row, 2)->text() != QLatin1String("never"));
        QVERIFY(entities->item(row, 3)->text().toInt() > 0);
        QCOMPARE(entities->item(row, 4)->text(), QStringLiteral("0"));
    }
    const qint64 placements =
        count(cache.db(), QStringLiteral("SELECT read_count FROM sync_run WHERE flow = 'pull_placements'"));
    QCOMPARE(entities->item(rowOf.value(QStringLiteral("Bullhorn/placements")), 3)->text(),
             QLocale().toString(placements));
    for (const char *entity : { "Bullhorn/timesheet_lines", "Bullhorn/expenses" }) {
        const int row = rowOf.value(QLatin1String(entity), -1);
        QVERIFY2(row >= 0, entity);
        QCOMPARE(entities->item(row, 2)->text(), QStringLiteral("never"));
        QCOMPARE(entities->item(row, 4)->text(), QStringLiteral("1"));
        QVERIFY(!entities->item(row, 5)->text().isEmpty());
    }
    QCoreApplication::processEvents();
    QVERIFY(page->grab().save(screenshotFolder(QStringLiteral("syncpage"))
                              + QStringLiteral("/sync-after-pull.png")));
}

void TestSyncPage::scheduledFlowRunsWhenDue()
{
    TempCache cache;
    const std::unique_ptr<OdooSimulator> simulator = connectToSimulator(cache);
    QVERIFY(simulator);
    auto page = openPage(cache.db());
    QVERIFY(page);
    QTableWidget *schedule = page->scheduleTable();
    int timesheets = -1;
    for (int row = 0; row < schedule->rowCount(); ++row) {
        if (schedule->item(row, 0)->data(Qt::UserRole).toInt() == int(SyncFlow::Timesheets))
            timesheets = row;
        QCOMPARE(schedule->item(row, 2)->text(), QStringLiteral("—")); // nothing scheduled yet
    }
    QVERIFY(timesheets >= 0);
    auto *every = qobject_cast<QSpinBox *>(schedule->cellWidget(timesheets, 1));
    QVERIFY(every && every->isEnabled());
    QCOMPARE(every->text(), QStringLiteral("when asked"));

    // Every hour: kept with the Odoo system, due at once as it never ran.
    every->setValue(60);
    emit every->editingFinished();
    QCOMPARE(count(cache.db(),
                   QStringLiteral("SELECT json_extract(options, '$.schedule.timesheets') FROM system "
                                  "WHERE kind = 'odoo'")),
             qint64(60));
    QCOMPARE(schedule->item(timesheets, 2)->text(), QStringLiteral("due now"));
    QCoreApplication::processEvents();
    QVERIFY(page->grab().save(screenshotFolder(QStringLiteral("syncpage"))
                              + QStringLiteral("/sync-schedule.png")));

    QSignalSpy finished(page.get(), &SyncPage::syncFinished);
    page->runScheduledFlows();
    QTRY_VERIFY_WITH_TIMEOUT(page->isSyncing(), 10000);
    QVERIFY(finished.wait(90000));
    QCOMPARE(count(cache.db(), QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow = 'timesheets'")),
             qint64(1));
    QCOMPARE(count(cache.db(), QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE flow <> 'timesheets'")),
             qint64(0));
    // Next in an hour from that start, not now.
    QTRY_VERIFY_WITH_TIMEOUT(schedule->item(timesheets, 2)->text() != QLatin1String("due now"), 20000);
    QVERIFY(schedule->item(timesheets, 2)->text() != QLatin1String("—"));
}

void TestSyncPage::flowMenuOffersEveryFlowCarriedOut()
{
    TempCache cache;
    QVERIFY(cache.database());
    auto page = openPage(cache.db());
    QVERIFY(page);
    QToolButton *button = nullptr;
    for (QToolButton *candidate : page->findChildren<QToolButton *>())
        button = candidate->text() == QStringLiteral("Sync now") ? candidate : button;
    QVERIFY(button && button->menu());
    button->menu()->popup(QPoint(0, 0)); // the page lists the flows when the menu is about to show
    QHash<QString, bool> enabled;
    for (const QAction *action : button->menu()->actions())
        enabled.insert(action->text(), action->isEnabled());
    for (SyncFlow flow :
         { SyncFlow::Customers, SyncFlow::Projects, SyncFlow::Placements, SyncFlow::Timesheets })
        QVERIFY2(enabled.value(SyncFlows::title(flow)), qPrintable(SyncFlows::title(flow)));
    QVERIFY(button->menu()->grab().save(screenshotFolder(QStringLiteral("syncpage"))
                                        + QStringLiteral("/sync-flow-menu.png")));
    button->menu()->hide();
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
