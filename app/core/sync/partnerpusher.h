#pragma once

#include "outboxpusher.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace cw {

class Database;
class OdooClient;
class OdooReply;

/// Pushes the outbox rows create_partner (PartnerPlanner, MappingService) to Odoo as res.partner.
///
/// The partner is written with `load` under the external id `crosswalk.<key>` (InvoiceKey::xmlId),
/// with `ref` = key, so a write sent twice lands once. Every row is looked up in ir.model.data
/// first: a partner found there (an earlier write whose answer was lost) only gets the fields the
/// CRM owns (name, e-mail, phone); the fiscal fields Odoo owns (VAT, country) are sent only when
/// the partner is created. The values come from the canonical customer's CRM record, then its
/// staffing record for what the CRM leaves empty.
///
/// Success, in one cache transaction: the Odoo customer row and its link to the canonical customer
/// (method auto, decided by "crosswalk"), the outbox row done, its open failed_push resolved, and
/// the invoices that went dead with sync.customer_not_mapped for that customer put back to pending,
/// so the timesheets flow of the same run lands them. A canonical customer linked in Odoo by then
/// (a person linked it, or the row is pushed again) gets only the CRM's fields on that partner,
/// addressed by its database id. Failures follow InvoicePusher: retryable ones come back
/// after backoff (failed_push from failedPushAfterAttempts, dead at maxAttempts); Odoo refusing the
/// partner, or nothing to create it from, is dead at once. Failures of Odoo itself feed its
/// circuit breaker (SystemCircuit, shared with InvoicePusher through the cache): while it is open
/// nothing is sent.
///
/// Rows go in batches of up to min(PushOptions::batchSize, 50): one ir.model.data lookup for the
/// batch, then one `load` of the partners to create and one of those to update (about 3 round
/// trips per 50 partners). Odoo rolls a refused `load` back whole without saying reliably which
/// row it refused, so a refused batch is sent again one partner at a time: the others land and
/// only the culprit goes dead.
///
/// Thread affinity: the thread of @p client and of the cache connection it uses (the sync engine's
/// thread). Ownership: borrows the database, client and run log.
class PartnerPusher : public OutboxPusher
{
    Q_OBJECT

public:
    struct Counts
    {
        /// Rows taken up (claimed or left in flight by an earlier run).
        qint64 read = 0;
        /// Partners created in Odoo.
        qint64 created = 0;
        /// Partners found in Odoo (or linked by a person) and not created again.
        qint64 updated = 0;
        /// Dead invoice rows put back to pending.
        qint64 requeuedInvoices = 0;
        qint64 retrying = 0;
        qint64 dead = 0;
        /// HTTP round trips spent.
        qint64 requests = 0;
    };

    PartnerPusher(const Database &database, OdooClient *client, qint64 systemId, const PushOptions &options,
                  std::shared_ptr<Clock> clock = Clock::system(), QObject *parent = nullptr);
    ~PartnerPusher() override;

    const Counts &counts() const { return m_counts; }

protected:
    void begin() override;
    void resume() override { next(); }
    void resetCounts() override { m_counts = {}; }
    void ended(qint64 requests) override { m_counts.requests = requests; }

private:
    /// What the partner is made of.
    struct Partner
    {
        OutboxRow row;
        qint64 canonicalId = 0;
        QString name;
        QString vat;
        QString email;
        QString phone;
        /// ISO code.
        QString country;
        /// The partner the canonical customer is linked to in Odoo already; empty when none.
        QString linkedPartner;
    };

    /// Partners sent in one call, with the partner each already is in Odoo (0: to create, -1: not
    /// looked up yet).
    struct Batch
    {
        QList<Partner> partners;
        QList<qint64> existing;
    };
    using BatchPtr = std::shared_ptr<Batch>;

    void next();
    /// Claims and reads the next rows; settles those that need no call.
    void startBatch();
    /// True when @p partner was settled without a call to Odoo.
    bool settle(const Partner &partner);
    Result<Partner> read(const OutboxRow &row) const;
    void lookup(const BatchPtr &batch);
    /// Queues the batch's partners to create and those to update as separate calls.
    void queueSplit(const BatchPtr &batch);
    void send(const BatchPtr &batch);
    void onFailed(const BatchPtr &batch, OdooReply *reply);

    /// Records @p partners as @p partnerIds in Odoo, in one cache transaction.
    void commitDone(const QList<Partner> &partners, const QStringList &partnerIds, bool created);
    void commitFailed(const Partner &partner, const Error &error, std::optional<qint64> retryAfterMs);
    void commitDead(const Partner &partner, const Error &error, const QString &remoteMessage);
    Result<void> recordLink(QSqlDatabase &db, const Partner &partner, const QString &partnerId) const;
    QString financeMessage(const Partner &partner, const Error &error) const;
    QJsonObject source(const Partner &partner) const;
    void logEvent(SyncRunLog::Level level, const Partner &partner, const QString &message,
                  const QString &detail = {});
    QString now() const;

    QList<OutboxRow> m_queue;
    /// Batches looked up and ready to send, each all creates or all updates.
    QList<BatchPtr> m_ready;
    Counts m_counts;
};

} // namespace cw
