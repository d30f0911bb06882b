#include "demorandom.h"

namespace cw {

namespace {

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    // SplitMix64 expands the seed so that seeds 0, 1, 2 ... still give unrelated states.
    quint64 s = seed;
    for (quint64 &word : m_state) {
        s += 0x9e3779b97f4a7c15ULL;
        word = mix(s);
    }
}

DemoRandom DemoRandom::derived(quint64 seed, quint64 stream)
{
    return DemoRandom(mix(seed) ^ mix(stream + 0x632be59bd9b4e019ULL));
}

quint64 DemoRandom::mix(quint64 value)
{
    quint64 z = value;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint32 DemoRandom::below(quint32 bound)
{
    if (bound == 0)
        return 0;
    // Lemire's multiply-and-reject: unbiased, and defined only by integer arithmetic.
    quint64 product = (next() >> 32) * bound;
    auto low = static_cast<quint32>(product);
    if (low < bound) {
        const quint32 threshold = (0u - bound) % bound;
        while (low < threshold) {
            product = (next() >> 32) * bound;
            low = static_cast<quint32>(product);
        }
    }
    return static_cast<quint32>(product >> 32);
}

int DemoRandom::between(int low, int high)
{
    return low + static_cast<int>(below(static_cast<quint32>(high - low) + 1));
}

bool DemoRandom::chance(int perMille)
{
    return static_cast<int>(below(1000)) < perMille;
}

int DemoRandom::weighted(std::span<const int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int draw = static_cast<int>(below(static_cast<quint32>(total)));
    for (int i = 0; i < static_cast<int>(weights.size()); ++i) {
        draw -= weights[i];
        if (draw < 0)
            return i;
    }
    return static_cast<int>(weights.size()) - 1;
}

} // namespace cw
