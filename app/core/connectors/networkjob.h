#pragma once

#include "domain/error.h"
#include "httpresponse.h"
#include "networkrequest.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace cw {

class Clock;

/// One asynchronous HTTP exchange of a connector: the single request base that every connector
/// (Odoo, HubSpot, Bullhorn, ...) builds its calls on.
///
/// Contract:
/// - start() sends the request through the given QNetworkAccessManager; finished() is emitted
///   exactly once, asynchronously, except that abort() before start() or a refused URL emits it
///   before the call returns. After finished() the job is inert; the owner deletes it
///   (deleteLater() from a slot connected to finished() is fine).
/// - ok() is true when a complete HTTP response arrived, whatever its status, and (for
///   NetworkRequest::expectJson) a 2xx body parsed as JSON. Then response() holds it and the
///   connector interprets the status and body, falling back to errorForStatus() for statuses its
///   protocol gives no meaning to.
/// - Otherwise error() says why, already mapped to cw::Error: timeout (the deadline of
///   NetworkRequest::timeoutMs passed; category Timeout, retryable, code "net.timeout"), dropped
///   connection ("net.connection_dropped", retryable; the outcome of a write is unknown, and a
///   non-idempotent request is never silently re-sent, see NetworkRequest::idempotent), refused
///   connection, unknown host, TLS failure ("net.tls", never retryable: certificate errors are
///   errors, never ignored), a 2xx body that is not JSON ("net.not_json", quoting its first 200
///   bytes), plain http to a non-loopback host ("net.insecure_url", category Config) or
///   cancellation by abort() ("net.cancelled", not retryable).
/// - Every job has a correlation id, logged with each line the job writes under the connector's
///   logging category and copied into error().correlationId(). The job logs verb, path, status,
///   size and duration, never headers, query strings or bodies (they may carry secrets or
///   personal data). The id is also sent as the X-Request-Id header.
/// - Retry-After (seconds or HTTP date) is parsed for every response into
///   HttpResponse::retryAfterMs.
///
/// Concurrency per server is bounded by RequestQueue, which calls start() when a slot is free.
/// Thread affinity: the thread of the QNetworkAccessManager; create, start and abort it there.
/// Ownership: the job never owns the QNetworkAccessManager, which must outlive it.
class NetworkJob : public QObject
{
    Q_OBJECT

public:
    /// The function Q_DECLARE_LOGGING_CATEGORY declares, e.g. cw::lcOdoo.
    using CategoryFunction = const QLoggingCategory &(*)();

    NetworkJob(QNetworkAccessManager *manager, NetworkRequest request, CategoryFunction category,
               QObject *parent = nullptr);
    ~NetworkJob() override;

    const NetworkRequest &request() const { return m_request; }
    /// Generated at construction ("a1b2c3d4"); replace it before start() to share the id of a
    /// larger operation.
    QString correlationId() const { return m_correlationId; }
    void setCorrelationId(const QString &id);
    /// Clock used to turn a Retry-After date into a delay; the system clock by default.
    void setClock(std::shared_ptr<const Clock> clock);

    void start();
    /// Cancels the exchange; finished() follows with error code "net.cancelled". No-op when done.
    void abort();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    /// Valid after finished(); see the class contract.
    bool ok() const { return m_finished && !m_failed; }
    const HttpResponse &response() const { return m_response; }
    /// Valid after finished() when !ok().
    const Error &error() const { return m_error; }

    /// True for https URLs, and for http URLs whose host is loopback (127.0.0.0/8, ::1, localhost).
    static bool isAllowedUrl(const QUrl &url);
    /// Generic meaning of an HTTP status for a connector that has no better one: 401/403 auth,
    /// 404 not_found, 408 timeout, 409 conflict, 429 rate_limited (retryable, honouring
    /// Retry-After), 5xx network (502/503/504 retryable), other 4xx validation. The detail quotes
    /// the status, Retry-After and the body's first 200 bytes.
    static Error errorForStatus(const HttpResponse &response, const QString &systemName);
    /// A fresh random id of 8 hex digits.
    static QString newCorrelationId();

signals:
    void finished();

private:
    void onReplyFinished();
    void onTimeout();
    void finishWithError(Error error);
    void finishWithResponse();
    Error transportError() const;
    void collectResponse();
    void log(QtMsgType type, const QString &outcome) const;

    QNetworkAccessManager *m_manager;
    NetworkRequest m_request;
    CategoryFunction m_category;
    std::shared_ptr<const Clock> m_clock;
    QString m_correlationId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QStringList m_tlsErrors;
    HttpResponse m_response;
    Error m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_failed = false;
    bool m_timedOut = false;
    bool m_aborted = false;
    /// Whether the body was read as the JSON the request expects.
    bool m_jsonRead = false;
};

} // namespace cw
