#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace cw {

/// One HTTP response as a connector sees it: status, headers, body and, when the request asked for
/// JSON and the body parsed, the parsed value.
///
/// A plain value; safe to copy between threads.
struct HttpResponse
{
    /// HTTP status code (200, 429, ...).
    int status = 0;
    /// Response headers in arrival order; names as the server sent them.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// The parsed body when NetworkRequest::expectJson was set and the body is JSON (a bare
    /// scalar such as `true` or `42` is accepted). Undefined otherwise.
    QJsonValue json = QJsonValue::Undefined;
    /// Delay the server asked for through Retry-After (seconds or HTTP date), in milliseconds;
    /// empty when the header is absent or unreadable. Computed when the response arrived.
    std::optional<qint64> retryAfterMs;
    /// Wall time from the moment the request was sent to the last byte, in milliseconds.
    qint64 elapsedMs = 0;

    /// Value of the first header called @p name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }

    /// Parses a Retry-After value: delta-seconds ("120") or an HTTP date (IMF-fixdate, RFC 850 or
    /// asctime), relative to @p now. A date in the past gives 0. Empty for anything else.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    /// The first @p maxBytes bytes of @p body as printable text for error details: control
    /// characters become spaces, invalid UTF-8 is replaced, "…" marks a cut.
    static QString excerpt(const QByteArray &body, int maxBytes = 200);
};

} // namespace cw
