#pragma once

#include "linkage.h"

#include <vector>

namespace cw {

/// The result of finding duplicates inside one data set: the scored pairs (left < right, same
/// records on both sides) and a cluster per record, the index of the cluster's first record.
struct Deduplication
{
    Linkage linkage;
    std::vector<quint32> clusters;
};

} // namespace cw
