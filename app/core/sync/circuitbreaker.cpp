#include "circuitbreaker.h"

#include <algorithm>

namespace cw {

CircuitBreaker::CircuitBreaker(int threshold, qint64 openMs, std::shared_ptr<Clock> clock)
    : m_threshold(std::max(1, threshold))
    , m_openMs(std::max<qint64>(0, openMs))
    , m_clock(std::move(clock))
{ }

bool CircuitBreaker::allow()
{
    if (m_state == State::Open && m_clock->now() >= m_reopensAt) {
        m_probing = false;
        setState(State::HalfOpen);
    }
    if (m_state == State::Closed)
        return true;
    if (m_state == State::HalfOpen && !m_probing) {
        m_probing = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_probing = false;
    setState(State::Closed);
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    if (m_state == State::HalfOpen || m_failures >= m_threshold) {
        m_probing = false;
        const bool wasOpen = m_state == State::Open;
        m_reopensAt = m_clock->now().addMSecs(m_openMs);
        setState(State::Open);
        // Open again after a failed probe is a change worth saving even though the state reads the same.
        if (wasOpen && m_onChange)
            m_onChange();
    }
}

void CircuitBreaker::restore(State state, const QDateTime &reopensAt, int failures)
{
    m_state = state;
    m_reopensAt = reopensAt;
    m_failures = std::max(0, failures);
    m_probing = false;
}

void CircuitBreaker::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (m_onChange)
        m_onChange();
}

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        break;
    }
    return QStringLiteral("half_open");
}

CircuitBreaker::State CircuitBreaker::stateFromName(const QString &name)
{
    if (name == QLatin1String("open"))
        return State::Open;
    if (name == QLatin1String("half_open"))
        return State::HalfOpen;
    return State::Closed;
}

} // namespace cw
