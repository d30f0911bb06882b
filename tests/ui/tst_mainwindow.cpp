#include "cache/database.h"
#include "cachetablemodel.h"
#include "credentials/memorycredentialstore.h"
#include "mainwindow.h"
#include "pagequeries.h"
#include "pages/dashboardpage.h"
#include "sandbox/demodatagenerator.h"
#include "tempcache.h"
#include "util/settings.h"
#include "widgets/emptystate.h"
#include "widgets/summarytile.h"
#include "widgets/tablepage.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cw;
using cw::test::TempCache;

namespace {

constexpr QSize kScreenshotSize(1280, 800);

bool waitIdle(CacheTableModel &model)
{
    QSignalSpy spy(&model, &CacheTableModel::loadingChanged);
    while (model.isLoading() || !model.isCountKnown()) {
        if (!spy.wait(20000))
            return false;
    }
    return true;
}

// The rows each list page should show, counted straight from the cache with the page's own
// conditions (first view of each page).
qint64 count(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 expectedRows(const Database &cache, PageId page)
{
    switch (page) {
    case PageId::Customers:
        return count(cache, QStringLiteral("SELECT COUNT(*) FROM canonical_customer"));
    case PageId::Unmatched:
        return count(cache,
                     QStringLiteral("SELECT COUNT(*) FROM customer c WHERE ")
                         + PageQueries::unmatchedCustomerCondition());
    case PageId::Sync:
        return count(cache, QStringLiteral("SELECT COUNT(*) FROM sync_run"));
    case PageId::FailedPushes:
        return count(cache,
                     QStringLiteral("SELECT COUNT(*) FROM failed_push f WHERE ")
                         + PageQueries::openFailedPushCondition());
    case PageId::Exceptions:
        return count(cache,
                     QStringLiteral("SELECT COUNT(*) FROM revenue_exception e WHERE ")
                         + PageQueries::openExceptionCondition());
    case PageId::AuditLog:
        return count(cache, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    case PageId::Dashboard:
    case PageId::Settings:
        break;
    }
    return -1;
}

QString outputFolder()
{
    const QString folder =
        qEnvironmentVariable("CW_TEST_OUTPUT", QDir::tempPath() + QStringLiteral("/cw-test-output"))
        + QStringLiteral("/mainwindow");
    QDir().mkpath(folder);
    return folder;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void visitsEveryPage_data();
    void visitsEveryPage();
    void dashboardShowsFiguresAndOpensPages();
    void findShortcutFocusesFilterAndEscapeClears();
    void pageShortcutsSwitchPages();
    void statusBarShowsCacheAndSystems();
    void exportsTheShownList();
    void emptyCacheShowsEmptyStates();
    void remembersTheLastPage();

private:
    void openWindow(const Database &cache, std::unique_ptr<MainWindow> &window);
    void showPageByClick(MainWindow &window, PageId page);
    void screenshot(QWidget &window, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_cache;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_translator;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The English catalogue holds the plural forms ("1 record"); the application embeds it, the
    // test loads it from the build tree when it has been built.
    if (m_translator.load(QStringLiteral("crosswalk_en"),
                          qEnvironmentVariable("CW_BINARY_DIR") + QStringLiteral("/translations")))
        QCoreApplication::installTranslator(&m_translator);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_credentials = std::make_unique<MemoryCredentialStore>();
    // Named like the demo cache the application creates, as the screenshots show its path.
    auto opened = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    m_cache = std::move(opened).value();
    DemoDataOptions options;
    options.customers = 300;
    options.seed = 7;
    options.asOf = QDate::currentDate();
    const auto filled = DemoDataGenerator::fill(*m_cache, options);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().toString()));
    openWindow(*m_cache, m_window);
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_cache.reset();
}

void TestMainWindow::openWindow(const Database &cache, std::unique_ptr<MainWindow> &window)
{
    window = std::make_unique<MainWindow>(cache, *m_credentials, *m_settings);
    window->resize(kScreenshotSize);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

void TestMainWindow::showPageByClick(MainWindow &window, PageId page)
{
    QListWidget *navigation = window.navigation();
    const QRect item = navigation->visualItemRect(navigation->item(int(page)));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(window.currentPage(), page);
}

void TestMainWindow::screenshot(QWidget &window, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = outputFolder() + u'/' + name + QStringLiteral(".png");
    QVERIFY2(window.grab().save(path), qPrintable(path));
}

void TestMainWindow::visitsEveryPage_data()
{
    QTest::addColumn<int>("page");
    for (int i = 0; i <= int(PageId::Settings); ++i)
        QTest::newRow(qPrintable(MainWindow::pageKey(PageId(i)))) << i;
}

void TestMainWindow::visitsEveryPage()
{
    QFETCH(int, page);
    const PageId id = PageId(page);
    showPageByClick(*m_window, id);
    auto *stack = m_window->page(id)->parentWidget();
    QVERIFY(stack);
    QCOMPARE(qobject_cast<QStackedWidget *>(stack)->currentWidget(), m_window->page(id));
    if (TablePage *list = m_window->tablePage(id)) {
        QVERIFY(waitIdle(*list->model()));
        const qint64 expected = expectedRows(*m_cache, id);
        QCOMPARE(list->model()->totalCount(), expected);
        if (expected == 0) {
            QVERIFY(list->isShowingEmptyState());
            QVERIFY(!list->emptyState()->title().isEmpty());
            QVERIFY(!list->emptyState()->text().isEmpty());
        } else {
            QVERIFY(!list->isShowingEmptyState());
            QVERIFY(list->tableView()->isVisible());
            QVERIFY2(list->countText().contains(QLocale().toString(expected)), qPrintable(list->countText()));
            QVERIFY(list->model()->data(list->model()->index(0, 0), CacheTableModel::LoadedRole).toBool());
        }
    } else if (id == PageId::Dashboard) {
        QSignalSpy shown(m_window->dashboard(), &DashboardPage::figuresShown);
        if (!m_window->dashboard()->hasFigures())
            QVERIFY(shown.wait(20000));
    }
    screenshot(*m_window, MainWindow::pageKey(id));
}

void TestMainWindow::dashboardShowsFiguresAndOpensPages()
{
    DashboardPage *dashboard = m_window->dashboard();
    QSignalSpy shown(dashboard, &DashboardPage::figuresShown);
    showPageByClick(*m_window, PageId::Dashboard);
    if (!dashboard->hasFigures() || shown.isEmpty())
        QVERIFY(shown.wait(20000));
    QCOMPARE(dashboard->tile(KpiTile::Id::FailedPushes)->value(),
             QLocale().toString(qint64(*dashboard->snapshot().tile(KpiTile::Id::FailedPushes)->value)));
    QVERIFY(dashboard->tile(KpiTile::Id::UnbilledHours)->value().endsWith(QStringLiteral(" h")));

    // A tile opens the records behind it beside the dashboard; the list pages stay where they are.
    QSignalSpy opened(dashboard, &DashboardPage::drillDownOpened);
    QTest::mouseClick(dashboard->tile(KpiTile::Id::OpenExceptions), Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(m_window->currentPage(), PageId::Dashboard);
    opened.first().first().value<QWidget *>()->close();
    // The dialog took the activation; the tests after this one type into the main window.
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    // The charts' "Open list" links switch pages.
    emit dashboard->openRequested(PageId::FailedPushes);
    QCOMPARE(m_window->currentPage(), PageId::FailedPushes);
}

void TestMainWindow::findShortcutFocusesFilterAndEscapeClears()
{
    showPageByClick(*m_window, PageId::Unmatched);
    TablePage *list = m_window->tablePage(PageId::Unmatched);
    QVERIFY(waitIdle(*list->model()));
    const qint64 all = list->model()->totalCount();
    m_window->navigation()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Find));
    QTRY_VERIFY(list->filterEdit()->hasFocus());

    QSignalSpy counted(list->model(), &CacheTableModel::countChanged);
    QTest::keyClicks(list->filterEdit(), QStringLiteral("zz-no-such-customer"));
    QVERIFY(counted.wait(5000));
    QVERIFY(waitIdle(*list->model()));
    QCOMPARE(list->model()->totalCount(), 0);
    QVERIFY(list->isShowingEmptyState());
    QVERIFY(list->emptyState()->text().contains(QStringLiteral("zz-no-such-customer")));
    screenshot(*m_window, QStringLiteral("unmatched-no-match"));

    QTest::keyClick(list->filterEdit(), Qt::Key_Escape);
    QVERIFY(list->filterEdit()->text().isEmpty());
    QVERIFY(waitIdle(*list->model()));
    QCOMPARE(list->model()->totalCount(), all);
    QVERIFY(!list->isShowingEmptyState());
}

void TestMainWindow::pageShortcutsSwitchPages()
{
    m_window->activateWindow();
    m_window->navigation()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(m_window->currentPage(), PageId::Unmatched);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_window->currentPage(), PageId::Dashboard);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), PageId::Settings);
}

