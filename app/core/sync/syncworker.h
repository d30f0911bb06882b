#pragma once

#include "syncengineoptions.h"
#include "syncflow.h"
#include "syncflowresult.h"
#include "syncrunlog.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace cw {

class Database;
class InvoicePusher;
class InvoiceStatePuller;
class LoadPusher;
class PartnerPusher;
class PullFlow;
class OdooClient;

/// The part of SyncEngine that lives on the sync thread: creates the Odoo client there, runs the
/// flows one after another and writes their sync_run rows. Internal to SyncEngine.
/// Thread affinity: the sync thread (moved there before run()); releases its cache connection
/// before done().
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const Database &database, SyncEngineOptions options, QList<SyncFlow> flows);
    ~SyncWorker() override;

    /// Starts the first flow. Call on the sync thread (queued).
    void run();
    /// Stops the current flow and skips the rest. Call on the sync thread (queued).
    void cancel();

signals:
    void flowStarted(cw::SyncFlow flow);
    void progress(cw::SyncFlow flow, qint64 done, qint64 total, const QString &message);
    void flowFinished(const cw::SyncFlowResult &result);
    void done();

private:
    void nextFlow();
    /// The pull flow: no sync_run of its own, as every entity it pulls has one.
    void runPull();
    void runCustomers(qint64 runId);
    void onPartnersFinished(qint64 runId);
    /// Rows of @p operation not yet done or dead.
    qint64 waitingRows(const QString &operation) const;
    /// Timesheets or Expenses: plans the placement-months with unbilled time or expenses, then pushes.
    void runInvoices(qint64 runId, SyncFlow flow);
    /// Projects or Placements: plans their rows, then pushes them (LoadPusher).
    void runSetup(qint64 runId, SyncFlow flow);
    void onSetupFinished(qint64 runId, SyncFlow flow);
    void runStatePull(qint64 runId, SyncFlow flow);
    void onPusherFinished(qint64 runId, SyncFlow flow);
    void endFlow(SyncFlowResult result, const std::optional<Error> &error);
    Result<qint64> odooSystem() const;
    /// Runs a killed process left "running" are closed before anything else, like its outbox rows.
    void closeInterruptedRuns();
    void applySystemOptions();

    const Database &m_database;
    SyncEngineOptions m_options;
    QList<SyncFlow> m_flows;
    SyncRunLog m_log;
    OdooClient *m_client = nullptr;
    QPointer<InvoicePusher> m_pusher;
    QPointer<PartnerPusher> m_partners;
    QPointer<LoadPusher> m_setup;
    QPointer<InvoiceStatePuller> m_puller;
    QPointer<PullFlow> m_pull;
    qint64 m_systemId = 0;
    int m_index = -1;
    bool m_cancelled = false;
};

} // namespace cw
