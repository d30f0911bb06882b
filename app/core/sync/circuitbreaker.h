#pragma once

#include "util/clock.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace cw {

/// Circuit breaker of one remote system: after @p threshold consecutive failures of the system
/// itself (network, timeouts, 5xx) it opens and refuses calls for @p openMs; then it lets one
/// call probe (half open): success closes it, failure opens it again. Validation errors of a
/// record say nothing about the system and are not counted.
/// Thread affinity: the thread that uses it.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker(int threshold, qint64 openMs, std::shared_ptr<Clock> clock = Clock::system());

    /// True when a call may go out now; moves Open to HalfOpen when the wait is over, and then
    /// lets only one probe through until it reports.
    bool allow();
    /// Gives back a probe allow()ed but not used (nothing was left to send).
    void releaseProbe() { m_probing = false; }
    void recordSuccess();
    void recordFailure();
    State state() const { return m_state; }
    /// When an open circuit lets the next probe through.
    QDateTime reopensAt() const { return m_reopensAt; }
    static QString stateName(State state);

private:
    int m_threshold;
    qint64 m_openMs;
    std::shared_ptr<Clock> m_clock;
    State m_state = State::Closed;
    int m_failures = 0;
    bool m_probing = false;
    QDateTime m_reopensAt;
};

} // namespace cw
