#pragma once

#include "domain/result.h"
#include "failedpush.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cw {

class Database;

/// Reads failed pushes from the cache: single rows with their outbox state, filtered lists, and
/// groups of equal errors (same category and fingerprint).
///
/// Reads only; FailedPushActions changes them. Every value in a query is bound, never spliced.
/// Thread affinity: any thread; each call uses the calling thread's cache connection (or the
/// connection it is given, to read inside a caller's transaction). The Database must outlive it.
class FailedPushStore
{
    Q_DECLARE_TR_FUNCTIONS(cw::FailedPushStore)

public:
    explicit FailedPushStore(const Database &database);

    /// The failed push @p id; a NotFound error when there is none.
    Result<FailedPush> find(qint64 id) const;
    /// Failed pushes matching @p filter, most recently seen first.
    Result<QList<FailedPush>> list(const FailedPushFilter &filter) const;
    /// Ids of the failed pushes matching @p filter, read through @p db.
    Result<QList<qint64>> ids(QSqlDatabase &db, const FailedPushFilter &filter) const;
    /// Groups of the failed pushes matching @p filter by category and fingerprint, largest first.
    Result<QList<FailedPushGroup>> groups(const FailedPushFilter &filter) const;

    /// Canonical customers with a customer record in Odoo whose name (canonical or in Odoo)
    /// contains @p text (all when empty), by name, at most @p limit.
    Result<QList<CustomerLinkTarget>> linkTargets(const QString &text, int limit) const;

    /// Reads one failed push through @p db (inside a caller's transaction).
    static Result<FailedPush> find(QSqlDatabase &db, qint64 id);

private:
    const Database &m_database;
};

} // namespace cw
