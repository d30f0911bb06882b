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
        m_state = State::HalfOpen;
        m_probing = false;
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
    m_state = State::Closed;
    m_failures = 0;
    m_probing = false;
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    if (m_state == State::HalfOpen || m_failures >= m_threshold) {
        m_state = State::Open;
        m_probing = false;
        m_reopensAt = m_clock->now().addMSecs(m_openMs);
    }
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

} // namespace cw
