#pragma once

#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace cw {

class Database;

/// What a person does with a revenue exception: acknowledge it with a reason, assign it to an
/// owner, resolve it with a reason, reopen it. Each change and its audit_log row (actor, action,
/// state/owner/reason before and after) are written in one transaction.
///
/// States: open -> acknowledged -> resolved, and back to open with reopen(); the owner survives
/// every transition. Errors: NotFound for an unknown id, Validation for an empty reason,
/// Conflict for a transition the current state does not allow (resolving a resolved case,
/// reopening an open one, changing a resolved case other than by reopening it).
/// Thread affinity: call on one thread at a time; it uses that thread's cache connection.
class ExceptionLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(cw::ExceptionLifecycle)

public:
    /// A case's workflow fields as stored.
    struct State
    {
        QString state;
        QString owner;
        QString reason;
    };

    ExceptionLifecycle(const Database &database, std::shared_ptr<Clock> clock = Clock::system());

    /// open or acknowledged -> acknowledged, with @p reason (required).
    Result<void> acknowledge(qint64 id, const QString &reason, const QString &actor) const;
    /// Sets the owner of an open or acknowledged case; an empty @p owner unassigns it.
    Result<void> assign(qint64 id, const QString &owner, const QString &actor) const;
    /// open or acknowledged -> resolved, with @p reason (required).
    Result<void> resolve(qint64 id, const QString &reason, const QString &actor) const;
    /// acknowledged or resolved -> open; clears the reason, keeps the owner.
    Result<void> reopen(qint64 id, const QString &actor) const;

    /// The stored fields of case @p id.
    Result<State> state(qint64 id) const;

private:
    Result<void> change(qint64 id, const QString &action, const QString &actor,
                        const std::function<Result<State>(const State &)> &transition) const;

    const Database &m_database;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
