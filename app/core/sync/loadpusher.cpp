#include "loadpusher.h"

#include "cache/database.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "invoicekey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace cw {

LoadPusher::LoadPusher(const Database &database, OdooClient *client, qint64 systemId,
                       const QString &operation, QString mainModel, QString entity,
                       const PushOptions &options, std::shared_ptr<Clock> clock, QObject *parent)
    : OutboxPusher(database, client, systemId, operation, options, std::move(clock), parent)
    , m_mainModel(std::move(mainModel))
    , m_entity(std::move(entity))
{ }

LoadPusher::~LoadPusher() = default;

void LoadPusher::startRows()
{
    Result<QList<OutboxRow>> inFlight = m_outbox.inFlight();
    if (!inFlight)
        return finish(inFlight.error());
    m_queue = inFlight.value();
    m_inFlight.clear();
    for (const OutboxRow &row : std::as_const(m_queue))
        m_inFlight.append(row.id);
    m_singles = 0;
    m_setupAttempts = 0;
    next();
}

Error LoadPusher::notMapped(const QString &customerName, const QString &what)
{
    return Error(Error::Category::Mapping,
                 tr("Customer %1 has no partner in Odoo, so %2 cannot be set up there. Link the customer on "
                    "the Unmatched page, then retry.")
                     .arg(customerName.isEmpty() ? tr("(none)") : customerName, what))
        .setCode(QStringLiteral("sync.customer_not_mapped"));
}

void LoadPusher::setupFailed(const Error &error, std::optional<qint64> retryAfterMs)
{
    if (stoppedBy(error))
        return finish();
    if (!error.isRetryable() || ++m_setupAttempts >= m_options.maxAttempts)
        return finish(error);
    // Odoo could not answer: the setup is tried again after backoff, like a row.
    m_circuit.recordFailure(error);
    m_setupPending = true;
    m_wait.start(static_cast<int>(m_retry.delayMs(m_setupAttempts, retryAfterMs)));
}

void LoadPusher::resume()
{
    if (!std::exchange(m_setupPending, false))
        return next();
    begin();
}

void LoadPusher::next()
{
    m_busy = false;
    if (!isRunning())
        return;
    if (m_cancelled)
        return finish();
    emit progress(m_counts.created + m_counts.updated + m_counts.dead, m_total);
    if (!m_circuit.allow())
        return waitOrFinish(!m_queue.isEmpty());
    if (m_queue.isEmpty()) {
        Result<QList<OutboxRow>> claimed = m_outbox.claimDue(m_options.batchSize);
        if (!claimed)
            return finish(claimed.error());
        if (claimed.value().isEmpty()) {
            m_circuit.releaseProbe();
            return waitOrFinish(false);
        }
        m_queue = claimed.value();
    }
    const int size = m_singles > 0 ? 1 : std::min<int>(m_options.batchSize, int(m_queue.size()));
    m_singles = std::max(0, m_singles - 1);
    auto batch = std::make_shared<Batch>();
    bool lookupFirst = false;
    for (int i = 0; i < size; ++i) {
        const OutboxRow row = m_queue.takeFirst();
        ++m_counts.read;
        Result<Item> item = readRow(row, m_inFlight.contains(row.id));
        if (!item)
            return finish(item.error());
        // A row tried before may have landed with its answer lost: it is looked up first even
        // with a problem, so a record Odoo holds is not made a person's task.
        if (item.value().problem && !item.value().lookupFirst) {
            commitDead(item.value(), *item.value().problem, QString());
            continue;
        }
        lookupFirst = lookupFirst || item.value().lookupFirst;
        batch->append(item.value());
    }
    if (batch->isEmpty()) {
        m_circuit.releaseProbe(); // settled without a call
        return nextLater();
    }
    m_busy = true;
    if (lookupFirst)
        return lookup(batch);
    send(batch);
}

