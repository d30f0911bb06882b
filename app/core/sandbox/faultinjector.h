#pragma once

#include "faultspec.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <random>

namespace cw {

/// Decides, call by call, which fault a simulator injects: first any fault forced by a test
/// (force()), otherwise one drawn from the FaultSpec probabilities with a seeded generator, so a
/// given seed and call sequence always produce the same faults.
///
/// Reusable by every simulator (Odoo, CRM, staffing).
/// Thread-safe: a test may force faults from its own thread while the simulator runs in another.
class FaultInjector
{
public:
    enum class Fault {
        None,
        ServerError, ///< HTTP 502, 503 or 504
        RateLimited, ///< HTTP 429 with Retry-After
        Timeout, ///< no answer; the connection stays open until the client gives up
        Malformed, ///< status 200 with a truncated, non-JSON body
        DropAfterCommit, ///< the call runs and commits, then the connection closes unanswered
        SerializationFailure, ///< the call fails with a retryable database serialization error
    };

    explicit FaultInjector(FaultSpec spec = {}, quint64 seed = 0);

    FaultSpec spec() const;
    void setSpec(const FaultSpec &spec);
    /// Restarts the random sequence.
    void reseed(quint64 seed);

    /// The next @p count calls whose method name equals @p method (any call when empty) get
    /// @p fault, before any random fault. Forced faults queue up in the order given.
    void force(Fault fault, int count = 1, const QString &method = {});
    /// Drops every forced fault not yet used.
    void clearForced();

    /// The fault for the next API call to @p method; consumes one forced fault or, when
    /// @p random is true, one draw. Calls that must not fail at random (a login, a version probe)
    /// pass false: only a fault forced for exactly that method name applies to them.
    Fault next(const QString &method, bool random = true);
    /// A status among 502, 503 and 504, drawn from the same generator.
    int serverErrorStatus();

    /// Stable lowercase name ("drop_after_commit"); "none" for Fault::None.
    static QString name(Fault fault);

private:
    struct Forced
    {
        Fault fault;
        int remaining;
        QString method;
    };

    double uniform();

    mutable QMutex m_mutex;
    FaultSpec m_spec;
    std::mt19937_64 m_generator;
    QList<Forced> m_forced;
};

} // namespace cw
