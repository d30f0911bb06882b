#include "ratelimiter.h"

#include <algorithm>

namespace cw {

RateLimiter::RateLimiter(int maxRequests, int windowMs)
    : m_maxRequests(maxRequests)
    , m_windowMs(std::max(1, windowMs))
{
    m_clock.start();
}

void RateLimiter::setLimit(int maxRequests, int windowMs)
{
    m_maxRequests = maxRequests;
    m_windowMs = std::max(1, windowMs);
}

qint64 RateLimiter::reserve()
{
    if (m_maxRequests < 1)
        return 0;
    const qint64 now = m_clock.elapsed();
    while (!m_starts.isEmpty() && m_starts.first() <= now - m_windowMs)
        m_starts.removeFirst();
    qint64 start = now;
    if (m_starts.size() >= m_maxRequests) {
        // The slot frees when the request maxRequests places back leaves the window.
        start = std::max(now, m_starts.at(m_starts.size() - m_maxRequests) + m_windowMs);
    }
    m_starts.append(start);
    // Slots are appended in ascending order; only the last maxRequests decide the next one.
    while (m_starts.size() > m_maxRequests)
        m_starts.removeFirst();
    return start - now;
}

} // namespace cw