Result<LoadPusher::Item> LoadPusher::readRow(const OutboxRow &row, bool inFlight) const
{
    Result<Item> item = read(row);
    if (!item)
        return item;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT remote_id FROM outbox WHERE id = ?"));
    query.addBindValue(row.id);
    if (!query.exec() || !query.next())
        return sqlError(tr("The outbox could not be read."), query.lastError());
    item.value().landedBefore = !query.value(0).toString().isEmpty();
    item.value().lookupFirst = !item.value().landedBefore && (inFlight || row.attempts > 1);
    return item;
}

void LoadPusher::lookup(const BatchPtr &batch)
{
    QJsonArray names;
    for (const Item &item : std::as_const(*batch))
        names.append(InvoiceKey::xmlName(item.row.key));
    const QJsonArray domain { QJsonArray { QStringLiteral("module"), QStringLiteral("="),
                                           InvoiceKey::kModule },
                              QJsonArray { QStringLiteral("model"), QStringLiteral("="), m_mainModel },
                              QJsonArray { QStringLiteral("name"), QStringLiteral("in"), names } };
    OdooReply *lookup = m_client->searchRead(QStringLiteral("ir.model.data"), domain,
                                             { QStringLiteral("name"), QStringLiteral("res_id") });
    call(batch, lookup, [this, batch](OdooReply *reply) {
        QHash<QString, qint64> found;
        for (const QJsonValue &record : reply->records()) {
            const QJsonObject object = record.toObject();
            found.insert(object.value(QStringLiteral("name")).toString(),
                         static_cast<qint64>(object.value(QStringLiteral("res_id")).toDouble()));
        }
        // Found: an earlier write landed and its answer was lost. The load that follows updates it.
        auto toSend = std::make_shared<Batch>();
        for (Item &item : *batch) {
            const auto hit = found.constFind(InvoiceKey::xmlName(item.row.key));
            item.landedBefore = hit != found.cend();
            if (!item.problem)
                toSend->append(item);
            else if (item.landedBefore)
                settleFound(item, hit.value());
            else
                commitDead(item, *item.problem, QString());
        }
        if (toSend->isEmpty() || !isRunning())
            return next();
        send(toSend);
    });
}

void LoadPusher::settleFound(const Item &item, qint64 remoteId)
{
    // Its record is in Odoo, but it cannot be written as the source stands: done with the id Odoo
    // holds. Its payload is not stored, as it was not sent, so the planners still see the change.
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<void> step = m_outbox.markDone(db, item.row.id, QString::number(remoteId));
        if (step)
            step = m_failures.resolveByRetry(db, item.row.id);
        return step;
    });
    stopOnCacheError(done);
    if (!done)
        return;
    ++m_counts.updated;
    logEvent(SyncRunLog::Level::Info, item.row.key,
             tr("%1 found in Odoo (%2), not written again: %3")
                 .arg(m_mainModel)
                 .arg(remoteId)
                 .arg(item.problem->userMessage()));
}

void LoadPusher::call(const BatchPtr &batch, OdooReply *reply, std::function<void(OdooReply *)> then)
{
    track(reply);
    connect(reply, &OdooReply::finished, this, [this, reply, batch, then] {
        untrack(reply); // deleted later: still valid for then()
        if (!reply->ok())
            return onFailed(batch, reply);
        m_circuit.recordSuccess();
        then(reply);
    });
}

void LoadPusher::load(const BatchPtr &batch, const QString &model, const QStringList &fields,
                      const QList<QStringList> &rows, std::function<void(const QList<qint64> &)> then)
{
    call(batch, m_client->load(model, fields, rows),
         [this, batch, model, count = rows.size(), then](OdooReply *reply) {
             const QList<qint64> ids = reply->ids();
             if (ids.size() != count) {
                 commitFailed(*batch,
                              Error(Error::Category::Internal,
                                    tr("Odoo answered the import of %1 with %2 ids for %3 rows.")
                                        .arg(model)
                                        .arg(ids.size())
                                        .arg(count)),
                              std::nullopt);
                 return next();
             }
             then(ids);
         });
}

