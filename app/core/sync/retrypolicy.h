#pragma once

#include "pushoptions.h"

#include <QRandomGenerator>

#include <optional>

namespace cw {

/// When a failed push is tried again: exponential backoff from PushOptions::retryBaseMs, capped
/// at retryMaxMs, with +-25 % jitter so that rows failed together do not return together; a
/// server's Retry-After wins when it asks for longer.
/// Thread affinity: none; not shared between threads (owns its random generator).
class RetryPolicy
{
public:
    explicit RetryPolicy(const PushOptions &options, quint32 seed = QRandomGenerator::system()->generate());

    /// Delay before attempt @p attempts + 1, after @p attempts failed ones (>= 1).
    qint64 delayMs(int attempts, std::optional<qint64> retryAfterMs = std::nullopt);

private:
    qint64 m_baseMs;
    qint64 m_maxMs;
    QRandomGenerator m_random;
};

} // namespace cw
