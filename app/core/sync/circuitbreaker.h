#pragma once

#include "util/clock.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace cw {

/// Circuit breaker of one remote system: after @p threshold consecutive failures of the system
/// itself (network, timeouts, 5xx) it opens and refuses calls for @p openMs; then it lets one
/// call probe (half open): success closes it, failure opens it again. Validation errors of a
/// record say nothing about the system and are not counted.
/// The state can be kept between runs (CircuitStore): restore() it before the first call, and
/// setOnChange() to hear every change of state() to save it.
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
    /// Takes over a state saved earlier; an Open one whose wait is over becomes HalfOpen on the
    /// next allow().
    void restore(State state, const QDateTime &reopensAt, int failures);
    /// Called after each change of state(), on the breaker's thread.
    void setOnChange(std::function<void()> onChange) { m_onChange = std::move(onChange); }
    State state() const { return m_state; }
    /// Consecutive failures counted so far.
    int failures() const { return m_failures; }
    /// When an open circuit lets the next probe through.
    QDateTime reopensAt() const { return m_reopensAt; }
    static QString stateName(State state);
    /// Parses stateName(); Closed for anything else.
    static State stateFromName(const QString &name);

private:
    void setState(State state);

    int m_threshold;
    qint64 m_openMs;
    std::shared_ptr<Clock> m_clock;
    State m_state = State::Closed;
    int m_failures = 0;
    bool m_probing = false;
    QDateTime m_reopensAt;
    std::function<void()> m_onChange;
};

} // namespace cw
