#pragma once

#include "domain/result.h"
#include "sync/syncflow.h"
#include "syncoverview.h"
#include "widgets/tablepage.h"

#include <QFutureWatcher>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolButton;

namespace cw {

class CacheTableModel;
class CredentialStore;
class MessageBanner;
class SyncEngine;
struct SyncFlowResult;

/// Sync: each connected system's health (last success, last error), the last pull per system
/// and entity with the errors of the latest run, the run history (read, created, updated,
/// skipped, failed) with the selected run's log below it, and "Sync now" for everything or one
/// flow (Ctrl+Shift+S for everything) with progress and Cancel (Esc while it runs).
///
/// A sync runs in SyncEngine on its own thread against the first enabled Odoo system, with the
/// secret read from the keychain; the page only shows progress, so the desktop never waits.
/// The overview is computed on a worker thread. Lives on the GUI thread; the Database,
/// CredentialStore and Settings must outlive it.
class SyncPage : public TablePage
{
    Q_OBJECT

public:
    SyncPage(const Database &database, CredentialStore &credentials, Settings &settings,
             QWidget *parent = nullptr);
    ~SyncPage() override;

    /// Starts @p flows (all when empty); the outcome shows in the page's banner and syncFinished().
    void startSync(const QList<SyncFlow> &flows);
    void cancelSync();
    bool isSyncing() const;
    /// Reads the overview again (after a sync, or F5).
    void reloadOverview();

    QTableWidget *systemsTable() const { return m_systems; }
    QTableWidget *entitiesTable() const { return m_entities; }
    CacheTableModel *runLogModel() const { return m_logModel; }
    MessageBanner *banner() const { return m_banner; }

signals:
    /// The overview arrived (or failed; the banner then says why).
    void overviewLoaded();
    void syncFinished(bool allSucceeded, const QString &message);

private:
    QWidget *createOverview();
    QWidget *createRunLog();
    QWidget *createSyncControls();
    void buildFlowMenu();
    void showOverview();
    void showRunLog();
    void syncWith(const QList<SyncFlow> &flows, const QString &secret, qint64 systemId, const QString &url,
                  const QString &databaseName, const QString &login);
    void onProgress(SyncFlow flow, qint64 done, qint64 total, const QString &message);
    void onFlowFinished(const SyncFlowResult &result);
    void onFinished(bool allSucceeded);
    void updateSyncState();

    const Database &m_database;
    CredentialStore &m_credentials;
    SyncEngine *m_engine;
    MessageBanner *m_banner = nullptr;
    QTableWidget *m_systems = nullptr;
    QTableWidget *m_entities = nullptr;
    QLabel *m_logTitle = nullptr;
    QTableView *m_logView = nullptr;
    CacheTableModel *m_logModel = nullptr;
    QToolButton *m_syncButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    bool m_readingSecret = false;
    QFutureWatcher<Result<SyncOverview::Overview>> m_overview;
    bool m_overviewAgain = false;
};

} // namespace cw
