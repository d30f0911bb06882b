#include "odooreply.h"

#include "connectors/networkjob.h"

#include <QTimer>

namespace cw {

OdooReply::OdooReply(QString operation, QString correlationId, QObject *parent)
    : QObject(parent)
    , m_operation(std::move(operation))
    , m_correlationId(std::move(correlationId))
{ }

OdooReply::~OdooReply()
{
    if (m_job && !m_job->isFinished())
        m_job->abort();
}

QList<qint64> OdooReply::ids() const
{
    if (m_result.isDouble())
        return { static_cast<qint64>(m_result.toDouble()) };
    QList<qint64> result;
    const QJsonArray array = m_result.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array)
        result.append(static_cast<qint64>(item.toDouble()));
    return result;
}

qint64 OdooReply::id() const
{
    return m_result.isDouble() ? static_cast<qint64>(m_result.toDouble()) : 0;
}

void OdooReply::abort()
{
    if (m_finished)
        return;
    if (m_job && !m_job->isFinished()) {
        m_job->abort();
        return;
    }
    finishWithError(Error(Error::Category::Network,
                          NetworkJob::tr("The request to %1 was cancelled.").arg(QStringLiteral("Odoo")))
                        .setCode(QStringLiteral("net.cancelled"))
                        .setRetryable(false));
}

void OdooReply::finishWithResult(const QJsonValue &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    emitLater();
}

void OdooReply::finishWithError(Error error, std::optional<qint64> retryAfterMs)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failed = true;
    m_error = std::move(error);
    m_error.setCorrelationId(m_correlationId);
    m_retryAfterMs = retryAfterMs;
    emitLater();
}

void OdooReply::emitLater()
{
    // Why: callers connect to finished() after the call returns; a synchronous emit would be lost.
    QTimer::singleShot(0, this, &OdooReply::finished);
}

} // namespace cw
