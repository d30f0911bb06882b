#include "mainwindow.h"

#include "cache/database.h"
#include "dialogs/cachefiledialogs.h"
#include "dialogs/fileimportdialog.h"
#include "pagequeries.h"
#include "pages/auditlogpage.h"
#include "pages/customerspage.h"
#include "pages/dashboardpage.h"
#include "pages/exceptionspage.h"
#include "pages/failedpushespage.h"
#include "pages/settingspage.h"
#include "pages/syncpage.h"
#include "pages/unmatchedpage.h"
#include "util/clock.h"
#include "util/logging.h"
#include "util/settings.h"
#include "widgets/elidedlabel.h"
#include "widgets/tablepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace cw {

namespace {

constexpr int kPageCount = int(PageId::Settings) + 1;
constexpr QSize kDefaultSize(1280, 800);

QIcon pageIcon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

// The icons carry their own muted colours, which fade into the selection colour. On the selected
// row the icon is drawn in the palette's highlighted-text colour instead.
QIcon withSelectedVariant(const QIcon &icon, const QSize &size, const QColor &color, qreal ratio)
{
    if (icon.isNull())
        return icon;
    // Plain pixmaps: the SVG engine ignores added pixmaps whose size is not the one asked for.
    QIcon result;
    for (const qreal scale : { 1.0, 2.0, ratio }) {
        const QPixmap normal = icon.pixmap(size, scale);
        QPixmap tinted = normal;
        QPainter painter(&tinted);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(tinted.rect(), color);
        painter.end();
        result.addPixmap(normal, QIcon::Normal);
        result.addPixmap(tinted, QIcon::Selected);
    }
    return result;
}

// The standard binding where the platform has one, else the usual one (Ctrl+, for settings has
// no binding on Linux desktops; Quit has none on Windows).
QList<QKeySequence> shortcutsFor(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys << fallback;
    return keys;
}

} // namespace

MainWindow::MainWindow(const Database &database, CredentialStore &credentials, Settings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("%1 — Crosswalk").arg(QFileInfo(database.path()).fileName()));
    setWindowFilePath(database.path());
    createPages();
    createMenus();
    createStatusBar();
    restoreWindowState();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        if (row == int(PageId::Dashboard))
            m_dashboard->refresh();
        m_pageActions.at(row)->setChecked(true);
        updateActions();
    });
    const QString last = settings.lastPage();
    PageId start = PageId::Dashboard;
    for (int i = 0; i < kPageCount; ++i) {
        if (pageKey(PageId(i)) == last)
            start = PageId(i);
    }
    showPage(start);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    const bool mask = m_settings.maskPersonalData();
    m_dashboard = new DashboardPage(m_database, m_settings, this);
    m_customers = new CustomersPage(m_database, m_settings, this);
    m_settingsPage = new SettingsPage(m_database, m_credentials, m_settings, this);
    addPage(PageId::Dashboard, tr("Dashboard"), QStringLiteral("dashboard"), m_dashboard);
    addPage(PageId::Customers, tr("Customers"), QStringLiteral("customers"), m_customers);
    addPage(PageId::Unmatched, tr("Unmatched"), QStringLiteral("unmatched"),
            new UnmatchedPage(m_database, m_settings, this));
    addPage(PageId::Sync, tr("Sync"), QStringLiteral("sync"),
            new SyncPage(m_database, m_credentials, m_settings, this));
    addPage(PageId::FailedPushes, tr("Failed pushes"), QStringLiteral("failed"),
            new FailedPushesPage(m_database, m_settings, this));
    addPage(PageId::Exceptions, tr("Exceptions"), QStringLiteral("exceptions"),
            new ExceptionsPage(m_database, m_settings, Clock::system()->today(), this));
    addPage(PageId::AuditLog, tr("Audit log"), QStringLiteral("audit"),
            new AuditLogPage(m_database, m_settings, this));
    addPage(PageId::Settings, tr("Settings"), QStringLiteral("settings"), m_settingsPage);

    for (int i = 0; i < kPageCount; ++i) {
        if (TablePage *list = tablePage(PageId(i))) {
            list->setMaskPersonalData(mask);
            connect(list, &TablePage::statusMessage, this,
                    [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        }
    }
    connect(m_dashboard, &DashboardPage::openRequested, this, &MainWindow::showPage);
    connect(m_dashboard, &DashboardPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_settingsPage, &SettingsPage::systemsChanged, this, [this] {
        m_customers->reloadSystems();
        updateSystemStatus();
    });
    connect(m_settingsPage, &SettingsPage::importRequested, this, &MainWindow::importFile);
    connect(m_settingsPage, &SettingsPage::maskPersonalDataChanged, this, [this](bool masked) {
        for (int i = 0; i < kPageCount; ++i) {
            if (TablePage *list = tablePage(PageId(i)))
                list->setMaskPersonalData(masked);
        }
    });

    m_navigation->setIconSize(QSize(20, 20));
    updateNavigationIcons();
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest =
            std::max(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 56);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::addPage(PageId page, const QString &title, const QString &icon, QWidget *widget)
{
    Q_ASSERT(int(page) == m_pages.size());
    widget->setObjectName(pageKey(page));
    m_pages << widget;
    m_stack->addWidget(widget);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, icon);
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 18));
}

