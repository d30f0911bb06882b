#pragma once

#include "pageid.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace cw {

class CredentialStore;
class CustomersPage;
class DashboardPage;
class Database;
class ElidedLabel;
class Settings;
class SettingsPage;
class TablePage;

/// The main window: navigation on the left (Dashboard, Customers, Unmatched, Sync, Failed
/// pushes, Exceptions, Audit log, Settings), the page on the right, the cache in use and the
/// state of each connected system in the status bar.
///
/// Standard shortcuts: Find (focus the filter), Refresh, Quit, Preferences (Settings page), and
/// Alt+1..8 for the pages. Geometry, window state and the last page are kept in Settings.
/// Switching caches is the composition root's job: the window only emits openCacheRequested().
/// The Database, CredentialStore and Settings must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Database &database, CredentialStore &credentials, Settings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(PageId page);
    PageId currentPage() const;
    QWidget *page(PageId page) const;
    /// The list page behind @p page; null for the Dashboard and Settings.
    TablePage *tablePage(PageId page) const;
    DashboardPage *dashboard() const { return m_dashboard; }
    QListWidget *navigation() const { return m_navigation; }
    /// The status bar's text about the connected systems.
    QString systemStatusText() const;

    static QString pageKey(PageId page);

    /// Stores geometry, window state and the current page in Settings (also done on close).
    void saveWindowState();

public slots:
    /// Reloads the current page from the cache, and the status bar.
    void refresh();
    /// Opens the Import File dialog for the file-import connection @p systemId (0: the first).
    /// File > Import File… (Ctrl+I) passes the file source selected on the Settings page.
    void importFile(qint64 systemId = 0);

signals:
    /// The user chose another cache file, existing or new (File menu).
    void openCacheRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void addPage(PageId page, const QString &title, const QString &icon, QWidget *widget);
    void updateNavigationIcons();
    void createMenus();
    void createStatusBar();
    void updateSystemStatus();
    void updateActions();
    void openCache();
    void newCache();
    void exportList();
    /// Reloads every page showing cache data, after records were written behind their back.
    void refreshCacheViews();
    void focusFilter();
    void showAbout();
    void restoreWindowState();

    const Database &m_database;
    CredentialStore &m_credentials;
    Settings &m_settings;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    DashboardPage *m_dashboard = nullptr;
    CustomersPage *m_customers = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QList<QWidget *> m_pages;
    QList<QAction *> m_pageActions;
    QAction *m_exportAction = nullptr;
    QAction *m_findAction = nullptr;
    ElidedLabel *m_cacheLabel = nullptr;
    QLabel *m_systemsLabel = nullptr;
};

} // namespace cw
