#include "cache/database.h"
#include "cachetablemodel.h"
#include "credentials/memorycredentialstore.h"
#include "domain/systemconfig.h"
#include "failedpushcache.h"
#include "pages/syncpage.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/odoo/odoosimulator.h"
#include "tempcache.h"
#include "uitestwait.h"
#include "util/clock.h"
#include "util/settings.h"
#include "widgets/messagebanner.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

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

private:
    std::unique_ptr<SyncPage> openPage(const Database &database);

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
    {
        auto page = openPage(*demo);
        QVERIFY(page);
        QCOMPARE(page->model()->totalCount(), count(*demo, QStringLiteral("SELECT COUNT(*) FROM sync_run")));
        QCOMPARE(page->systemsTable()->rowCount(),
                 int(count(*demo, QStringLiteral("SELECT COUNT(*) FROM system"))));
        // A system that synced successfully shows when, not "never".
        bool synced = false;
        for (int row = 0; row < page->systemsTable()->rowCount(); ++row)
            synced = synced || page->systemsTable()->item(row, 1)->text() != QLatin1String("never");
        QVERIFY(synced);

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

void TestSyncPage::syncNowRunsTheEngine()
{
    OdooSimulatorOptions options;
    options.seed = 7;
    OdooSimulator simulator(options, Clock::system());
    QVERIFY(simulator.listen().ok());
    TempCache cache;
    QVERIFY(FailedPushCache::fill(cache));
    QVERIFY(cache.exec(
        QStringLiteral("UPDATE system SET url = ?, database_name = ?, login = ? WHERE kind = 'odoo'"),
        { simulator.url().toString(), simulator.options().database, simulator.options().login }));
    const qint64 odoo =
        cache.scalar(QStringLiteral("SELECT id FROM system WHERE kind = 'odoo'")).toLongLong();
    bool stored = false;
    m_credentials.writeSecret(CredentialStore::keyFor(odoo, SystemConfig::kPasswordAccount),
                              simulator.apiKey(), this,
                              [&](const Result<void> &done) { stored = done.ok(); });
    QTRY_VERIFY(stored);

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

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
