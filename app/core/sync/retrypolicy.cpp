#include "retrypolicy.h"

#include <algorithm>

namespace cw {

RetryPolicy::RetryPolicy(const PushOptions &options, quint32 seed)
    : m_baseMs(std::max<qint64>(1, options.retryBaseMs))
    , m_maxMs(std::max(options.retryBaseMs, options.retryMaxMs))
    , m_random(seed)
{ }

qint64 RetryPolicy::delayMs(int attempts, std::optional<qint64> retryAfterMs)
{
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const qint64 backoff = std::min(m_maxMs, m_baseMs << doublings);
    const double jitter = 0.75 + 0.5 * m_random.generateDouble();
    const auto delay = static_cast<qint64>(static_cast<double>(backoff) * jitter);
    return std::max(delay, retryAfterMs.value_or(0));
}

} // namespace cw
