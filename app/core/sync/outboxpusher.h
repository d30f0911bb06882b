#pragma once

#include "outboxstore.h"
#include "pushfailurelog.h"
#include "pushoptions.h"
#include "retrypolicy.h"
#include "syncrunlog.h"
#include "systemcircuit.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <memory>
#include <optional>

namespace cw {

class Database;
class OdooClient;
class OdooReply;

/// What the pushers of one outbox operation share (InvoicePusher, PartnerPusher, LoadPusher): the
/// outbox rows, the failure log, the retry policy, Odoo's circuit breaker (SystemCircuit, restored
/// when a run starts), the calls in flight, the wait for the next retry, how a failed or dead row
/// is recorded, which errors a row can cause (isRefusal()), and how a run ends.
///
/// start() resets the run, counts the rows waiting, restores the circuit and calls begin().
/// cancel() aborts the calls in flight (their rows stay in flight for the next run to look up)
/// and ends the run once the subclass is idle. finished() is emitted once per run; error() then
/// says why it stopped early (the first cause: a cache failure wins over what follows).
/// Thread affinity: the thread of the client and of the cache connection it uses (the sync
/// engine's thread). Ownership: borrows the database, client and run log.
class OutboxPusher : public QObject
{
    Q_OBJECT

public:
    ~OutboxPusher() override;

    /// Logs events into the sync_run @p runId (optional).
    void setRunLog(const SyncRunLog *log, qint64 runId);
    void start();
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    /// Why the run stopped early; empty when it ran to the end.
    const std::optional<Error> &error() const { return m_error; }
    CircuitBreaker::State circuitState() const { return m_circuit.state(); }

    /// Puts the dead rows of @p operation that wait because their customer had no Odoo partner
    /// (sync.customer_not_mapped, source customer_id) back to pending once that customer has one
    /// (linked on the Unmatched page, or created by the customers flow), so the next push lands
    /// them and resolves their failed push. @p canonicalId > 0 limits it to that canonical
    /// customer's records. The one place such rows come back, for every operation. Returns how
    /// many; writes through @p db, the calling thread's connection.
    static Result<qint64> requeueMapped(QSqlDatabase &db, qint64 systemId, const QString &operation,
                                        const QString &now, qint64 canonicalId = 0);
    /// A planner's run: executes @p insert (prepared on @p db, its values bound) that plans new
    /// rows or plans changed ones again, then requeueMapped() for @p operation. Returns the rows
    /// new or planned again; a failed insert is a cache error with @p failure as its message.
    static Result<qint64> planAndRequeue(QSqlDatabase &db, QSqlQuery &insert, qint64 systemId,
                                         const QString &operation, const QString &now,
                                         const QString &failure);

signals:
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    OutboxPusher(const Database &database, OdooClient *client, qint64 systemId, const QString &operation,
                 const PushOptions &options, std::shared_ptr<Clock> clock, QObject *parent);

    /// The run is prepared (counts reset, rows waiting in m_total, circuit restored): start work.
    virtual void begin() = 0;
    /// The wait for a retry or for the circuit is over.
    virtual void resume() = 0;
    virtual void resetCounts() = 0;
    /// The run ended after @p requests HTTP round trips.
    virtual void ended(qint64 requests) = 0;
    /// True when no work is between two calls, so cancel() can end the run at once.
    virtual bool isIdle() const { return true; }

    OdooReply *track(OdooReply *reply);
    void untrack(OdooReply *reply);
    /// Waits for the next retry due within PushOptions::maxWaitMs, or for the circuit when rows
    /// are ready now (@p readyNow, or pending in the outbox); otherwise ends the run.
    void waitOrFinish(bool readyNow = false);
    void finish(std::optional<Error> error = std::nullopt);
    /// A cache failure stops the run: nothing more is sent, error() tells it.
    void stopOnCacheError(const Result<void> &result);
    bool isRunning() const { return m_running; }
    /// True when Odoo refused what was sent for a cause one row can have (validation, not found,
    /// duplicate): a refused batch is worth sending again in parts to find that row.
    static bool isRefusal(const Error &error);
    /// True when the run was cancelled or @p error is a call aborted by cancel(): the rows stay in
    /// flight and the next run looks them up.
    bool stoppedBy(const Error &error) const;
    /// resume() from the event loop: rows settled without a call would otherwise recurse once each.
    void nextLater();
    /// Marks @p row failed until its next try after backoff (Retry-After honoured), with a failed
    /// push (@p message, @p source) from PushOptions::failedPushAfterAttempts, in one cache
    /// transaction. False when not recorded: a cache failure stops the run.
    bool recordRetry(const OutboxRow &row, const Error &error, std::optional<qint64> retryAfterMs,
                     const QString &message, const QJsonObject &source);
    /// Marks @p row dead with an open failed push, in one cache transaction. False when not
    /// recorded: a cache failure stops the run.
    bool recordDead(const OutboxRow &row, const Error &error, const QString &message,
                    const QString &remoteMessage, const QJsonObject &source);
    /// SQL of the Odoo partner id of customer row `c`, 0 when it has none; binds the Odoo system
    /// id twice. Several partners linked to one customer are duplicates in Odoo: the oldest is kept.
    static QString partnerSql();

    const Database &m_database;
    OdooClient *m_client;
    qint64 m_systemId;
    PushOptions m_options;
    std::shared_ptr<Clock> m_clock;
    OutboxStore m_outbox;
    PushFailureLog m_failures;
    RetryPolicy m_retry;
    SystemCircuit m_circuit;
    const SyncRunLog *m_log = nullptr;
    qint64 m_runId = 0;
    QList<QPointer<OdooReply>> m_replies;
    QTimer m_wait;
    qint64 m_total = 0;
    bool m_cancelled = false;

private:
    qint64 m_requestsAtStart = 0;
    bool m_running = false;
    std::optional<Error> m_error;
};

} // namespace cw
