#pragma once

#include "domain/result.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cw {

/// Appends rows to the cache's append-only `audit_log` table: who did what to which subject,
/// with the subject's state before and after as compact JSON.
///
/// Callers pass states without secrets (the cache must never hold one). append() writes through
/// the connection it is given, so a repository calls it inside the transaction of the change it
/// records and both land or neither does.
/// Thread affinity: none of its own; use the calling thread's connection. The clock must be
/// callable from any thread (see Clock).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(cw::AuditLog)

public:
    explicit AuditLog(std::shared_ptr<Clock> clock = Clock::system());

    /// Writes one row stamped with the clock's now(). An empty @p before or @p after (nothing
    /// existed before an add, nothing after a removal) is stored as an empty string.
    Result<void> append(QSqlDatabase &db, const QString &actor, const QString &action,
                        const QString &subjectType, const QString &subjectId, const QJsonObject &before,
                        const QJsonObject &after) const;

    /// The operating-system user running Crosswalk, the actor of interactive changes.
    static QString currentActor();

private:
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
