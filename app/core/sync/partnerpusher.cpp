#include "partnerpusher.h"

#include "cache/database.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "invoicekey.h"
#include "invoiceplanner.h"
#include "partnerplanner.h"
#include "sqltext.h"
#include "util/logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cw {

namespace {

const QString kPartner = QStringLiteral("res.partner");
// The most partners one call carries, whatever PushOptions::batchSize says (it counts invoices).
constexpr int kMaxBatch = 50;

} // namespace

PartnerPusher::PartnerPusher(const Database &database, OdooClient *client, qint64 systemId,
                             const PushOptions &options, std::shared_ptr<Clock> clock, QObject *parent)
    : OutboxPusher(database, client, systemId, PartnerPlanner::kOperation, options, clock, parent)
{ }

PartnerPusher::~PartnerPusher() = default;

void PartnerPusher::begin()
{
    // Rows left in flight by a crash go first; like every row they are looked up before a write.
    Result<QList<OutboxRow>> inFlight = m_outbox.inFlight();
    if (!inFlight)
        return finish(inFlight.error());
    m_queue = inFlight.value();
    next();
}

void PartnerPusher::next()
{
    if (!isRunning())
        return;
    if (m_cancelled)
        return finish();
    emit progress(m_counts.created + m_counts.updated + m_counts.dead, m_total);
    if (!m_circuit.allow())
        return waitOrFinish(!m_queue.isEmpty() || !m_ready.isEmpty());
    if (!m_ready.isEmpty())
        return send(m_ready.takeFirst());
    startBatch();
}

void PartnerPusher::startBatch()
{
    const int size = std::clamp(m_options.batchSize, 1, kMaxBatch);
    if (m_queue.isEmpty()) {
        Result<QList<OutboxRow>> claimed = m_outbox.claimDue(size);
        if (!claimed)
            return finish(claimed.error());
        if (claimed.value().isEmpty()) {
            m_circuit.releaseProbe();
            return waitOrFinish(false);
        }
        m_queue = claimed.value();
    }
    const QList<OutboxRow> rows = m_queue.mid(0, size);
    m_queue.remove(0, rows.size());
    auto batch = std::make_shared<Batch>();
    for (const OutboxRow &row : rows) {
        ++m_counts.read;
        Result<Partner> partner = read(row);
        if (!partner)
            return finish(partner.error());
        if (settle(partner.value()))
            continue;
        const qint64 linked = partner.value().linkedPartner.toLongLong();
        batch->partners.append(partner.value());
        batch->existing.append(linked > 0 ? linked : -1);
    }
    if (batch->partners.isEmpty()) {
        m_circuit.releaseProbe(); // settled without a call
        return nextLater();
    }
    if (batch->existing.contains(-1))
        return lookup(batch);
    queueSplit(batch);
    next();
}

bool PartnerPusher::settle(const Partner &partner)
{
    // Linked by a person meanwhile (or by an earlier push): only the CRM's fields go to that partner.
    if (!partner.linkedPartner.isEmpty()
        && (partner.name.isEmpty() || partner.linkedPartner.toLongLong() <= 0)) {
        commitDone({ partner }, { partner.linkedPartner }, false);
        return true;
    }
    if (!partner.name.isEmpty())
        return false;
    commitDead(
        partner,
        Error(Error::Category::Mapping,
              tr("The customer to create in Odoo (%1) has no CRM or staffing record with a name any more. "
                 "Link it on the Unmatched page, or resolve this entry.")
                  .arg(partner.row.key))
            .setCode(QStringLiteral("sync.customer_missing")),
        QString());
    return true;
}

