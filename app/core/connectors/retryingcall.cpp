#include "retryingcall.h"

#include "ratelimiter.h"
#include "requestqueue.h"

namespace cw {

RetryingCall::RetryingCall(QNetworkAccessManager *manager, RequestQueue *queue, NetworkRequest request,
                           NetworkJob::CategoryFunction category, RetryDecision decide, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_queue(queue)
    , m_request(std::move(request))
    , m_category(category)
    , m_decide(std::move(decide))
    , m_correlationId(NetworkJob::newCorrelationId())
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &RetryingCall::attempt);
}

RetryingCall::~RetryingCall()
{
    delete m_job;
}

void RetryingCall::addRateLimiter(RateLimiter *limiter)
{
    m_limiters.append(limiter);
}

void RetryingCall::start()
{
    if (m_attempts > 0 || m_finished)
        return;
    schedule(0);
}

void RetryingCall::schedule(qint64 delayMs)
{
    qint64 wait = delayMs;
    for (RateLimiter *limiter : std::as_const(m_limiters))
        wait = std::max(wait, limiter->reserve() + delayMs);
    // Why: even a zero wait goes through the event loop, so finished() is never emitted inside start().
    m_wait.start(static_cast<int>(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void RetryingCall::attempt()
{
    ++m_attempts;
    m_job = new NetworkJob(m_manager, m_request, m_category, this);
    m_job->setCorrelationId(m_correlationId);
    connect(m_job, &NetworkJob::finished, this, &RetryingCall::onJobFinished);
    m_queue->submit(m_job);
}

void RetryingCall::onJobFinished()
{
    NetworkJob *job = m_job;
    if (!job || m_finished)
        return;
    m_ok = job->ok();
    if (m_ok)
        m_response = job->response();
    else
        m_error = job->error();
    const bool cancelled = !m_ok && m_error.code() == QLatin1String("net.cancelled");
    const std::optional<qint64> delay = cancelled ? std::nullopt : m_decide(m_attempts, *job);
    job->deleteLater();
    m_job = nullptr;
    if (!delay) {
        finish();
        return;
    }
    const QString reason = m_ok ? QStringLiteral("HTTP %1").arg(m_response.status) : m_error.code();
    emit retrying(m_attempts, *delay, reason);
    schedule(*delay);
}

void RetryingCall::abort()
{
    if (m_finished)
        return;
    m_wait.stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_ok = false;
    m_error =
        Error(Error::Category::Network, tr("The request to %1 was cancelled.").arg(m_request.systemName),
              QStringLiteral("cancelled"))
            .setCode(QStringLiteral("net.cancelled"))
            .setRetryable(false)
            .setCorrelationId(m_correlationId);
    finish();
}

void RetryingCall::finish()
{
    m_finished = true;
    emit finished();
}

} // namespace cw
