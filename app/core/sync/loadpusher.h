#pragma once

#include "outboxpusher.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace cw {

/// What ProjectPusher and PlacementPusher share: outbox rows pushed in batches of
/// PushOptions::batchSize, every Odoo record written with `load`, which upserts by external id
/// (`crosswalk.<xmlName(key)>`, InvoiceKey::xmlId) in one transaction, so a write sent twice
/// lands once and a row sent again after a change updates the same records.
///
/// Order of a run: rows left in flight by a crash or a cancel first, then due rows batch by
/// batch. A batch whose rows were tried before (or left in flight) is looked up in ir.model.data
/// first, in one call, so the run tells records found in Odoo from records it created; the write
/// that follows is the same either way. Outcomes per row:
/// - success: in one cache transaction the row is done with the Odoo id of its main record, its
///   payload is what was sent (the planner compares it with the source to plan an update), and
///   its open failed_push is resolved (audited);
/// - a cause a person must fix (read() sets Item::problem: customer not mapped, rate missing):
///   dead at once with a failed_push in a finance user's words, without a call; a row tried
///   before is looked up first, and if found in Odoo it is done with that record's id (its payload
///   not replaced by the unsent one, so a later change is still planned);
/// - Odoo refuses a batch (validation, not found, duplicate: caused by one row): its rows are
///   sent again one at a time, so only the row Odoo refuses goes dead, with Odoo's message;
/// - Odoo refuses Crosswalk's login, rights or configuration: no row caused it, so the batch's
///   rows come back after backoff and the run stops with that error (one call spent, not one
///   per row);
/// - any other error Odoo gives a batch: its rows go dead;
/// - Odoo cannot answer (network, timeout, 429, 5xx): the rows fail and come back after backoff
///   (Retry-After honoured), get a failed_push from failedPushAfterAttempts and go dead at
///   maxAttempts; these failures feed Odoo's circuit breaker.
/// Thread affinity: the thread of the client and of the cache connection it uses (the sync
/// engine's thread). Ownership: borrows the database, client and run log.
class LoadPusher : public OutboxPusher
{
    Q_OBJECT

public:
    struct Counts
    {
        /// Rows taken up (claimed or left in flight by an earlier run).
        qint64 read = 0;
        /// Rows written to Odoo for the first time.
        qint64 created = 0;
        /// Rows written again after a change, or found in Odoo by a lookup.
        qint64 updated = 0;
        qint64 retrying = 0;
        qint64 dead = 0;
        /// HTTP round trips spent.
        qint64 requests = 0;
    };

    ~LoadPusher() override;

    const Counts &counts() const { return m_counts; }

protected:
    /// One outbox row with what it is made of, read from the cache by the subclass.
    struct Item
    {
        OutboxRow row;
        /// Names the record in messages: "Deal Acme renewal", "Placement 4711".
        QString label;
        /// The source records, for the failed push.
        QJsonObject source;
        /// What is sent, stored on the row when it lands.
        QJsonObject payload;
        /// Values the subclass reads to build its rows.
        QHash<QString, QString> values;
        /// A cause a person must fix: the row goes dead without a call.
        std::optional<Error> problem;
        /// The row landed before (its source changed since): an update.
        bool landedBefore = false;
        /// Tried before, or left in flight: looked up before it is counted.
        bool lookupFirst = false;
    };
    using Batch = QList<Item>;
    using BatchPtr = std::shared_ptr<Batch>;

    LoadPusher(const Database &database, OdooClient *client, qint64 systemId, const QString &operation,
               QString mainModel, QString entity, const PushOptions &options, std::shared_ptr<Clock> clock,
               QObject *parent);

    void begin() override { startRows(); }
    void resume() override;
    void resetCounts() override { m_counts = {}; }
    void ended(qint64 requests) override { m_counts.requests = requests; }
    bool isIdle() const override { return !m_busy; }

    /// Takes up the rows left in flight, then the due ones.
    void startRows();
    /// Reads what @p row is made of; an error is a cache failure and stops the run.
    virtual Result<Item> read(const OutboxRow &row) const = 0;
    /// Writes @p batch with one or more load() calls; the last one calls landed().
    virtual void send(const BatchPtr &batch) = 0;
    /// The failed push's message when Odoo refused or could not be reached.
    virtual QString financeMessage(const Item &item, const Error &error) const = 0;

    /// Waits for @p reply of @p batch: a failure goes to the batch's rows (retry, split or dead),
    /// an answer to @p then.
    void call(const BatchPtr &batch, OdooReply *reply, std::function<void(OdooReply *)> then);
    /// One `load` of @p rows into @p model for @p batch; @p then gets the ids in row order.
    void load(const BatchPtr &batch, const QString &model, const QStringList &fields,
              const QList<QStringList> &rows, std::function<void(const QList<qint64> &)> then);
    /// The batch landed; @p remoteIds are its main records' ids, in item order.
    void landed(const BatchPtr &batch, const QList<qint64> &remoteIds);
    /// A setup step (product lookup) failed before any row was taken: Odoo not answering is tried
    /// again with begin() after backoff (Retry-After honoured) up to PushOptions::maxAttempts;
    /// anything else ends the run.
    void setupFailed(const Error &error, std::optional<qint64> retryAfterMs);
    /// The error of an item whose customer (@p customerName) has no partner in Odoo, for @p what
    /// ("the project of deal X"): a failed push fixed by linking the customer.
    static Error notMapped(const QString &customerName, const QString &what);

private:
    void next();
    void lookup(const BatchPtr &batch);
    /// @p item has a problem but the lookup found its record (@p remoteId): done without a write.
    void settleFound(const Item &item, qint64 remoteId);
    void onFailed(const BatchPtr &batch, OdooReply *reply);
    void commitFailed(const Batch &batch, const Error &error, std::optional<qint64> retryAfterMs);
    void commitDead(const Item &item, const Error &error, const QString &remoteMessage);
    Result<Item> readRow(const OutboxRow &row, bool inFlight) const;
    void logEvent(SyncRunLog::Level level, const QString &key, const QString &message,
                  const QString &detail = {});

    QString m_mainModel;
    QString m_entity;
    QList<OutboxRow> m_queue;
    QList<qint64> m_inFlight;
    /// Rows of a refused batch, sent again one at a time.
    int m_singles = 0;
    /// Tries of the setup step in this run; begin() runs again when the wait ends.
    int m_setupAttempts = 0;
    bool m_setupPending = false;
    bool m_busy = false;
    Counts m_counts;
};

} // namespace cw
