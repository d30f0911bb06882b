#pragma once

#include "deduplication.h"
#include "domain/result.h"
#include "linkage.h"
#include "matchoptions.h"
#include "recordsource.h"
#include "systemclustering.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace cw {

/// The customer matcher: normalise, block, compare, estimate weights, score, decide.
///
/// link() matches two data sets, dedupe() finds duplicates inside one, linkSystems() matches
/// several systems into customers. Each run:
/// 1. normalises every record into a FeatureStore (all cores);
/// 2. indexes the right side with the Blocker;
/// 3. estimates a Fellegi-Sunter model by EM on the candidate pairs of a sample of left records
///    (unless MatchOptions::model fixes one), so no labelled data is needed;
/// 4. compares every candidate pair and keeps the likely ones with their comparison vector;
/// 5. bands them (MatchDecider) and, for duplicates and systems, clusters them (Clusterer).
///
/// The functions are blocking and pure (no database, no Qt event loop): call them from a worker
/// thread (see MatchJob for a QObject wrapper with signals). They honour MatchControl::cancel
/// between chunks of work and report progress through MatchControl::progress.
class MatchEngine
{
    Q_DECLARE_TR_FUNCTIONS(cw::MatchEngine)

public:
    static Result<Linkage> link(const RecordSource &left, const RecordSource &right,
                                const MatchOptions &options, const MatchControl &control = {});
    static Result<Deduplication> dedupe(const RecordSource &records, const MatchOptions &options,
                                        const MatchControl &control = {});
    static Result<SystemClustering> linkSystems(const std::vector<const RecordSource *> &systems,
                                                const MatchOptions &options,
                                                const MatchControl &control = {});

    /// The error a cancelled run returns (code "matching.cancelled").
    static Error cancelledError();
};

} // namespace cw