void TestMainWindow::statusBarShowsCacheAndSystems()
{
    const auto systems = PageQueries::systems(*m_cache);
    QVERIFY(systems.ok());
    QVERIFY(!systems.value().isEmpty());
    for (const PageQueries::System &system : systems.value())
        QVERIFY2(m_window->systemStatusText().contains(system.name),
                 qPrintable(m_window->systemStatusText()));
    QVERIFY(m_window->systemStatusText().contains(QStringLiteral("not tested")));
    bool showsPath = false;
    for (QWidget *child : m_window->statusBar()->findChildren<QWidget *>())
        showsPath = showsPath || child->toolTip().contains(QDir::toNativeSeparators(m_cache->path()));
    QVERIFY(showsPath);
}

void TestMainWindow::exportsTheShownList()
{
    TablePage *list = m_window->tablePage(PageId::Sync);
    QVERIFY(waitIdle(*list->model()));
    QSignalSpy finished(list, &TablePage::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("sync.csv"));
    list->exportTo(path);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().at(1).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), int(list->model()->totalCount()) + 1);
}

void TestMainWindow::emptyCacheShowsEmptyStates()
{
    TempCache empty;
    QVERIFY(empty.database());
    std::unique_ptr<MainWindow> window;
    openWindow(empty.db(), window);
    for (int i = 0; i <= int(PageId::Settings); ++i) {
        const PageId id = PageId(i);
        showPageByClick(*window, id);
        if (TablePage *list = window->tablePage(id)) {
            QVERIFY(waitIdle(*list->model()));
            QVERIFY(list->isShowingEmptyState());
            QVERIFY(!list->emptyState()->title().isEmpty());
        } else if (id == PageId::Dashboard) {
            QSignalSpy shown(window->dashboard(), &DashboardPage::figuresShown);
            if (!window->dashboard()->hasFigures())
                QVERIFY(shown.wait(20000));
        }
        screenshot(*window, QStringLiteral("empty-") + MainWindow::pageKey(id));
    }
    QCOMPARE(window->systemStatusText(), QStringLiteral("No systems connected"));
    window->close();
}

void TestMainWindow::remembersTheLastPage()
{
    TablePage *sync = m_window->tablePage(PageId::Sync);
    sync->sortBy(1, Qt::AscendingOrder);
    sync->tableView()->horizontalHeader()->resizeSection(0, 233);
    m_window->showPage(PageId::Exceptions);
    m_window->close();
    QCOMPARE(m_settings->lastPage(), MainWindow::pageKey(PageId::Exceptions));
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    // Pages keep their column widths, order and sort when the window goes.
    m_window.reset();

    MainWindow again(*m_cache, *m_credentials, *m_settings);
    QCOMPARE(again.currentPage(), PageId::Exceptions);
    TablePage *restored = again.tablePage(PageId::Sync);
    QCOMPARE(restored->tableView()->horizontalHeader()->sectionSize(0), 233);
    QCOMPARE(restored->tableView()->horizontalHeader()->sortIndicatorSection(), 1);
    QCOMPARE(restored->model()->sortColumn(), 1);
    QCOMPARE(restored->model()->sortOrder(), Qt::AscendingOrder);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
