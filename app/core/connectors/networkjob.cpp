#include "networkjob.h"

#include "oneshotuploaddevice.h"
#include "util/clock.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

namespace cw {

NetworkJob::NetworkJob(QNetworkAccessManager *manager, NetworkRequest request, CategoryFunction category,
                       QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_category(category)
    , m_clock(Clock::system())
    , m_correlationId(newCorrelationId())
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &NetworkJob::onTimeout);
}

NetworkJob::~NetworkJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkJob::setCorrelationId(const QString &id)
{
    m_correlationId = id;
}

void NetworkJob::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
}

QString NetworkJob::newCorrelationId()
{
    return QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, QLatin1Char('0'));
}

bool NetworkJob::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return false;
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void NetworkJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_elapsed.start();
    if (!isAllowedUrl(m_request.url)) {
        // Why: secrets travel in headers and bodies; only the sandbox on this machine may be plain http.
        finishWithError(
            Error(Error::Category::Config,
                  tr("The address %1 is not allowed: use https, or http only for this computer.")
                      .arg(m_request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                  QStringLiteral("insecure or invalid URL"))
                .setCode(QStringLiteral("net.insecure_url")));
        return;
    }
    QNetworkRequest request(m_request.url);
    for (const auto &header : std::as_const(m_request.headers))
        request.setRawHeader(header.first, header.second);
    request.setRawHeader(QByteArrayLiteral("X-Request-Id"), m_correlationId.toLatin1());
    // Redirects could carry credentials to another origin; an API endpoint has no reason to redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_request.idempotent || m_request.body.isEmpty()) {
        m_reply = m_manager->sendCustomRequest(request, m_request.verb, m_request.body);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        m_reply = m_manager->sendCustomRequest(request, m_request.verb,
                                               new OneShotUploadDevice(m_request.body, this));
    }
    connect(m_reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
#ifndef QT_NO_SSL
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
#endif
    m_deadline.start(m_request.timeoutMs);
}

void NetworkJob::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    m_started = true;
    finishWithError(Error(Error::Category::Network,
                          tr("The request to %1 was cancelled.").arg(m_request.systemName),
                          QStringLiteral("cancelled before it was sent"))
                        .setCode(QStringLiteral("net.cancelled"))
                        .setRetryable(false));
}

void NetworkJob::onTimeout()
{
    if (!m_reply || m_finished)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void NetworkJob::onReplyFinished()
{
    m_deadline.stop();
    if (!m_reply || m_finished)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_timedOut || m_aborted || !status.isValid()) {
        finishWithError(transportError());
        return;
    }
    collectResponse();
    if (m_request.expectJson && m_response.isSuccess() && !m_jsonRead) {
        finishWithError(Error(Error::Category::Network,
                              tr("%1 sent an answer that is not JSON. Is the address that of the API?")
                                  .arg(m_request.systemName),
                              tr("HTTP %1, Content-Type \"%2\", body starts with: %3")
                                  .arg(m_response.status)
                                  .arg(QString::fromLatin1(m_response.header("Content-Type")),
                                       HttpResponse::excerpt(m_response.body)))
                            .setCode(QStringLiteral("net.not_json")));
        return;
    }
    finishWithResponse();
}

namespace {

QJsonValue parseJsonValue(const QByteArray &body)
{
    QJsonParseError error;
    const qsizetype start = [&body] {
        qsizetype i = 0;
        while (i < body.size() && QChar::isSpace(body.at(i)))
            ++i;
        return i;
    }();
    if (start < body.size() && (body.at(start) == '{' || body.at(start) == '[')) {
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return QJsonValue::Undefined;
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    // Why: a JSON-2 method may return a bare scalar (true, 42, "x"), which QJsonDocument only
    // reads inside a container.
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return QJsonValue::Undefined;
    return wrapped.array().first();
}

} // namespace

void NetworkJob::collectResponse()
{
    m_response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.headers = m_reply->rawHeaderPairs();
    m_response.body = m_reply->readAll();
    m_response.elapsedMs = m_elapsed.elapsed();
    if (m_request.expectJson && !m_response.body.isEmpty()) {
        if (m_request.readJson && m_response.isSuccess()) {
            m_jsonRead = m_request.readJson(m_response.body);
        } else {
            m_response.json = parseJsonValue(m_response.body);
            m_jsonRead = !m_response.json.isUndefined();
        }
    }
    const QByteArray retryAfter = m_response.header(QByteArrayLiteral("Retry-After"));
    if (!retryAfter.isEmpty())
        m_response.retryAfterMs = HttpResponse::parseRetryAfter(retryAfter, m_clock->now());
}

Error NetworkJob::transportError() const
{
    const QString system = m_request.systemName;
    const QString host = m_request.url.host();
    const QString detail = m_reply ? m_reply->errorString() : QString();
    if (m_timedOut) {
        return Error(Error::Category::Timeout,
                     tr("%1 did not answer within %2 seconds. If this was a change, it may or may not have "
                        "been saved.")
                         .arg(system)
                         .arg(m_request.timeoutMs / 1000.0, 0, 'f', 1),
                     tr("no complete response after %1 ms").arg(m_request.timeoutMs))
            .setCode(QStringLiteral("net.timeout"));
    }
    if (m_aborted) {
        return Error(Error::Category::Network, tr("The request to %1 was cancelled.").arg(system), detail)
            .setCode(QStringLiteral("net.cancelled"))
            .setRetryable(false);
    }
    const QNetworkReply::NetworkError code = m_reply ? m_reply->error() : QNetworkReply::UnknownNetworkError;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return Error(Error::Category::Network,
                     tr("Could not connect to %1 at %2: the connection was refused.").arg(system, host),
                     detail)
            .setCode(QStringLiteral("net.connection_refused"));
    case QNetworkReply::HostNotFoundError:
        return Error(Error::Category::Network,
                     tr("The server %1 was not found. Check the address.").arg(host), detail)
            .setCode(QStringLiteral("net.host_not_found"));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return Error(Error::Category::Network,
                     tr("The connection to %1 closed before the answer arrived. If this was a change, it may "
                        "or "
                        "may not have been saved.")
                         .arg(system),
                     detail)
            .setCode(QStringLiteral("net.connection_dropped"));
    case QNetworkReply::TimeoutError:
        return Error(Error::Category::Timeout, tr("The connection to %1 timed out.").arg(system), detail)
            .setCode(QStringLiteral("net.timeout"));
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (!m_tlsErrors.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
            return Error(Error::Category::Network,
                         tr("The secure connection to %1 failed: its certificate is not trusted or does not "
                            "match.")
                             .arg(host),
                         m_tlsErrors.isEmpty() ? detail : m_tlsErrors.join(QStringLiteral("; ")))
                .setCode(QStringLiteral("net.tls"))
                .setRetryable(false);
        }
        break;
    default:
        break;
    }
    return Error(Error::Category::Network, tr("The connection to %1 failed.").arg(system), detail)
        .setCode(QStringLiteral("net.error"));
}

