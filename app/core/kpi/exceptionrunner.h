#pragma once

#include "domain/result.h"
#include "exceptionruleset.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace cw {

class Database;

/// Evaluates revenue exception rules and reconciles the revenue_exception table with what they
/// find, keyed by (rule, subject_entity, subject_id):
/// - a new case is inserted as open, detected now;
/// - a known case keeps its state, owner and reason; its amount, customer and detail are
///   refreshed unless a person resolved it;
/// - a case whose condition no longer holds is resolved with the reason conditionClearedReason(),
///   unless it is already resolved;
/// - a case that was resolved that way and holds again is reopened (its owner kept): the program
///   closed it, so the program opens it again. A case a person resolved stays resolved.
/// Automatic state changes are written to the audit log with actor automaticActor().
///
/// Rules only read; all writes happen in one transaction after the evaluation, so a failed run
/// changes nothing. Rules not passed to run() are not touched.
/// Thread affinity: call on one thread at a time; it uses that thread's cache connection.
class ExceptionRunner
{
    Q_DECLARE_TR_FUNCTIONS(cw::ExceptionRunner)

public:
    struct Summary
    {
        qint64 found = 0;
        qint64 opened = 0;
        qint64 updated = 0;
        qint64 autoResolved = 0;
        qint64 autoReopened = 0;
    };

    ExceptionRunner(const Database &database, std::shared_ptr<Clock> clock = Clock::system());

    Result<Summary> run(const RuleContext &context,
                        const std::vector<const ExceptionRule *> &rules = ExceptionRuleSet::all()) const;

    /// Reason stored on cases resolved because their condition cleared.
    static QString conditionClearedReason() { return QStringLiteral("condition cleared"); }
    /// Actor of the runner's audit entries.
    static QString automaticActor() { return QStringLiteral("crosswalk"); }

private:
    const Database &m_database;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
