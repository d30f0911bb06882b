#pragma once

#include "cache/auditlog.h"
#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <memory>

namespace cw {

/// The pusher's side of the failed_push contract shared with the Failed pushes page: at most one
/// open failed_push row per outbox row.
///
/// record() opens it (or, when one is open, bumps occurrences, attempts and last_seen and takes
/// the latest category and messages); resolveByRetry() closes it when a later attempt went
/// through, as resolved by "crosswalk", with an audit_log row. The fingerprint groups
/// occurrences of the same error: category plus Odoo's message with numbers, quoted values and
/// spacing normalised; for a cause found in the cache (no message from Odoo) its sync.* code.
/// Thread affinity: writes through the caller's connection (its transaction).
class PushFailureLog
{
    Q_DECLARE_TR_FUNCTIONS(cw::PushFailureLog)

public:
    static inline const QString kActor = QStringLiteral("crosswalk");

    explicit PushFailureLog(std::shared_ptr<Clock> clock = Clock::system());

    /// @p message is for a finance user (tr() words); @p remoteMessage is Odoo's text verbatim;
    /// @p source names the records the push was made of; @p code is the Error code of a cause
    /// found in the cache ("sync.customer_not_mapped"), which is then the fingerprint.
    Result<void> record(QSqlDatabase &db, qint64 outboxId, qint64 systemId, const QString &category,
                        const QString &message, const QString &remoteMessage, const QJsonObject &source,
                        int attempts, const QString &code = {}) const;
    Result<void> resolveByRetry(QSqlDatabase &db, qint64 outboxId) const;

    /// Odoo's own words in @p error, for the remote message: an import error carries them as its
    /// message, other errors in their detail.
    static QString remoteMessage(const Error &error);
    static QString fingerprint(const QString &category, const QString &remoteMessage,
                               const QString &code = {});

private:
    std::shared_ptr<Clock> m_clock;
    AuditLog m_audit;
};

} // namespace cw
