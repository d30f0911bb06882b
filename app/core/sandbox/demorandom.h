#pragma once

#include <QtGlobal>

#include <iterator>
#include <span>

namespace cw {

/// Deterministic pseudo-random numbers for the demo data: xoshiro256** seeded through SplitMix64,
/// with its own integer distributions, so one seed gives the same numbers with every compiler and
/// standard library (the std:: distributions differ between implementations).
///
/// A value type; not thread-safe, give each thread or each independent stream its own instance
/// (see derived()).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    /// An independent stream for sub-generator @p stream of @p seed, so one part of the data (a
    /// placement's timesheet) can be regenerated without replaying everything before it.
    static DemoRandom derived(quint64 seed, quint64 stream);

    /// SplitMix64 finaliser: a well-mixed 64-bit hash of @p value.
    static quint64 mix(quint64 value);

    /// Next raw 64-bit value.
    quint64 next();
    /// Uniform integer in [0, @p bound); 0 when @p bound is 0.
    quint32 below(quint32 bound);
    /// Uniform integer in [@p low, @p high], both inclusive; precondition low <= high.
    int between(int low, int high);
    /// True with probability @p perMille / 1000.
    bool chance(int perMille);
    /// Index drawn with probability proportional to @p weights (non-negative, not all zero).
    int weighted(std::span<const int> weights);

    /// A uniformly chosen element of @p items (an array, vector, list or span); precondition: not empty.
    template<typename Container> const auto &pick(const Container &items)
    {
        return items[below(static_cast<quint32>(std::size(items)))];
    }

private:
    quint64 m_state[4];
};

} // namespace cw