Result<PartnerPusher::Partner> PartnerPusher::read(const OutboxRow &row) const
{
    Partner partner;
    partner.row = row;
    partner.canonicalId = PartnerPlanner::canonicalOf(row.key);
    QSqlDatabase db = m_database.connection();
    QSqlQuery linked(db);
    linked.prepare(QStringLiteral("SELECT external_id FROM link WHERE canonical_id = ? AND system_id = ? AND "
                                  "entity = 'customer' ORDER BY id LIMIT 1"));
    linked.addBindValue(partner.canonicalId);
    linked.addBindValue(m_systemId);
    if (!linked.exec())
        return sqlError(tr("The customer to create in Odoo could not be read."), linked.lastError());
    if (linked.next())
        partner.linkedPartner = linked.value(0).toString();
    // The CRM owns the name and contacts; the staffing record fills in what the CRM leaves empty.
    QSqlQuery records(db);
    records.setForwardOnly(true);
    records.prepare(QStringLiteral(
        "SELECT c.name, c.vat, c.email, c.phone, c.country FROM link l JOIN customer c ON c.system_id = "
        "l.system_id "
        "AND c.external_id = l.external_id JOIN system s ON s.id = c.system_id WHERE l.canonical_id = ? "
        "AND l.entity = 'customer' AND l.system_id <> ? "
        "ORDER BY CASE s.kind WHEN 'crm' THEN 0 WHEN 'staffing' THEN 1 ELSE 2 END, c.id"));
    records.addBindValue(partner.canonicalId);
    records.addBindValue(m_systemId);
    if (!records.exec())
        return sqlError(tr("The customer to create in Odoo could not be read."), records.lastError());
    const auto fill = [&records](QString &field, int column) {
        if (field.isEmpty())
            field = records.value(column).toString().trimmed();
    };
    while (records.next()) {
        fill(partner.name, 0);
        fill(partner.vat, 1);
        fill(partner.email, 2);
        fill(partner.phone, 3);
        fill(partner.country, 4);
    }
    return partner;
}

void PartnerPusher::lookup(const BatchPtr &batch)
{
    QJsonArray names;
    for (qsizetype i = 0; i < batch->partners.size(); ++i) {
        if (batch->existing.at(i) < 0)
            names.append(InvoiceKey::xmlName(batch->partners.at(i).row.key));
    }
    const QJsonArray domain { QJsonArray { QStringLiteral("module"), QStringLiteral("="),
                                           InvoiceKey::kModule },
                              QJsonArray { QStringLiteral("name"), QStringLiteral("in"), names },
                              QJsonArray { QStringLiteral("model"), QStringLiteral("="), kPartner } };
    OdooReply *reply = track(m_client->searchRead(QStringLiteral("ir.model.data"), domain,
                                                  { QStringLiteral("name"), QStringLiteral("res_id") }));
    connect(reply, &OdooReply::finished, this, [this, reply, batch] {
        untrack(reply);
        if (!reply->ok())
            return onFailed(batch, reply);
        m_circuit.recordSuccess();
        QHash<QString, qint64> found;
        for (const QJsonValue &record : reply->records()) {
            const QJsonObject object = record.toObject();
            found.insert(object.value(QStringLiteral("name")).toString(),
                         static_cast<qint64>(object.value(QStringLiteral("res_id")).toDouble()));
        }
        for (qsizetype i = 0; i < batch->partners.size(); ++i) {
            if (batch->existing.at(i) < 0)
                batch->existing[i] = found.value(InvoiceKey::xmlName(batch->partners.at(i).row.key));
        }
        queueSplit(batch);
        next();
    });
}

void PartnerPusher::queueSplit(const BatchPtr &batch)
{
    auto creates = std::make_shared<Batch>();
    auto updates = std::make_shared<Batch>();
    for (qsizetype i = 0; i < batch->partners.size(); ++i) {
        Batch &target = batch->existing.at(i) == 0 ? *creates : *updates;
        target.partners.append(batch->partners.at(i));
        target.existing.append(batch->existing.at(i));
    }
    for (const BatchPtr &part : { creates, updates }) {
        if (!part->partners.isEmpty())
            m_ready.append(part);
    }
}

