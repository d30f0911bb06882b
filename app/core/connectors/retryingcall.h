#pragma once

#include "domain/error.h"
#include "httpresponse.h"
#include "networkjob.h"
#include "networkrequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace cw {

class RateLimiter;
class RequestQueue;

/// One logical API call that may take several HTTP attempts: each attempt is a NetworkJob
/// submitted to the client's RequestQueue after the client's RateLimiters grant a slot; after
/// each attempt the connector's RetryDecision says whether and when to try again (429 with
/// Retry-After, 5xx, timeouts of idempotent reads, ...).
///
/// Contract: start() once; finished() follows exactly once, asynchronously. Then ok() tells
/// whether the last attempt got a complete response (any status: the connector interprets it),
/// else error() is the transport error of the last attempt. All attempts share one correlation
/// id. abort() stops at once (pending wait or request) with finished() and "net.cancelled".
/// Thread affinity: the thread of the QNetworkAccessManager. Ownership: borrows the manager,
/// queue and limiters, which must outlive it.
class RetryingCall : public QObject
{
    Q_OBJECT

public:
    /// Called after attempt @p attempt (1-based) finished: the delay in ms before the next
    /// attempt, or nullopt to stop with this attempt's outcome.
    using RetryDecision = std::function<std::optional<qint64>(int attempt, const NetworkJob &job)>;

    RetryingCall(QNetworkAccessManager *manager, RequestQueue *queue, NetworkRequest request,
                 NetworkJob::CategoryFunction category, RetryDecision decide, QObject *parent = nullptr);
    ~RetryingCall() override;

    /// Limiters asked for a slot before every attempt (the general budget, a search budget).
    void addRateLimiter(RateLimiter *limiter);
    QString correlationId() const { return m_correlationId; }

    void start();
    void abort();

    bool ok() const { return m_ok; }
    /// Valid after finished() when ok().
    const HttpResponse &response() const { return m_response; }
    /// Valid after finished() when !ok().
    const Error &error() const { return m_error; }
    int attempts() const { return m_attempts; }

signals:
    /// Another attempt follows after @p delayMs; @p reason is "HTTP 429" or an error code.
    void retrying(int attempt, qint64 delayMs, const QString &reason);
    void finished();

private:
    void schedule(qint64 delayMs);
    void attempt();
    void onJobFinished();
    void finish();

    QNetworkAccessManager *m_manager;
    RequestQueue *m_queue;
    NetworkRequest m_request;
    NetworkJob::CategoryFunction m_category;
    RetryDecision m_decide;
    QList<RateLimiter *> m_limiters;
    QString m_correlationId;
    QPointer<NetworkJob> m_job;
    QTimer m_wait;
    HttpResponse m_response;
    Error m_error;
    int m_attempts = 0;
    bool m_ok = false;
    bool m_finished = false;
};

} // namespace cw
