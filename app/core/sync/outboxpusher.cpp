#include "outboxpusher.h"

#include "cache/database.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "util/logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cw {

OutboxPusher::OutboxPusher(const Database &database, OdooClient *client, qint64 systemId,
                           const QString &operation, const PushOptions &options, std::shared_ptr<Clock> clock,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_systemId(systemId)
    , m_options(options)
    , m_clock(clock)
    , m_outbox(database, systemId, operation, clock)
    , m_failures(clock)
    , m_retry(options)
    , m_circuit(database, systemId, options, clock)
{
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] { resume(); });
}

OutboxPusher::~OutboxPusher() = default;

void OutboxPusher::setRunLog(const SyncRunLog *log, qint64 runId)
{
    m_log = log;
    m_runId = runId;
    m_circuit.setRunLog(log, runId);
}

void OutboxPusher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    resetCounts();
    m_error.reset();
    m_requestsAtStart = m_client->requestCount();
    Result<qint64> waiting = m_outbox.countWaiting();
    if (!waiting)
        return finish(waiting.error());
    m_total = waiting.value();
    if (Result<void> restored = m_circuit.restore(); !restored)
        return finish(restored.error());
    begin();
}

void OutboxPusher::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_wait.stop();
    const QList<QPointer<OdooReply>> replies = m_replies;
    for (const QPointer<OdooReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    if (isIdle() && replies.isEmpty())
        finish();
}

QString OutboxPusher::partnerSql()
{
    return QStringLiteral(
        "CASE WHEN c.system_id = ? THEN CAST(c.external_id AS INTEGER) ELSE COALESCE((SELECT "
        "MIN(CAST(o.external_id AS INTEGER)) FROM link own JOIN link o ON o.canonical_id = own.canonical_id "
        "AND o.system_id = ? AND o.entity = 'customer' WHERE own.system_id = c.system_id AND own.entity = "
        "'customer' AND own.external_id = c.external_id), 0) END");
}

Result<qint64> OutboxPusher::requeueMapped(QSqlDatabase &db, qint64 systemId, const QString &operation,
                                           const QString &now, qint64 canonicalId)
{
    // Their open failed_push stays open until the row lands; the pusher resolves it then.
    QSqlQuery requeue(db);
    requeue.prepare(
        QStringLiteral(
            "UPDATE outbox SET state = 'pending', next_attempt_at = NULL, updated_at = ? WHERE "
            "operation = ? AND system_id = ? AND state = 'dead' AND id IN (SELECT f.outbox_id FROM "
            "failed_push f JOIN customer c ON c.id = json_extract(f.source, '$.customer_id') WHERE "
            "f.state = 'open' AND f.fingerprint = 'sync.customer_not_mapped' AND %1 > 0 AND (? = 0 OR "
            "EXISTS (SELECT 1 FROM link k WHERE k.canonical_id = ? AND k.entity = 'customer' AND "
            "k.system_id = c.system_id AND k.external_id = c.external_id)))")
            .arg(partnerSql()));
    for (const QVariant &value :
         QVariantList { now, operation, systemId, systemId, systemId, canonicalId, canonicalId })
        requeue.addBindValue(value);
    if (!requeue.exec())
        return sqlError(tr("The rows waiting for a customer could not be queued again."),
                        requeue.lastError());
    return qint64(requeue.numRowsAffected());
}

Result<qint64> OutboxPusher::planAndRequeue(QSqlDatabase &db, QSqlQuery &insert, qint64 systemId,
                                            const QString &operation, const QString &now,
                                            const QString &failure)
{
    if (!insert.exec())
        return sqlError(failure, insert.lastError());
    const qint64 planned = insert.numRowsAffected();
    Result<qint64> requeued = requeueMapped(db, systemId, operation, now);
    if (!requeued)
        return requeued;
    return planned + requeued.value();
}

bool OutboxPusher::isRefusal(const Error &error)
{
    return !error.isRetryable()
        && (error.category() == Error::Category::Validation || error.category() == Error::Category::NotFound
            || error.category() == Error::Category::Duplicate);
}

bool OutboxPusher::stoppedBy(const Error &error) const
{
    return m_cancelled || error.code() == QLatin1String("net.cancelled");
}

void OutboxPusher::nextLater()
{
    QMetaObject::invokeMethod(
        this, [this] { resume(); }, Qt::QueuedConnection);
}

bool OutboxPusher::recordRetry(const OutboxRow &row, const Error &error, std::optional<qint64> retryAfterMs,
                               const QString &message, const QJsonObject &source)
{
    const QDateTime next = m_clock->now().addMSecs(m_retry.delayMs(row.attempts, retryAfterMs));
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<void> step = m_outbox.markFailed(db, row.id, error, next);
        if (step && row.attempts >= m_options.failedPushAfterAttempts)
            step = m_failures.record(db, row.id, m_systemId, Error::categoryName(error.category()), message,
                                     PushFailureLog::remoteMessage(error), source, row.attempts);
        return step;
    });
    stopOnCacheError(done);
    return bool(done);
}

bool OutboxPusher::recordDead(const OutboxRow &row, const Error &error, const QString &message,
                              const QString &remoteMessage, const QJsonObject &source)
{
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<void> step = m_outbox.markDead(db, row.id, error);
        return step ? m_failures.record(db, row.id, m_systemId, Error::categoryName(error.category()),
                                        message, remoteMessage, source, row.attempts, error.code())
                    : step;
    });
    stopOnCacheError(done);
    return bool(done);
}

OdooReply *OutboxPusher::track(OdooReply *reply)
{
    m_replies.append(reply);
    return reply;
}

void OutboxPusher::untrack(OdooReply *reply)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
}

void OutboxPusher::waitOrFinish(bool readyNow)
{
    if (m_cancelled)
        return finish();
    Result<std::optional<QDateTime>> due = m_outbox.nextDue();
    Result<qint64> pending = m_outbox.count(QStringLiteral("pending"));
    if (!due || !pending)
        return finish(!due ? due.error() : pending.error());
    const QDateTime now = m_clock->now();
    const std::optional<QDateTime> wake = m_circuit.wakeAt(due.value(), readyNow || pending.value() > 0);
    if (!wake || now.msecsTo(*wake) > m_options.maxWaitMs)
        return finish();
    m_wait.start(static_cast<int>(std::clamp<qint64>(now.msecsTo(*wake), 1, m_options.maxWaitMs)));
}

void OutboxPusher::finish(std::optional<Error> error)
{
    if (!m_running)
        return;
    m_running = false;
    m_wait.stop();
    if (!m_error)
        m_error = std::move(error);
    ended(m_client->requestCount() - m_requestsAtStart);
    emit finished();
}

void OutboxPusher::stopOnCacheError(const Result<void> &result)
{
    if (result)
        return;
    qCWarning(lcSync).noquote() << result.error().toString();
    m_cancelled = true;
    if (m_running && !m_error)
        m_error = result.error();
}

} // namespace cw
