#include "outboxpusher.h"

#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "util/logging.h"

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
