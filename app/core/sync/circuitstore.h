#pragma once

#include "circuitbreaker.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace cw {

class Database;

/// Keeps each system's circuit breaker in the cache (sync_circuit), so a run starts where the
/// last one, of this process or another, left the system, and the Sync page can show it.
/// Thread affinity: any; uses the calling thread's cache connection.
class CircuitStore
{
    Q_DECLARE_TR_FUNCTIONS(cw::CircuitStore)

public:
    struct Snapshot
    {
        CircuitBreaker::State state = CircuitBreaker::State::Closed;
        /// When an open circuit lets the next call probe; invalid unless it opened once.
        QDateTime reopensAt;
        int failures = 0;
        /// The failure that opened it last, in the system's words.
        QString lastError;
        QDateTime changedAt;
    };

    explicit CircuitStore(const Database &database, std::shared_ptr<Clock> clock = Clock::system());

    /// The saved circuit of @p systemId; empty when none was saved.
    Result<std::optional<Snapshot>> load(qint64 systemId) const;
    /// Puts the saved circuit into @p breaker; a missing one leaves it closed.
    Result<void> restore(qint64 systemId, CircuitBreaker &breaker) const;
    /// Saves @p breaker's state; @p lastError replaces the saved one unless empty.
    Result<void> save(qint64 systemId, const CircuitBreaker &breaker, const QString &lastError) const;

private:
    const Database &m_database;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
