#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace cw {

/// Groups records into clusters of the same customer from scored pairs (edges).
///
/// Edges are merged in decreasing probability (then weight, then node indices). Two clusters merge only if
/// (a) with one-record-per-group on, they hold no two records of the same group (system), and
/// (b) at least minLinkage of the record pairs between them have an edge at or above the
/// threshold. (b) stops chaining: A~B and B~C do not pull in C when A and C clearly differ, the
/// weakness of plain connected components. Thread affinity: none.
class Clusterer
{
public:
    struct Edge
    {
        quint32 a = 0;
        quint32 b = 0;
        float probability = 0;
        /// Orders edges whose probabilities are equal (both round to 1); 0 if unknown.
        float weight = 0;
    };

    struct Options
    {
        double threshold = 0.92;
        bool onePerGroup = false;
        double minLinkage = 0.5;
    };

    /// Cluster of every node: the smallest node index in its cluster. @p groups is empty or holds
    /// the group of every node.
    static std::vector<quint32> cluster(qsizetype nodeCount, std::span<const Edge> edges,
                                        std::span<const quint16> groups, const Options &options);
};

} // namespace cw
