#pragma once

#include "domain/result.h"
#include "outboxrow.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace cw {

class Database;

/// The state machine of outbox rows of one system and operation: pending -> in_flight -> done |
/// failed (retry at next_attempt_at) | dead (needs a person). A row the Failed pushes page sets
/// back to pending (next_attempt_at NULL) is due at once.
///
/// claimDue() moves due rows to in_flight and counts the attempt in one transaction, so a crash
/// after it leaves them in flight, for inFlight() to find on the next start. The mark* calls
/// write through the caller's connection, inside the transaction that records the outcome.
/// Thread affinity: the calling thread's cache connection; the clock must be thread-safe.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(cw::OutboxStore)

public:
    OutboxStore(const Database &database, qint64 systemId, QString operation,
                std::shared_ptr<Clock> clock = Clock::system());

    /// Rows pending, or failed and due by now, oldest first, at most @p limit; now in flight, their
    /// attempt counted (a pending row tried before, queued again by a person, starts again at 1).
    Result<QList<OutboxRow>> claimDue(int limit) const;
    /// Rows in flight (left by a crash or a cancelled run), oldest first.
    Result<QList<OutboxRow>> inFlight() const;
    /// When the earliest failed row falls due; nullopt when none waits.
    Result<std::optional<QDateTime>> nextDue() const;
    /// Counts rows per state, for the run summary: pending, failed, dead, in_flight.
    Result<qint64> count(const QString &state) const;
    /// Rows not yet done or dead: pending, failed or in flight.
    Result<qint64> countWaiting() const;

    Result<void> markDone(QSqlDatabase &db, qint64 id, const QString &remoteId) const;
    Result<void> markFailed(QSqlDatabase &db, qint64 id, const Error &error,
                            const QDateTime &nextAttempt) const;
    Result<void> markDead(QSqlDatabase &db, qint64 id, const Error &error) const;
    /// Back to pending without counting an attempt (a call cancelled before it was sent).
    Result<void> release(QSqlDatabase &db, qint64 id) const;

private:
    Result<QList<OutboxRow>> select(QSqlDatabase &db, const QString &where, int limit) const;
    Result<void> setState(QSqlDatabase &db, qint64 id, const QString &state, const QVariant &nextAttempt,
                          const std::optional<Error> &error, const QString &remoteId) const;
    QString now() const;

    const Database &m_database;
    qint64 m_systemId;
    QString m_operation;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
