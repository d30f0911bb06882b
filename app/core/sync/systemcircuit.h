#pragma once

#include "circuitbreaker.h"
#include "circuitstore.h"
#include "pushoptions.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace cw {

class Database;
class Error;
class SyncRunLog;

/// The circuit breaker of one system as the pushers use it: restored from the cache when a run
/// starts (CircuitStore), so a run begins where the last one left the system; saved at each
/// change, with the failure that caused it, for the next run and the Sync page; logged in the run
/// when it opens or still holds. Thresholds come from PushOptions.
/// Thread affinity: the pusher's thread. Not copyable: the breaker calls back into it.
class SystemCircuit
{
    Q_DECLARE_TR_FUNCTIONS(cw::SystemCircuit)

public:
    SystemCircuit(const Database &database, qint64 systemId, const PushOptions &options,
                  std::shared_ptr<Clock> clock = Clock::system());
    SystemCircuit(const SystemCircuit &) = delete;
    SystemCircuit &operator=(const SystemCircuit &) = delete;

    /// Logs into the sync_run @p runId (optional).
    void setRunLog(const SyncRunLog *log, qint64 runId);
    /// Takes over the saved state; logs a warning when it is open for a while yet.
    Result<void> restore();
    /// See CircuitBreaker::allow().
    bool allow() { return m_breaker.allow(); }
    void releaseProbe() { m_breaker.releaseProbe(); }
    void recordSuccess() { m_breaker.recordSuccess(); }
    /// Counts a failure of the system itself; a "slow down" (rate limited) says nothing about
    /// its health and is not counted. Logs a warning when the circuit opens.
    void recordFailure(const Error &error);
    /// When a pusher whose next retry is due at @p due, with rows to send now if @p pendingNow,
    /// should wake up: not before an open circuit lets a call through.
    std::optional<QDateTime> wakeAt(const std::optional<QDateTime> &due, bool pendingNow) const;
    CircuitBreaker::State state() const { return m_breaker.state(); }
    QDateTime reopensAt() const { return m_breaker.reopensAt(); }

private:
    void save();

    qint64 m_systemId;
    qint64 m_openMs;
    std::shared_ptr<Clock> m_clock;
    CircuitBreaker m_breaker;
    CircuitStore m_store;
    const SyncRunLog *m_log = nullptr;
    qint64 m_runId = 0;
    /// The failure being recorded, saved with the change it causes.
    QString m_failure;
};

} // namespace cw
