#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace cw {

/// What a connector asks NetworkJob to send. A plain value.
///
/// Never put secrets in @ref operation: it is logged. Secrets belong in @ref headers or @ref body,
/// which are never logged.
struct NetworkRequest
{
    /// HTTP verb.
    QByteArray verb = QByteArrayLiteral("POST");
    /// https for any host; http only for loopback hosts (see NetworkJob::isAllowedUrl()).
    QUrl url;
    /// Extra headers (Content-Type, Authorization, ...).
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Deadline for the whole exchange (connect, send, wait, receive), in milliseconds.
    int timeoutMs = 30000;
    /// Parse a 2xx body as JSON and fail with a "not JSON" error quoting its start when it is not.
    /// Error statuses are parsed when possible and never fail for not being JSON.
    bool expectJson = true;
    /// Reads a 2xx body in place of the QJsonDocument parse (HttpResponse::json stays undefined):
    /// for large pages a connector reads with its own parser. Returns false when the body is not
    /// the JSON expected, which fails the attempt with the same "not JSON" error. Runs on the
    /// job's thread once per attempt; a retried request calls it again for the new body.
    std::function<bool(const QByteArray &body)> readJson;
    /// The request may safely be sent twice (a read). When false (the default, for writes), a
    /// connection that closes after the request went out fails with net.connection_dropped
    /// instead of being silently re-sent by Qt's HTTP stack (see OneShotUploadDevice).
    bool idempotent = false;
    /// Name of the system for user messages ("Odoo", "HubSpot").
    QString systemName;
    /// Short description for the log ("object.execute_kw res.partner.search_read"); no data.
    QString operation;
};

} // namespace cw
