#pragma once

#include "domain/error.h"
#include "financekpis.h"
#include "kpisnapshot.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace cw {

class Database;
class KpiWorker;

/// The dashboard's way to KpiEngine without blocking the UI thread: requests go to a worker
/// thread of the service's own (with its own cache connection and the engine's kept facts), and
/// results arrive by signal.
///
/// Each request returns a generation number; only the result of the latest request of its kind
/// is delivered, so a user clicking through filters sees the figures of the last click and never
/// stale ones. A request still waiting when a newer one arrives is skipped.
/// Ownership and threads: create and use on the GUI thread; signals are emitted there. The
/// Database must outlive the service; the destructor stops and joins the worker thread.
class KpiService : public QObject
{
    Q_OBJECT

public:
    explicit KpiService(const Database &database, QObject *parent = nullptr);
    ~KpiService() override;

    /// Computes KpiEngine::snapshot(@p filter) with the unbilled breakdown of the top customers
    /// only (UnbilledSummary::Detail::TopCustomers: what the dashboard charts); answered by
    /// snapshotReady() or failed().
    quint64 requestSnapshot(const KpiFilter &filter);
    /// Computes KpiEngine::finance(@p filter); answered by financeReady() or failed().
    quint64 requestFinance(const KpiFilter &filter);

signals:
    void snapshotReady(quint64 generation, const cw::KpiSnapshot &snapshot);
    void financeReady(quint64 generation, const cw::FinanceKpis &finance);
    void failed(quint64 generation, const cw::Error &error);

private:
    QThread m_thread;
    KpiWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latestSnapshot;
    std::shared_ptr<std::atomic<quint64>> m_latestFinance;
    quint64 m_next = 0;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::KpiSnapshot)
Q_DECLARE_METATYPE(cw::FinanceKpis)
Q_DECLARE_METATYPE(cw::Error)
