#pragma once

#include "syncengineoptions.h"
#include "syncflow.h"
#include "syncflowresult.h"
#include "synclock.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QThread;

namespace cw {

class Database;
class SyncWorker;

/// Runs sync flows (SyncFlow) on its own thread with its own cache connection, so the UI never
/// waits on the network or the database.
///
/// start() runs the flows asked for, one after another: Pull reads the CRM and the staffing
/// platform into the cache (PullFlow: one sync_run per entity, on that entity's system; no
/// configured system makes it "unavailable"); Timesheets plans approved billable time into the
/// outbox (InvoicePlanner) and pushes it (InvoicePusher: rows left in flight by a crash are
/// looked up in Odoo before anything new is sent); Invoices and Payments read state back
/// (InvoiceStatePuller; Payments also the payments themselves, PaymentWriter). Before the first
/// flow, runs of these flows a killed process left "running" are closed as interrupted
/// (SyncRunLog::closeInterrupted), which needs one sync at a time per cache, as the outbox's
/// reconciliation does: the engine holds the cache's SyncLock from start() to finished(). While
/// another engine or process holds it, no flow runs: every flow finishes as "failed", the first
/// with the lock's message ("Another sync is running on this cache (process N since HH:MM)."),
/// then finished(false), all after start() returned. Each other flow writes one sync_run row with its
/// sync_event log. progress() reports while a flow runs; flowFinished() after each; finished() once at the
/// end, also after cancel().
///
/// cancel() stops as soon as possible: no new write is sent, calls in flight are aborted and
/// their rows stay in flight, to be reconciled by the next run. Nothing already committed is lost.
/// Thread affinity: create and use on one thread (the GUI thread); signals arrive there.
/// Ownership: borrows @p database, which must outlive the engine.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(const Database &database, SyncEngineOptions options, QObject *parent = nullptr);
    /// Cancels a running sync and waits for its thread to end.
    ~SyncEngine() override;

    const SyncEngineOptions &options() const { return m_options; }
    /// Takes effect at the next start().
    void setOptions(const SyncEngineOptions &options) { m_options = options; }

    /// Starts the flows (run order, see SyncFlows); false (nothing started) while running or when
    /// @p flows is empty. True also when another sync holds the cache: its flows then fail.
    bool start(const QList<SyncFlow> &flows);
    void cancel();
    bool isRunning() const { return m_running; }
    /// The flows of the last run that ended or is running, in order.
    const QList<SyncFlowResult> &results() const { return m_results; }
    /// True when every flow of the last run succeeded.
    bool allSucceeded() const;

signals:
    void flowStarted(cw::SyncFlow flow);
    /// @p total is -1 when not known yet; @p message says what is happening, in the user's words.
    void progress(cw::SyncFlow flow, qint64 done, qint64 total, const QString &message);
    void flowFinished(const cw::SyncFlowResult &result);
    /// The run ended (all flows done, or cancelled); results() holds every flow.
    void finished(bool allSucceeded);

private:
    void onFlowFinished(const SyncFlowResult &result);
    void onWorkerDone();
    /// Ends a run that could not take the cache's lock: @p flows fail with @p error.
    void refuse(const QList<SyncFlow> &flows, const Error &error);

    const Database &m_database;
    SyncEngineOptions m_options;
    SyncLock m_lock;
    QThread *m_thread = nullptr;
    QPointer<SyncWorker> m_worker;
    QList<SyncFlowResult> m_results;
    bool m_running = false;
};

} // namespace cw
