#include "clusterer.h"

#include "featurehash.h"
#include "flathashmap.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace cw {

namespace {

quint64 edgeKey(quint32 a, quint32 b)
{
    return FeatureHash::combine(0xC1, std::min(a, b), std::max(a, b));
}

class Forest
{
public:
    explicit Forest(qsizetype n)
        : m_parent(size_t(n))
        , m_members(size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0u);
        for (quint32 i = 0; i < quint32(n); ++i)
            m_members[i] = { i };
    }

    quint32 find(quint32 x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }

    const std::vector<quint32> &members(quint32 root) const { return m_members[root]; }

    void merge(quint32 a, quint32 b)
    {
        if (m_members[a].size() < m_members[b].size())
            std::swap(a, b);
        m_parent[b] = a;
        m_members[a].insert(m_members[a].end(), m_members[b].begin(), m_members[b].end());
        m_members[b].clear();
        m_members[b].shrink_to_fit();
    }

private:
    std::vector<quint32> m_parent;
    std::vector<std::vector<quint32>> m_members;
};

bool sharesGroup(const std::vector<quint32> &a, const std::vector<quint32> &b,
                 std::span<const quint16> groups)
{
    for (const quint32 x : a) {
        for (const quint32 y : b) {
            if (groups[x] == groups[y])
                return true;
        }
    }
    return false;
}

} // namespace

std::vector<quint32> Clusterer::cluster(qsizetype nodeCount, std::span<const Edge> edges,
                                        std::span<const quint16> groups, const Options &options)
{
    std::vector<Edge> strong;
    for (const Edge &e : edges) {
        if (e.probability >= float(options.threshold) && e.a != e.b && e.a < nodeCount && e.b < nodeCount)
            strong.push_back(e);
    }
    std::sort(strong.begin(), strong.end(), [](const Edge &x, const Edge &y) {
        if (x.probability != y.probability)
            return x.probability > y.probability;
        if (x.weight != y.weight)
            return x.weight > y.weight;
        if (std::min(x.a, x.b) != std::min(y.a, y.b))
            return std::min(x.a, x.b) < std::min(y.a, y.b);
        return std::max(x.a, x.b) < std::max(y.a, y.b);
    });
    FlatHashMap<quint8> present(strong.size());
    for (const Edge &e : strong)
        present[edgeKey(e.a, e.b)] = 1;

    const bool checkGroups = options.onePerGroup && qsizetype(groups.size()) == nodeCount;
    Forest forest(nodeCount);
    for (const Edge &e : strong) {
        const quint32 ra = forest.find(e.a);
        const quint32 rb = forest.find(e.b);
        if (ra == rb)
            continue;
        const auto &a = forest.members(ra);
        const auto &b = forest.members(rb);
        if (checkGroups && sharesGroup(a, b, groups))
            continue;
        qsizetype linked = 0;
        for (const quint32 x : a) {
            for (const quint32 y : b)
                linked += present.find(edgeKey(x, y)) ? 1 : 0;
        }
        if (double(linked) >= options.minLinkage * double(a.size() * b.size()))
            forest.merge(ra, rb);
    }

    std::vector<quint32> smallest(static_cast<size_t>(nodeCount), std::numeric_limits<quint32>::max());
    for (quint32 i = 0; i < quint32(nodeCount); ++i) {
        quint32 &s = smallest[forest.find(i)];
        s = std::min(s, i);
    }
    std::vector<quint32> out(static_cast<size_t>(nodeCount));
    for (quint32 i = 0; i < quint32(nodeCount); ++i)
        out[i] = smallest[forest.find(i)];
    return out;
}

} // namespace cw
