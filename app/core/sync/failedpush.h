#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

/// One row of `failed_push`: a write to Odoo that did not go through, as the pusher recorded it.
///
/// The pusher keeps ONE open row per outbox row: it raises occurrences and attempts when the same
/// write fails again, and resolves the row itself (resolvedBy "crosswalk") when a later retry
/// succeeds. A person resolves it with a reason when the write is not wanted any more.
/// A plain value; thread affinity: none.
struct FailedPush
{
    qint64 id = 0;
    /// The outbox row of the write; 0 when the outbox row is gone.
    qint64 outboxId = 0;
    qint64 systemId = 0;
    QString systemName;
    /// Error category name (Error::categoryName()): mapping, validation, auth, network, ...
    QString category;
    /// What happened and what to do, in a finance user's words.
    QString message;
    /// Odoo's own error text, verbatim.
    QString remoteMessage;
    /// The source records the write was made of: placement, customer, period, lines, amount.
    QJsonObject source;
    /// Groups equal errors ("odoo.lock_date", "http.502").
    QString fingerprint;
    int attempts = 0;
    int occurrences = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    /// "open" or "resolved".
    QString state;
    QString resolution;
    QString resolvedBy;
    QDateTime resolvedAt;
    /// State of the outbox row (pending, in_flight, done, failed, dead); empty without one.
    QString outboxState;

    bool isOpen() const { return state == QLatin1String("open"); }
    /// True when the pusher resolved it because a later attempt succeeded.
    bool isResolvedByRetry() const { return !isOpen() && resolvedBy == QLatin1String("crosswalk"); }
};

/// Which failed pushes an action or a list applies to. Empty fields match everything.
struct FailedPushFilter
{
    enum class State { Open, Resolved, Any };

    State state = State::Open;
    /// Error category name, for example "mapping".
    QString category;
    QString fingerprint;
    /// Every whitespace-separated word must occur in the message, Odoo's message, the source
    /// records, the category or the system's name (case-insensitive).
    QString text;
};

/// Failed pushes with the same category and fingerprint: one cause, possibly many writes.
struct FailedPushGroup
{
    QString category;
    QString fingerprint;
    /// Failed pushes in the group.
    int count = 0;
    /// Sum of their occurrences and attempts.
    int occurrences = 0;
    int attempts = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    /// The business message of the most recent one, as an example.
    QString example;
};

/// A canonical customer that has a customer record in Odoo: what an unmapped customer can be
/// linked to so that its invoices have a partner to bill.
struct CustomerLinkTarget
{
    qint64 canonicalId = 0;
    QString name;
    /// The Odoo record's id in Odoo (res.partner id) and its name there.
    QString odooExternalId;
    QString odooName;
};

} // namespace cw
