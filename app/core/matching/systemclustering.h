#pragma once

#include "linkage.h"

#include <vector>

namespace cw {

/// The result of matching the customers of several systems at once (CRM, staffing, Odoo).
///
/// links holds one Linkage per pair of systems (0-1, 0-2, ..., 1-2, ...) in that order;
/// clusters[s][i] is the customer (cluster) of record i of system s, numbered by the smallest
/// global index of its records, where system s's records start at the sum of the sizes of the
/// systems before it. With MatchOptions::oneToOne on, a cluster holds at most one record per
/// system; with it off, duplicates inside a system (found as by dedupe()) join their customer.
struct SystemClustering
{
    std::vector<Linkage> links;
    std::vector<std::vector<quint32>> clusters;
};

} // namespace cw
