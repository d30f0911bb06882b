#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace cw {

/// The crosswalk state of a set of subjects, as JSON: what a mapping decision writes to the audit
/// log as "before" and "after", and what undo and redo put back.
///
/// Subjects are customer records (their link and their status), canonical customers (their row,
/// or that none exists), match candidates (status, band, who decided) and outbox rows by
/// idempotency key (the row, or that none exists). capture() reads them, restore() writes a
/// captured state back exactly (same link ids), so undo leaves no trace but the audit rows.
///
/// JSON form: {"customers": [{"id", "status", "link": {...} | null}], "canonicals": [{"id", "name",
/// "created_at", "updated_at"} | {"id", "absent": true}], "candidates": [{"id", "status", "band",
/// "decided_by", "decided_at"}], "outbox": [{"key", "row": {...} | null}]}, each list sorted by id
/// or key, so two captures of the same state compare equal.
/// Thread affinity: none; works on the connection it is given (call inside a transaction).
class MappingSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(cw::MappingSnapshot)

public:
    QSet<qint64> customers; ///< customer.id
    QSet<qint64> canonicals; ///< canonical_customer.id
    QSet<qint64> candidates; ///< match_candidate.id
    QSet<QString> outboxKeys; ///< outbox.idempotency_key

    /// Adds the subjects named in @p state (a capture() result).
    void addSubjectsOf(const QJsonObject &state);

    /// Reads the current state of the subjects.
    Result<QJsonObject> capture(QSqlDatabase &db) const;

    /// Writes @p state back: canonical customers first, then links, statuses, candidates and
    /// outbox rows, then removes canonical customers the state says did not exist. Fails with a
    /// Conflict error when such a customer still has links of records outside the state.
    static Result<void> restore(QSqlDatabase &db, const QJsonObject &state);
};

} // namespace cw
