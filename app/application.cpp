#include "application.h"

#include "cache/database.h"
#include "credentials/keychaincredentialstore.h"
#include "dialogs/cachefiledialogs.h"
#include "dialogs/cacheproblemdialog.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "sandbox/demodatagenerator.h"
#include "startupreport.h"
#include "util/clock.h"
#include "util/logging.h"
#include "util/settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTemporaryFile>
#include <QTranslator>
#include <QtConcurrent>

namespace cw {

namespace {

// Enough customers that every page has something to show, few enough to generate in seconds.
constexpr int kDemoCustomers = 300;

void removeCacheFiles(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

Application::Application(int &argc, char **argv)
    : m_app(argc, argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QCoreApplication::setApplicationName(QStringLiteral("Crosswalk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Crosswalk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.crosswalk.Crosswalk"));
    if (QFile::exists(QStringLiteral(":/icons/crosswalk.svg")))
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/crosswalk.svg")));
}

Application::~Application()
{
    m_cancelDemo = true;
    m_demoWatcher.waitForFinished();
    // Pages query the cache from their own threads: the window goes before the database.
    m_window.reset();
    m_database.reset();
    qDeleteAll(m_translators);
}

int Application::run()
{
    if (!parseCommandLine())
        return 2;
    m_settings = m_options.settingsFile.isEmpty() ? std::make_unique<Settings>()
                                                  : std::make_unique<Settings>(m_options.settingsFile);
    installTranslations(m_options.language.isEmpty() ? m_settings->language() : m_options.language);
    m_credentials = std::make_unique<KeychainCredentialStore>();

    const QString path = Database::resolvePath(m_options.cachePath, m_settings->cachePath(), m_options.demo);
    const bool started =
        m_options.demo && !QFileInfo::exists(path) ? generateDemoCache(path) : openStartupCache(path);
    return started ? QApplication::exec() : 1;
}

bool Application::parseCommandLine()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Operations console for Odoo, a CRM and a staffing platform."));
    parser.addHelpOption();
    const QCommandLineOption cache(QStringLiteral("cache"), tr("Use the cache file <path>."), tr("path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Use the demo cache, filled with generated data on first use."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("Show the user interface in <code> (de, en)."), tr("code"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      tr("Keep preferences in the INI file <file>."), tr("file"));
    QCommandLineOption reportStartup(
        QStringLiteral("report-startup"),
        QStringLiteral("Print the peak memory and quit once the first page is shown."));
    reportStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ cache, demo, language, settings, reportStartup });
    if (!parser.parse(QCoreApplication::arguments())) {
        QMessageBox::critical(nullptr, tr("Crosswalk"), parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp();
    m_options.cachePath = parser.value(cache);
    m_options.demo = parser.isSet(demo);
    m_options.language = parser.value(language);
    m_options.settingsFile = parser.value(settings);
    m_options.reportStartup = parser.isSet(reportStartup);
    return true;
}

void Application::installTranslations(const QString &language)
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_translators << qt;
    } else {
        delete qt;
    }
    auto *own = new QTranslator;
    // English is the source language, but its catalogue holds the plural forms ("1 record").
    if (own->load(locale, QStringLiteral("crosswalk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/crosswalk_en.qm"))) {
        QCoreApplication::installTranslator(own);
        m_translators << own;
    } else {
        qCWarning(lcUi) << "no translation catalogue for" << locale.name();
        delete own;
    }
}

bool Application::openStartupCache(const QString &path)
{
    QString opened;
    m_database = openCache(path, false, &opened);
    if (!m_database)
        return false;
    if (!m_options.demo && m_options.cachePath.isEmpty() && opened != path)
        m_settings->setCachePath(opened);
    showMainWindow();
    return true;
}

std::unique_ptr<Database> Application::openCache(const QString &path, bool switching, QString *openedPath)
{
    QString current = path;
    while (true) {
        auto opened = Database::open(current);
        if (opened) {
            *openedPath = current;
            return std::move(opened).value();
        }
        qCWarning(lcCache) << "cannot open" << current << opened.error().toString();
        CacheProblemDialog dialog(opened.error(), current,
                                  switching ? CacheProblemDialog::Situation::Switching
                                            : CacheProblemDialog::Situation::Startup,
                                  m_window.get());
        dialog.exec();
        const QString folder = QFileInfo(current).absolutePath();
        switch (dialog.choice()) {
        case CacheProblemDialog::Choice::OpenAnother:
            if (const QString chosen = CacheFileDialogs::chooseExisting(m_window.get(), folder);
                !chosen.isEmpty())
                current = chosen;
            break;
        case CacheProblemDialog::Choice::StartFresh:
            if (const QString chosen = CacheFileDialogs::chooseNew(m_window.get(), folder); !chosen.isEmpty())
                current = chosen;
            break;
        case CacheProblemDialog::Choice::TryAgain:
            break;
        case CacheProblemDialog::Choice::Quit:
            return nullptr;
        }
    }
}

bool Application::generateDemoCache(const QString &path)
{
    // Generate under a temporary name and rename at the end, so an interrupted run never leaves a
    // half-filled demo cache behind under the real name.
    QDir().mkpath(QFileInfo(path).absolutePath());
    QTemporaryFile reserved(path + QStringLiteral(".XXXXXX.partial"));
    reserved.setAutoRemove(false);
    if (!reserved.open()) {
        QMessageBox::critical(
            nullptr, tr("Crosswalk"),
            tr("The demo cache cannot be created in %1: %2.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()), reserved.errorString()));
        return false;
    }
    const QString partial = reserved.fileName();
    reserved.close();
    auto opened = Database::open(partial);
    if (!opened) {
        removeCacheFiles(partial);
        QMessageBox::critical(nullptr, tr("Crosswalk"), opened.error().userMessage());
        return false;
    }
    m_demoDatabase = std::move(opened).value();
    // The worker's connection is then the only one, which lets the fill write through a rollback
    // journal (see RollbackJournalScope), a fifth faster than through the WAL.
    m_demoDatabase->releaseThreadConnection();

    m_progress =
        std::make_unique<QProgressDialog>(tr("Generating demo data: customers, placements, timesheets "
                                             "and invoices in three systems…"),
                                          tr("Cancel"), 0, 100);
    m_progress->setWindowTitle(tr("Crosswalk demo"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    QObject::connect(m_progress.get(), &QProgressDialog::canceled, m_progress.get(),
                     [this] { m_cancelDemo = true; });
    m_progress->show();

    QObject::connect(&m_demoWatcher, &QFutureWatcher<Result<DemoDataStats>>::finished, m_progress.get(),
                     [this, partial, path] { demoCacheGenerated(partial, path); });
    DemoDataOptions options;
    options.customers = kDemoCustomers;
    options.asOf = Clock::system()->today();
    QProgressDialog *progress = m_progress.get();
    m_demoWatcher.setFuture(QtConcurrent::run([this, options, progress] {
        const Database &database = *m_demoDatabase;
        auto filled = DemoDataGenerator::fill(
            database, options,
            [progress](int percent) {
                QMetaObject::invokeMethod(progress, [progress, percent] { progress->setValue(percent); });
            },
            &m_cancelDemo);
        database.releaseThreadConnection();
        return filled;
    }));
    return true;
}

void Application::demoCacheGenerated(const QString &partial, const QString &path)
{
    const Result<DemoDataStats> filled = m_demoWatcher.result();
    m_progress.release()->deleteLater();
    m_demoDatabase.reset();
    if (!filled) {
        removeCacheFiles(partial);
        if (!m_cancelDemo) {
            qCWarning(lcSandbox) << "demo data:" << filled.error().toString();
            QMessageBox::critical(nullptr, tr("Crosswalk"), filled.error().userMessage());
        }
        QCoreApplication::exit(1);
        return;
    }
    qCInfo(lcSandbox) << "demo cache:" << filled.value().totalRows << "rows in" << filled.value().elapsedMs
                      << "ms";
    // The real name may have appeared meanwhile (a second instance): then keep the generated file.
    const QString target = QFile::rename(partial, path) ? path : partial;
    if (!openStartupCache(target))
        QCoreApplication::exit(1);
}

void Application::showMainWindow()
{
    auto window = std::make_unique<MainWindow>(*m_database, *m_credentials, *m_settings);
    // Queued: the window that asks is replaced, so it must have finished handling the request.
    QObject::connect(
        window.get(), &MainWindow::openCacheRequested, &m_app,
        [this](const QString &path) { switchCache(path); }, Qt::QueuedConnection);
    if (m_options.reportStartup)
        watchStartup(window.get());
    window->show();
    m_window = std::move(window);
}

void Application::watchStartup(MainWindow *window)
{
    StartupReport *report = StartupReport::attach(window);
    // A failure shown on the page counts as ready too: the window is usable either way.
    QObject::connect(window->dashboard(), &DashboardPage::figuresShown, report, &StartupReport::pageReady);
    QObject::connect(window->dashboard(), &DashboardPage::figuresFailed, report, &StartupReport::pageReady);
}

void Application::switchCache(const QString &path)
{
    QString opened;
    std::unique_ptr<Database> database = openCache(path, true, &opened);
    if (!database)
        return;
    // The new window is up before the old one goes, so the application never has no window (it
    // would quit); the old window's pages stop their query threads before their cache closes.
    m_window->saveWindowState();
    std::unique_ptr<MainWindow> previousWindow = std::move(m_window);
    std::unique_ptr<Database> previousDatabase = std::move(m_database);
    m_database = std::move(database);
    if (!m_options.demo)
        m_settings->setCachePath(opened);
    showMainWindow();
    previousWindow.reset();
    previousDatabase.reset();
}

} // namespace cw