void MainWindow::updateNavigationIcons()
{
    const QColor selected = m_navigation->palette().color(QPalette::HighlightedText);
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        item->setIcon(withSelectedVariant(pageIcon(item->data(Qt::UserRole).toString()),
                                          m_navigation->iconSize(), selected, devicePixelRatioF()));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateNavigationIcons();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Cache…"), this, &MainWindow::openCache);
    open->setShortcuts(QKeySequence::Open);
    file->addAction(tr("&New Cache…"), this, &MainWindow::newCache);
    file->addSeparator();
    // On Settings the file source selected there is the one to import for.
    QAction *import = file->addAction(tr("&Import File…"), this, [this] {
        importFile(currentPage() == PageId::Settings ? m_settingsPage->selectedFileSystem() : 0);
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = file->addAction(pageIcon(QStringLiteral("export")), tr("&Export List…"), this,
                                     &MainWindow::exportList);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(shortcutsFor(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (int i = 0; i < kPageCount; ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        QAction *action = view->addAction(item->icon(), item->text());
        action->setCheckable(true);
        action->setActionGroup(group);
        QList<QKeySequence> keys { QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)) };
        if (PageId(i) == PageId::Settings) {
            keys << shortcutsFor(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma));
            action->setMenuRole(QAction::PreferencesRole);
        }
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, [this, i] { showPage(PageId(i)); });
        m_pageActions << action;
    }
    view->addSeparator();
    m_findAction = view->addAction(pageIcon(QStringLiteral("filter")), tr("&Filter List"), this,
                                   &MainWindow::focusFilter);
    m_findAction->setShortcuts(QKeySequence::Find);
    QAction *refreshAction =
        view->addAction(pageIcon(QStringLiteral("refresh")), tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcuts(shortcutsFor(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Crosswalk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_cacheLabel = new ElidedLabel(this);
    m_cacheLabel->setFullText(tr("Cache: %1").arg(QDir::toNativeSeparators(m_database.path())));
    m_systemsLabel = new QLabel(this);
    m_systemsLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_cacheLabel, 1);
    statusBar()->addPermanentWidget(m_systemsLabel);
    updateSystemStatus();
}

void MainWindow::updateSystemStatus()
{
    auto systems = PageQueries::systems(m_database);
    if (!systems) {
        qCWarning(lcUi) << "status bar:" << systems.error().toString();
        m_systemsLabel->setText(tr("Connected systems unknown"));
        return;
    }
    QStringList states;
    for (const PageQueries::System &system : systems.value()) {
        // No connection has been tested by this window: say exactly that rather than guess.
        states << (system.enabled ? tr("%1: configured, not tested").arg(system.name)
                                  : tr("%1: disabled").arg(system.name));
    }
    m_systemsLabel->setText(states.isEmpty() ? tr("No systems connected")
                                             : states.join(QStringLiteral("  ·  ")));
}

QString MainWindow::systemStatusText() const
{
    return m_systemsLabel->text();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(QPoint(), kDefaultSize);
        resize(kDefaultSize.boundedTo(available.size() * 9 / 10));
    }
    restoreState(m_settings.windowState());
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setLastPage(pageKey(currentPage()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

QString MainWindow::pageKey(PageId page)
{
    switch (page) {
    case PageId::Dashboard:
        return QStringLiteral("dashboard");
    case PageId::Customers:
        return QStringLiteral("customers");
    case PageId::Unmatched:
        return QStringLiteral("unmatched");
    case PageId::Sync:
        return QStringLiteral("sync");
    case PageId::FailedPushes:
        return QStringLiteral("failed-pushes");
    case PageId::Exceptions:
        return QStringLiteral("exceptions");
    case PageId::AuditLog:
        return QStringLiteral("audit-log");
    case PageId::Settings:
        break;
    }
    return QStringLiteral("settings");
}

void MainWindow::showPage(PageId page)
{
    m_navigation->setCurrentRow(int(page));
}

PageId MainWindow::currentPage() const
{
    return PageId(std::max(m_navigation->currentRow(), 0));
}

QWidget *MainWindow::page(PageId page) const
{
    return m_pages.at(int(page));
}

TablePage *MainWindow::tablePage(PageId page) const
{
    return qobject_cast<TablePage *>(m_pages.at(int(page)));
}

void MainWindow::updateActions()
{
    const bool list = tablePage(currentPage()) != nullptr;
    m_exportAction->setEnabled(list);
    m_findAction->setEnabled(list);
}

void MainWindow::refresh()
{
    updateSystemStatus();
    if (TablePage *list = tablePage(currentPage()))
        list->refresh();
    else if (currentPage() == PageId::Dashboard)
        m_dashboard->refresh();
    else
        m_settingsPage->refresh();
}

void MainWindow::importFile(qint64 systemId)
{
    auto *dialog = new FileImportDialog(m_database, systemId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FileImportDialog::importFinished, this, &MainWindow::refreshCacheViews);
    connect(dialog, &FileImportDialog::systemsChanged, this, [this] {
        m_settingsPage->refresh();
        m_customers->reloadSystems();
        updateSystemStatus();
    });
    dialog->open();
}

void MainWindow::refreshCacheViews()
{
    for (int i = 0; i < kPageCount; ++i) {
        if (TablePage *list = tablePage(PageId(i)))
            list->refresh();
    }
    m_dashboard->refresh();
}

void MainWindow::focusFilter()
{
    if (TablePage *list = tablePage(currentPage()))
        list->focusFilter();
}

void MainWindow::exportList()
{
    if (TablePage *list = tablePage(currentPage()))
        list->exportCsv();
}

void MainWindow::openCache()
{
    const QString path = CacheFileDialogs::chooseExisting(this, QFileInfo(m_database.path()).absolutePath());
    if (!path.isEmpty())
        emit openCacheRequested(path);
}

void MainWindow::newCache()
{
    const QString path = CacheFileDialogs::chooseNew(this, QFileInfo(m_database.path()).absolutePath());
    if (!path.isEmpty())
        emit openCacheRequested(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Crosswalk"),
                       tr("<h3>Crosswalk %1</h3>"
                          "<p>An operations console for firms that run Odoo next to a CRM and a staffing "
                          "platform: one customer across all systems, approved hours that reach invoices, "
                          "and what is stuck on the way.</p>"
                          "<p>Cache: %2<br>Settings: %3</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                QDir::toNativeSeparators(m_database.path()).toHtmlEscaped(),
                                QDir::toNativeSeparators(m_settings.fileName()).toHtmlEscaped()));
}

} // namespace cw