void PartnerPusher::send(const BatchPtr &batch)
{
    // An existing partner is addressed by its database id: a person may have linked one Crosswalk did
    // not create. Fiscal data belongs to Odoo once the partner exists: sent on creation only.
    const bool create = batch->existing.first() == 0;
    QStringList fields { create ? QStringLiteral("id") : QStringLiteral(".id"), QStringLiteral("name"),
                         QStringLiteral("email"), QStringLiteral("phone") };
    if (create)
        fields << QStringLiteral("ref") << QStringLiteral("is_company") << QStringLiteral("vat")
               << QStringLiteral("country_id/id");
    QList<QStringList> rows;
    rows.reserve(batch->partners.size());
    for (qsizetype i = 0; i < batch->partners.size(); ++i) {
        const Partner &partner = batch->partners.at(i);
        QStringList values { create ? InvoiceKey::xmlId(partner.row.key)
                                    : QString::number(batch->existing.at(i)),
                             partner.name, partner.email, partner.phone };
        if (create)
            values << partner.row.key << QStringLiteral("1") << partner.vat
                   << (partner.country.size() == 2 ? QStringLiteral("base.") + partner.country.toLower()
                                                   : QString());
        rows.append(values);
    }
    OdooReply *reply = track(m_client->load(kPartner, fields, rows));
    connect(reply, &OdooReply::finished, this, [this, reply, batch, create] {
        untrack(reply);
        if (!reply->ok())
            return onFailed(batch, reply);
        m_circuit.recordSuccess();
        const QList<qint64> ids = reply->ids();
        if (ids.size() != batch->partners.size()) {
            const Error error(Error::Category::Internal,
                              tr("Odoo answered the partner import with %1 ids for %2 partners.")
                                  .arg(ids.size())
                                  .arg(batch->partners.size()));
            for (const Partner &partner : std::as_const(batch->partners))
                commitFailed(partner, error, std::nullopt);
            return next();
        }
        QStringList partnerIds;
        for (qint64 id : ids)
            partnerIds.append(QString::number(id));
        commitDone(batch->partners, partnerIds, create);
        next();
    });
}

void PartnerPusher::onFailed(const BatchPtr &batch, OdooReply *reply)
{
    const Error error = reply->error();
    if (stoppedBy(error))
        return finish(); // the rows stay in flight; the next run looks them up
    if (isRefusal(error) && batch->partners.size() > 1) {
        // One partner at a time finds the one Odoo refuses; the others land. They go first, so the
        // batch's rows are settled before new ones are claimed.
        for (qsizetype i = batch->partners.size() - 1; i >= 0; --i)
            m_ready.prepend(
                std::make_shared<Batch>(Batch { { batch->partners.at(i) }, { batch->existing.at(i) } }));
        return next();
    }
    for (const Partner &partner : std::as_const(batch->partners)) {
        if (error.isRetryable())
            commitFailed(partner, error, reply->retryAfterMs());
        else
            commitDead(partner, error, PushFailureLog::remoteMessage(error));
    }
    if (error.isRetryable())
        m_circuit.recordFailure(error);
    next();
}

QString PartnerPusher::now() const
{
    return m_clock->now().toUTC().toString(Qt::ISODate);
}

Result<void> PartnerPusher::recordLink(QSqlDatabase &db, const Partner &partner,
                                       const QString &partnerId) const
{
    QSqlQuery customer(db);
    customer.prepare(QStringLiteral(
        "INSERT INTO customer (system_id, external_id, name, vat, phone, email, country, modified_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system_id, external_id) DO UPDATE SET name = "
        "excluded.name, "
        "phone = excluded.phone, email = excluded.email, modified_at = excluded.modified_at"));
    for (const QVariant &value : QVariantList {
             m_systemId, partnerId, sqlText(partner.name), sqlText(partner.vat), sqlText(partner.phone),
             sqlText(partner.email), sqlText(partner.country.toUpper()), now() })
        customer.addBindValue(value);
    if (!customer.exec())
        return sqlError(tr("The new Odoo partner could not be recorded in the cache."), customer.lastError());
    QSqlQuery link(db);
    link.prepare(QStringLiteral(
        "INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_by, decided_at) "
        "VALUES (?, ?, 'customer', ?, 'auto', ?, ?) ON CONFLICT (system_id, entity, external_id) DO "
        "NOTHING"));
    for (const QVariant &value :
         QVariantList { partner.canonicalId, m_systemId, partnerId, PushFailureLog::kActor, now() })
        link.addBindValue(value);
    if (!link.exec())
        return sqlError(tr("The new Odoo partner could not be linked to its customer."), link.lastError());
    return {};
}