void LoadPusher::onFailed(const BatchPtr &batch, OdooReply *reply)
{
    const Error error = reply->error();
    if (stoppedBy(error)) {
        m_busy = false;
        return finish(); // the rows stay in flight; the next run looks them up
    }
    if (error.isRetryable()) {
        m_circuit.recordFailure(error);
        commitFailed(*batch, error, reply->retryAfterMs());
    } else if (isRefusal(error) && batch->size() > 1) {
        // Odoo refused one of them, and `load` wrote none: find it by sending them one at a time.
        for (auto it = batch->crbegin(); it != batch->crend(); ++it)
            m_queue.prepend(it->row);
        m_singles = int(batch->size());
    } else if (error.category() == Error::Category::Auth || error.category() == Error::Category::Config) {
        // No row caused it and every call would get it: the rows come back after backoff and the run
        // stops here, saying why.
        commitFailed(*batch, error, reply->retryAfterMs());
        m_busy = false;
        return finish(error);
    } else {
        for (const Item &item : std::as_const(*batch))
            commitDead(item, error, PushFailureLog::remoteMessage(error));
    }
    next();
}

void LoadPusher::landed(const BatchPtr &batch, const QList<qint64> &remoteIds)
{
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery payload(db);
        payload.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
        for (qsizetype i = 0; i < batch->size(); ++i) {
            const Item &item = batch->at(i);
            Result<void> step = m_outbox.markDone(db, item.row.id, QString::number(remoteIds.value(i)));
            if (step)
                step = m_failures.resolveByRetry(db, item.row.id);
            if (!step)
                return step;
            payload.addBindValue(
                QString::fromUtf8(QJsonDocument(item.payload).toJson(QJsonDocument::Compact)));
            payload.addBindValue(item.row.id);
            if (!payload.exec())
                return sqlError(tr("The outbox could not be updated."), payload.lastError());
        }
        return {};
    });
    stopOnCacheError(done);
    if (!done)
        return next();
    qint64 updated = 0;
    for (const Item &item : std::as_const(*batch))
        updated += item.landedBefore ? 1 : 0;
    m_counts.updated += updated;
    m_counts.created += batch->size() - updated;
    logEvent(SyncRunLog::Level::Info, QString(),
             tr("%1 written to Odoo: %2 new, %3 updated.")
                 .arg(m_mainModel)
                 .arg(batch->size() - updated)
                 .arg(updated));
    next();
}

void LoadPusher::commitFailed(const Batch &batch, const Error &error, std::optional<qint64> retryAfterMs)
{
    for (const Item &item : batch) {
        if (item.row.attempts >= m_options.maxAttempts) {
            commitDead(item, error, PushFailureLog::remoteMessage(error));
            continue;
        }
        if (!recordRetry(item.row, error, retryAfterMs, financeMessage(item, error), item.source))
            return;
        ++m_counts.retrying;
    }
    logEvent(SyncRunLog::Level::Warning, QString(),
             tr("%n row(s) will be retried: %1", nullptr, int(batch.size())).arg(error.userMessage()),
             error.detail());
}

void LoadPusher::commitDead(const Item &item, const Error &error, const QString &remoteMessage)
{
    const QString message =
        error.code().startsWith(QLatin1String("sync.")) ? error.userMessage() : financeMessage(item, error);
    if (!recordDead(item.row, error, message, remoteMessage, item.source))
        return;
    ++m_counts.dead;
    logEvent(SyncRunLog::Level::Error, item.row.key, message, remoteMessage);
}

void LoadPusher::logEvent(SyncRunLog::Level level, const QString &key, const QString &message,
                          const QString &detail)
{
    if (m_log)
        m_log->note(m_runId, level, m_entity, key, message, detail);
}

} // namespace cw
