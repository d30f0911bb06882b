#pragma once

#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace cw {

class Database;

/// The decisions people make on the crosswalk: accept or reject match candidates, link records
/// by hand, split a record out of its customer, merge customers, mark a record "not a customer"
/// (customer.status = 'not_customer'), queue a customer's creation in Odoo; each over one item or
/// a selection, plus undo and redo.
///
/// Every decision runs in one transaction and appends one audit_log row (action "mapping.<verb>",
/// the acting person, the time, and the state of every subject before and after it as
/// MappingSnapshot JSON). Undo writes the "before" state back and appends a "mapping.undo" row
/// whose subject is the decision's audit id; redo writes the "after" state back ("mapping.redo").
/// The undo and redo stacks are derived from these append-only rows, so they survive a restart
/// and need no table of their own; a matching run ("mapping.run") or a new decision clears the
/// redo stack, and a run also ends the undo history (its links were not made by a person). Undo
/// and redo refuse with a Conflict error, changing nothing, when the subjects were changed since
/// (by a sync, a run or another person).
///
/// Records are customer.id values, customers canonical_customer.id values, candidates
/// match_candidate.id values. Each decision returns the audit id of its row.
/// Thread affinity: none of its own; every call uses the calling thread's cache connection and is
/// short (milliseconds for a selection of hundreds), so the GUI thread may call it.
class MappingService
{
    Q_DECLARE_TR_FUNCTIONS(cw::MappingService)

public:
    /// What the undo and redo actions would do, for menu texts.
    struct History
    {
        qint64 undoId = 0; ///< audit id of the decision undo() reverts; 0 when none
        QString undoText;
        qint64 redoId = 0; ///< audit id of the decision redo() applies again; 0 when none
        QString redoText;
    };

    /// Counts of open candidates per band after reband().
    struct Bands
    {
        qint64 autoBand = 0;
        qint64 review = 0;
        qint64 none = 0;
    };

    MappingService(const Database &database, QString actor, std::shared_ptr<Clock> clock = Clock::system());

    /// Accepts open candidates: their two records end up in one customer (created, joined or the
    /// two customers merged), linked with method "review".
    Result<qint64> accept(const QList<qint64> &candidateIds);
    /// Rejects open candidates; links stay as they are.
    Result<qint64> reject(const QList<qint64> &candidateIds);
    /// Links @p customerIds to canonical customer @p canonicalId (method "manual").
    Result<qint64> linkToCustomer(const QList<qint64> &customerIds, qint64 canonicalId);
    /// Puts @p customerIds into one customer: the customer of the first linked one (merging the
    /// customers of the others into it), or a new one named after the first record.
    Result<qint64> linkTogether(const QList<qint64> &customerIds);
    /// Moves each record of @p customerIds out of its customer into a new customer of its own.
    Result<qint64> split(const QList<qint64> &customerIds);
    /// Merges @p canonicalIds into the first of them: links move, the others are removed.
    Result<qint64> merge(const QList<qint64> &canonicalIds);
    /// Marks records as not a customer (customer.status 'not_customer'), or back to 'active'.
    Result<qint64> markNotCustomer(const QList<qint64> &customerIds, bool notCustomer = true);
    /// Queues the creation of a partner in Odoo for record @p customerId: links the record to a
    /// customer (a new one when it has none) and enqueues an outbox row, operation
    /// "create_partner", key "odoo:partner:<canonical id>", for the sync engine to push.
    /// Fails with a Config error when no Odoo system is configured, Duplicate when queued already.
    Result<qint64> createInOdoo(qint64 customerId);

    /// Sets the band of every open candidate from its stored score: no re-scoring, one UPDATE.
    Result<Bands> reband(double autoThreshold, double reviewThreshold);
    /// What reband() would count, without changing anything.
    Result<Bands> bands(double autoThreshold, double reviewThreshold) const;

    Result<History> history() const;
    /// Reverts the latest decision not undone yet.
    Result<qint64> undo();
    /// Applies again the decision undone last, unless a decision was made since.
    Result<qint64> redo();

    /// Title of a "mapping.<verb>" action for people ("Accept 3 candidates").
    static QString actionTitle(const QString &action, int count);

private:
    class Recorder;
    using Change = std::function<Result<void>(QSqlDatabase &db, Recorder &recorder)>;
    Result<qint64> decide(const QString &verb, const QString &subjectType, const QStringList &subjectIds,
                          const Change &change);
    Result<qint64> replay(bool undo);

    const Database &m_database;
    QString m_actor;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
