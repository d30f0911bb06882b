#pragma once

#include "domain/error.h"
#include "domain/systemconfig.h"
#include "pullentityresult.h"
#include "syncengineoptions.h"
#include "syncflowresult.h"
#include "syncrunlog.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace cw {

class CredentialStore;
class Database;
class MemoryCredentialStore;
class PullRunner;

/// The pull flow of the sync engine: reads the CRM (HubSpot companies, contacts, deals) and the
/// staffing platform (Bullhorn client corporations, contacts, candidates, placements, then
/// approved time and expenses from Time & Expense or pay-and-bill) into the cache, the CRM first,
/// through one PullRunner per system. Every entity gets its own sync_run ("pull_<entity>") on its
/// system's row, which is found by kind or added (SystemRepository) when the options carry none.
/// A failing entity or system does not stop the others; summary() says which failed and why.
///
/// The systems and secrets come from SyncEngineOptions (crm, staffing: the secrets go to an
/// in-memory CredentialStore only, where the clients read them) or, when it names none, from the
/// cache's enabled CRM and staffing systems with SyncEngineOptions::credentials (the keychain).
/// With neither, the flow ends "unavailable". Runs of these entities a killed process left
/// "running" are closed as interrupted before the first page is read.
/// Thread affinity: the sync thread (creates its clients there). Ownership: borrows the Database.
class PullFlow : public QObject
{
    Q_OBJECT

public:
    /// Staffing system option: where approved time comes from, kTimeAndExpense (the default) or
    /// kPayAndBill (see BullhornPullSource::timeEntities()).
    static inline const QString kTimeSourceOption = QStringLiteral("time_source");
    static inline const QString kTimeAndExpense = QStringLiteral("time_and_expense");
    static inline const QString kPayAndBill = QStringLiteral("pay_and_bill");

    PullFlow(const Database &database, SyncEngineOptions options, QObject *parent = nullptr);
    ~PullFlow() override;

    /// Starts the pull; finished() follows once, later, when every system ended.
    void start();
    /// Stops the entity being pulled (its pages read so far are kept) and skips the rest;
    /// finished() follows.
    void cancel();
    /// The flow's outcome for the run history and the command line: counts summed over every
    /// entity; "succeeded" only when every entity of every system succeeded.
    SyncFlowResult summary() const;

signals:
    /// @p expected is -1 when not known.
    void progress(qint64 read, qint64 expected, const QString &message);
    void finished();

private:
    /// The id of @p system's row: its own, the first of its kind, or a new one.
    Result<qint64> systemId(const SystemConfig &system) const;
    /// The systems of the options with their secrets stored in m_store.
    void addFromOptions();
    /// The cache's enabled CRM and staffing systems, their secrets in the options' store.
    void addFromCache();
    void addCrm(const SystemConfig &system, CredentialStore *store);
    void addStaffing(const SystemConfig &system, CredentialStore *store);
    PullRunner *addRunner(const QString &name, qint64 systemId);
    /// One sentence for a pulled entity that did not succeed, naming the system and the outcome.
    static QString problemText(const QString &system, const PullEntityResult &result);
    void storeSecret(qint64 systemId, const QString &account, const QString &secret);
    void closeInterruptedRuns(const PullRunner &runner) const;
    void runNext();

    const Database &m_database;
    SyncEngineOptions m_options;
    SyncRunLog m_log;
    // Declared so that the runners (whose sources borrow the clients) go first, the store last.
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::vector<std::unique_ptr<QObject>> m_clients;
    /// One per system, run in this order.
    std::vector<std::unique_ptr<PullRunner>> m_runners;
    /// "System entity status: why." of every entity or system that did not succeed.
    QStringList m_problems;
    QList<PullEntityResult> m_results;
    int m_pendingSecrets = 0;
    int m_index = -1;
    bool m_started = false;
    bool m_cancelled = false;
};

} // namespace cw