void PartnerPusher::commitDone(const QList<Partner> &partners, const QStringList &partnerIds, bool created)
{
    // One transaction per call: a batch's partners are recorded together.
    QList<qint64> requeued(partners.size(), 0);
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        for (qsizetype i = 0; i < partners.size(); ++i) {
            const Partner &partner = partners.at(i);
            Result<void> step =
                partner.linkedPartner.isEmpty() ? recordLink(db, partner, partnerIds.at(i)) : Result<void>();
            if (step)
                step = m_outbox.markDone(db, partner.row.id, partnerIds.at(i));
            if (step)
                step = m_failures.resolveByRetry(db, partner.row.id);
            if (!step)
                return step;
            Result<qint64> invoices =
                requeueMapped(db, m_systemId, InvoicePlanner::kOperation, now(), partner.canonicalId);
            if (!invoices)
                return invoices.error();
            requeued[i] = invoices.value();
        }
        return {};
    });
    stopOnCacheError(done);
    if (!done)
        return;
    for (qsizetype i = 0; i < partners.size(); ++i) {
        const Partner &partner = partners.at(i);
        ++(created ? m_counts.created : m_counts.updated);
        m_counts.requeuedInvoices += requeued.at(i);
        logEvent(SyncRunLog::Level::Info, partner,
                 created
                     ? tr("%1 created in Odoo as partner %2; %n invoice(s) waiting for it queued again.",
                          nullptr, int(requeued.at(i)))
                           .arg(partner.name, partnerIds.at(i))
                     : tr("%1 is partner %2 in Odoo already; %n invoice(s) waiting for it queued again.",
                          nullptr, int(requeued.at(i)))
                           .arg(partner.name.isEmpty() ? partner.row.key : partner.name, partnerIds.at(i)));
    }
}

void PartnerPusher::commitFailed(const Partner &partner, const Error &error,
                                 std::optional<qint64> retryAfterMs)
{
    if (partner.row.attempts >= m_options.maxAttempts)
        return commitDead(partner, error, PushFailureLog::remoteMessage(error));
    if (!recordRetry(partner.row, error, retryAfterMs, financeMessage(partner, error), source(partner)))
        return;
    ++m_counts.retrying;
    logEvent(SyncRunLog::Level::Warning, partner, tr("Will be retried: %1").arg(error.userMessage()),
             error.detail());
}

void PartnerPusher::commitDead(const Partner &partner, const Error &error, const QString &remoteMessage)
{
    const QString message = financeMessage(partner, error);
    if (!recordDead(partner.row, error, message, remoteMessage, source(partner)))
        return;
    ++m_counts.dead;
    logEvent(SyncRunLog::Level::Error, partner, message, remoteMessage);
}

QString PartnerPusher::financeMessage(const Partner &partner, const Error &error) const
{
    if (error.code().startsWith(QLatin1String("sync.")) || error.category() == Error::Category::Internal)
        return error.userMessage();
    if (error.isRetryable())
        return tr("Odoo could not be reached after %1 attempts, so customer %2 was not created there and its "
                  "invoices "
                  "wait. It is retried automatically; check that Odoo is up.")
            .arg(partner.row.attempts)
            .arg(partner.name);
    return tr("Odoo refused to create customer %1: %2 Correct the customer's data in the CRM or link it to "
              "an "
              "existing partner on the Unmatched page, then retry.")
        .arg(partner.name, error.userMessage());
}

QJsonObject PartnerPusher::source(const Partner &partner) const
{
    return { { QStringLiteral("entity"), QStringLiteral("customer") },
             { QStringLiteral("canonical_id"), partner.canonicalId },
             { QStringLiteral("customer"), partner.name },
             { QStringLiteral("vat"), partner.vat },
             { QStringLiteral("country"), partner.country } };
}

void PartnerPusher::logEvent(SyncRunLog::Level level, const Partner &partner, const QString &message,
                             const QString &detail)
{
    if (m_log)
        m_log->note(m_runId, level, QStringLiteral("partner"), partner.row.key, message, detail);
}

} // namespace cw