Error NetworkJob::errorForStatus(const HttpResponse &response, const QString &systemName)
{
    QString detail = tr("HTTP %1").arg(response.status);
    if (response.retryAfterMs)
        detail += tr(", Retry-After %1 s").arg(*response.retryAfterMs / 1000.0, 0, 'f', 1);
    if (!response.body.isEmpty())
        detail += tr(", body starts with: %1").arg(HttpResponse::excerpt(response.body));
    const QString code = QStringLiteral("http.%1").arg(response.status);
    const int status = response.status;
    if (status == 401 || status == 403)
        return Error(Error::Category::Auth, tr("%1 refused the credentials or the access.").arg(systemName),
                     detail)
            .setCode(code);
    if (status == 404)
        return Error(Error::Category::NotFound,
                     tr("%1 does not know the requested address or record.").arg(systemName), detail)
            .setCode(code);
    if (status == 408)
        return Error(Error::Category::Timeout, tr("%1 gave up waiting for the request.").arg(systemName),
                     detail)
            .setCode(code);
    if (status == 409)
        return Error(Error::Category::Conflict, tr("%1 reported a conflicting change.").arg(systemName),
                     detail)
            .setCode(code);
    if (status == 429)
        return Error(Error::Category::RateLimited,
                     tr("%1 asks to slow down; the request will be retried later.").arg(systemName), detail)
            .setCode(code);
    if (status >= 500) {
        const bool transient = status == 502 || status == 503 || status == 504;
        return Error(Error::Category::Network,
                     transient
                         ? tr("%1 is temporarily unavailable (HTTP %2).").arg(systemName).arg(status)
                         : tr("%1 failed with an internal error (HTTP %2).").arg(systemName).arg(status),
                     detail)
            .setCode(code)
            .setRetryable(transient);
    }
    return Error(Error::Category::Validation,
                 tr("%1 rejected the request (HTTP %2).").arg(systemName).arg(status), detail)
        .setCode(code);
}

void NetworkJob::finishWithResponse()
{
    m_finished = true;
    log(QtDebugMsg, QStringLiteral("HTTP %1").arg(m_response.status));
    if (m_reply)
        m_reply->deleteLater();
    emit finished();
}

void NetworkJob::finishWithError(Error error)
{
    m_deadline.stop();
    m_finished = true;
    m_failed = true;
    m_error = std::move(error);
    m_error.setCorrelationId(m_correlationId);
    log(QtWarningMsg, m_error.code());
    if (m_reply)
        m_reply->deleteLater();
    emit finished();
}

void NetworkJob::log(QtMsgType type, const QString &outcome) const
{
    const QLoggingCategory &category = m_category();
    if (!category.isEnabled(type))
        return;
    const QString line = QStringLiteral("[%1] %2 %3 %4 -> %5, %6 bytes, %7 ms")
                             .arg(m_correlationId, QString::fromLatin1(m_request.verb), m_request.url.path(),
                                  m_request.operation, outcome)
                             .arg(m_response.body.size())
                             .arg(m_elapsed.isValid() ? m_elapsed.elapsed() : 0);
    if (type == QtWarningMsg)
        qCWarning(m_category).noquote() << line;
    else
        qCDebug(m_category).noquote() << line;
}

} // namespace cw
