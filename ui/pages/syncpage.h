#pragma once

#include "domain/result.h"
#include "domain/systemconfig.h"
#include "sync/syncflow.h"
#include "sync/syncschedule.h"
#include "syncoverview.h"
#include "widgets/tablepage.h"

#include <QFutureWatcher>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;
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
/// flow (Ctrl+Shift+S for everything) with progress and Cancel (Esc while it runs), and the
/// schedule: how often each flow runs by itself while the app is open (SyncSchedule, kept with
/// the Odoo system) and when it runs next.
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
    /// Starts the scheduled flows that are due, unless a sync is running; a timer calls it every
    /// half minute.
    void runScheduledFlows();

    QTableWidget *systemsTable() const { return m_systems; }
    QTableWidget *entitiesTable() const { return m_entities; }
    /// One row per flow: title, interval (a spin box, 0 = only when asked), next run.
    QTableWidget *scheduleTable() const { return m_schedule; }
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
    QWidget *createSchedule(QWidget *parent);
    /// The first enabled Odoo system; empty when there is none.
    Result<std::optional<SystemConfig>> odooSystem() const;
    void loadSchedule();
    void showNextRuns();
    void saveInterval(SyncFlow flow, int minutes);
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
    QTableWidget *m_schedule = nullptr;
    QTimer *m_scheduleTimer = nullptr;
    SyncSchedule m_scheduleValues;
    qint64 m_scheduleSystem = 0;
    /// When the schedule last started a sync.
    QDateTime m_scheduledAt;
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
