#pragma once

#include <QElapsedTimer>
#include <QList>

namespace cw {

/// Client-side request budget: at most maxRequests() requests start in any window of
/// windowMs() milliseconds (a sliding window, as HubSpot's TEN_SECONDLY_ROLLING and Bullhorn's
/// per-minute limits are). A connector keeps one per limit and asks reserve() before each
/// request; the answer is how long to wait, and the slot is taken at that moment.
///
/// Uses the monotonic clock (never the wall clock, which may jump). A plain object; not
/// thread-safe: use from the connector's thread.
class RateLimiter
{
public:
    /// @p maxRequests below 1 disables the limit.
    RateLimiter(int maxRequests, int windowMs);

    int maxRequests() const { return m_maxRequests; }
    int windowMs() const { return m_windowMs; }
    void setLimit(int maxRequests, int windowMs);

    /// Takes the next free slot and returns the milliseconds until it begins (0 = now).
    qint64 reserve();

private:
    int m_maxRequests;
    int m_windowMs;
    QElapsedTimer m_clock;
    /// Start times (ms since m_clock started) of the requests of the last window, ascending.
    QList<qint64> m_starts;
};

} // namespace cw
