#pragma once

#include "domain/error.h"
#include "odoocalloptions.h"
#include "odooinvocation.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <optional>

namespace cw {

class NetworkJob;

/// The pending result of one OdooClient call, like QNetworkReply: finished() is emitted exactly
/// once, always asynchronously (never before the call that created the reply returns).
///
/// After finished(): ok() tells success; result() is the raw value Odoo returned (null when the
/// method returned None) and the typed views below read it; error() is the mapped cw::Error (its
/// correlation id is the reply's) and retryAfterMs() the server's Retry-After for 429/503.
/// Ownership: parented to the client; delete it (deleteLater() from the finished() slot is fine)
/// once done, or leave it to the client's destruction. Deleting an unfinished reply aborts it.
/// Thread affinity: the client's.
class OdooReply : public QObject
{
    Q_OBJECT

public:
    ~OdooReply() override;

    QString correlationId() const { return m_correlationId; }
    /// "res.partner.search_read", or "connect".
    QString operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    /// Finished without error.
    bool ok() const { return m_finished && !m_failed; }
    const Error &error() const { return m_error; }
    std::optional<qint64> retryAfterMs() const { return m_retryAfterMs; }
    /// HTTP requests this call needed (2 when it re-authenticated and replayed).
    int attempts() const { return m_attempts; }

    QJsonValue result() const { return m_result; }
    /// The result as ids: a list of ids (search, create with a list, load) or one id.
    QList<qint64> ids() const;
    /// The result as one id (create with one dict); 0 when it is not a number.
    qint64 id() const;
    /// The result as a list of records or pairs (search_read, read, name_search, read_group).
    QJsonArray records() const { return m_result.toArray(); }
    /// The result as a number (search_count).
    qint64 count() const { return static_cast<qint64>(m_result.toDouble()); }

    /// Cancels the call; finished() follows with error code "net.cancelled". A write already
    /// sent may still be applied by the server.
    void abort();

signals:
    void finished();

private:
    friend class OdooClient;

    OdooReply(QString operation, QString correlationId, QObject *parent);
    void finishWithResult(const QJsonValue &result);
    void finishWithError(Error error, std::optional<qint64> retryAfterMs = std::nullopt);
    void emitLater();

    QString m_operation;
    QString m_correlationId;
    OdooInvocation m_invocation;
    OdooCallOptions m_options;
    QPointer<NetworkJob> m_job;
    QJsonValue m_result;
    Error m_error;
    std::optional<qint64> m_retryAfterMs;
    int m_attempts = 0;
    bool m_replayed = false;
    bool m_finished = false;
    bool m_failed = false;
    bool m_isConnect = false;
};

} // namespace cw
