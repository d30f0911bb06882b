#pragma once

#include "domain/result.h"
#include "sandbox/demodatastats.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QList>

#include <atomic>
#include <memory>

class QProgressDialog;
class QTranslator;

namespace cw {

class Database;
class KeychainCredentialStore;
class MainWindow;
class Settings;

/// The composition root of the desktop application: parses the command line, loads
/// translations and settings, opens the cache (asking what to do when it cannot), fills the demo
/// cache on first use in demo mode, creates the credential store and shows the main window.
///
/// Command line: `--cache PATH`, `--demo`, `--lang CODE`, `--settings FILE`, and the hidden
/// `--report-startup` (see StartupReport).
/// Lives on the GUI thread for the whole program; owns everything it creates.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(cw::Application)

public:
    Application(int &argc, char **argv);
    ~Application();
    Application(const Application &) = delete;
    Application &operator=(const Application &) = delete;

    /// Runs the application; returns the process exit code.
    int run();

    /// Loads Qt's own and Crosswalk's translations for @p language (a BCP-47 code such as "de");
    /// an empty code follows the system locale. Replaces translations loaded before.
    void installTranslations(const QString &language);

private:
    struct Options
    {
        QString cachePath;
        QString settingsFile;
        QString language;
        bool demo = false;
        bool reportStartup = false;
    };

    bool parseCommandLine();
    bool openStartupCache(const QString &path);
    std::unique_ptr<Database> openCache(const QString &path, bool switching, QString *openedPath);
    bool generateDemoCache(const QString &path);
    void demoCacheGenerated(const QString &partial, const QString &path);
    void switchCache(const QString &path);
    void showMainWindow();
    void watchStartup(MainWindow *window);

    QApplication m_app;
    Options m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainCredentialStore> m_credentials;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    QList<QTranslator *> m_translators;

    std::unique_ptr<QProgressDialog> m_progress;
    std::unique_ptr<Database> m_demoDatabase;
    QFutureWatcher<Result<DemoDataStats>> m_demoWatcher;
    std::atomic_bool m_cancelDemo = false;
};

} // namespace cw
