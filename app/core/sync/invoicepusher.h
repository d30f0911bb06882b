#pragma once

#include "invoicedraft.h"
#include "invoicedraftreader.h"
#include "outboxpusher.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace cw {

class Database;
class OdooClient;
class OdooReply;

/// Pushes planned invoices (InvoicePlanner) from the outbox to Odoo as draft customer invoices.
///
/// Every invoice and every invoice line is written with Odoo's `load`, which upserts by external
/// id in one transaction: the invoice's is `crosswalk.<key>` (InvoiceKey), its lines'
/// `crosswalk.<key>__<timesheet line>` and, for billable expenses,
/// `crosswalk.<key>__expense:<expense>` (InvoiceDraft::lineXmlIds); `ref` carries the key too.
/// So a write sent twice lands once. Time is billed as hours of PushOptions::productCode x bill
/// rate, an expense as one unit of PushOptions::expenseProductCode at its amount; prices are in the
/// currency's own units (its minor digits, CurrencyConverter::minorDigits). A batch is one `load` of its
/// invoices plus one of their lines (about 2 round trips per PushOptions::batchSize invoices); at most
/// PushOptions::concurrency batches are in flight.
///
/// Order of a run: resolve the products (and tax) in Odoo; reconcile rows left in flight (crash,
/// cancel) by looking their external ids up in Odoo, before anything new is sent; then claim due
/// rows batch by batch. A row tried before is looked up again before it is re-sent or set aside:
/// - its invoice is in Odoo: the draft's current lines are sent again (load updates them) and the
///   invoice's lines Crosswalk wrote that the draft no longer has (un-approved, re-dated, moved)
///   are removed (the invoice is still a draft), so Odoo holds exactly what the cache marks;
///   when the draft now has a problem a person must fix (customer unlinked, no bill rate...),
///   nothing is sent and the row is done with the lines Odoo already has (the others stay
///   unbilled for the month's next invoice);
/// - it is not: it is handled as a new row.
/// Outcomes:
/// - success: in one cache transaction the invoice row is added, its timesheet lines and expenses
///   point to it (so the invoice and payment state pulled back later applies to them too),
///   the outbox row is done and an open failed_push is resolved (audited);
/// - Odoo refuses a batch (validation): the batch is split until the refused invoice is alone,
///   which goes dead with Odoo's message;
/// - Odoo cannot answer (network, timeout, 429, 5xx): the rows fail and come back after backoff
///   with jitter (Retry-After honoured); from failedPushAfterAttempts on they have an open
///   failed_push, at maxAttempts they go dead; such failures also feed the circuit breaker;
/// - a cause a person must fix (customer not linked to Odoo, product missing, no bill rate):
///   dead at once, with a failed_push in a finance user's words.
/// The circuit breaker is Odoo's (SystemCircuit): a run starts with the state the last one left,
/// and every change is saved for the next run and the Sync page.
/// The run waits for retries due within PushOptions::maxWaitMs, then ends (finished()).
/// cancel() aborts calls in flight; their rows stay in flight for the next run to reconcile.
///
/// Thread affinity: the thread of @p client and of the cache connection it uses (the sync
/// engine's thread). Ownership: borrows the database, client and run log.
class InvoicePusher : public OutboxPusher
{
    Q_OBJECT

public:
    struct Counts
    {
        /// Rows taken up (claimed or reconciled), once each per run.
        qint64 read = 0;
        /// Invoices now in Odoo and recorded in the cache (sent, or found by a lookup).
        qint64 created = 0;
        /// Of created, those whose invoice a lookup found in Odoo (its lines brought up to date).
        qint64 reconciled = 0;
        /// Rows with nothing left to bill.
        qint64 skipped = 0;
        /// Rows that failed and will be retried.
        qint64 retrying = 0;
        /// Rows that went dead.
        qint64 dead = 0;
        /// HTTP round trips spent.
        qint64 requests = 0;
    };

    InvoicePusher(const Database &database, OdooClient *client, qint64 systemId, const PushOptions &options,
                  std::shared_ptr<Clock> clock = Clock::system(), QObject *parent = nullptr);
    ~InvoicePusher() override;

    /// error() also says when Odoo's product could not be read.
    const Counts &counts() const { return m_counts; }

protected:
    void begin() override { resolveSetup(); }
    void resume() override;
    void resetCounts() override { m_counts = {}; }
    void ended(qint64 requests) override { m_counts.requests = requests; }
    bool isIdle() const override { return m_active == 0; }

private:
    struct Batch
    {
        QList<InvoiceDraft> drafts;
        bool lookupFirst = false;
        QList<qint64> moveIds;
        /// Of drafts, how many a lookup found in Odoo.
        qint64 found = 0;
        /// Found in Odoo but with a problem now: done with the lines Odoo has, nothing sent.
        QList<InvoiceDraft> kept;
        QList<qint64> keptMoveIds;
        /// Invoice lines Crosswalk wrote that the drafts no longer have.
        QList<qint64> staleLines;
    };
    using BatchPtr = std::shared_ptr<Batch>;

    void resolveSetup();
    void reconcile();
    void pump();
    void startBatch(QList<InvoiceDraft> drafts, bool lookupFirst);
    void lookup(const BatchPtr &batch);
    void readStates(const BatchPtr &batch, const QHash<QString, qint64> &found);
    void settleLookup(const BatchPtr &batch, const QHash<QString, qint64> &found,
                      const QSet<qint64> &notDraft);
    void removeStale(const BatchPtr &batch);
    void sendFound(const BatchPtr &batch);
    void sendHeaders(const BatchPtr &batch);
    void sendLines(const BatchPtr &batch);
    void onBatchFailed(const BatchPtr &batch, OdooReply *reply);
    void batchEnded();

    void addSetupProblem(InvoiceDraft &draft) const;
    bool setAside(InvoiceDraft &draft);
    void commitDone(const QList<InvoiceDraft> &drafts, const QList<qint64> &moveIds, qint64 reconciled);
    void commitDead(const InvoiceDraft &draft, const Error &error, const QString &remoteMessage);
    void commitFailed(const QList<InvoiceDraft> &drafts, const Error &error,
                      std::optional<qint64> retryAfterMs);
    void commitSkipped(const InvoiceDraft &draft);
    Result<void> insertInvoice(QSqlDatabase &db, const InvoiceDraft &draft, qint64 moveId) const;
    QString financeMessage(const InvoiceDraft &draft, const Error &error) const;
    void logEvent(SyncRunLog::Level level, const InvoiceDraft &draft, const QString &message,
                  const QString &detail = {});

    InvoiceDraftReader m_reader;
    QList<OutboxRow> m_reconcileQueue;
    qint64 m_productId = 0;
    /// -1 when the expense product is missing in Odoo: drafts with expenses cannot be pushed.
    qint64 m_expenseProductId = 0;
    qint64 m_taxId = 0;
    std::optional<Error> m_setupProblem;
    int m_setupAttempts = 0;
    int m_active = 0;
    bool m_reconciling = true;
    Counts m_counts;
};

} // namespace cw
