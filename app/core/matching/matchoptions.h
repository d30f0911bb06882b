#pragma once

#include "blocker.h"
#include "fellegisuntermodel.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cw {

/// Stages of a matching run, in order, for progress reports.
enum class MatchStage { Normalising, Indexing, Estimating, Scoring, Deciding, Clustering };

/// How a matching run goes. The thresholds usually come from Settings::autoLinkThreshold() and
/// Settings::reviewThreshold().
struct MatchOptions
{
    double autoThreshold = 0.92;
    double reviewThreshold = 0.70;
    /// ISO alpha-2 region for phone numbers in national form and addresses without a country.
    QString defaultCountry;
    BlockingOptions blocking;
    /// A fixed model (from settings) instead of one estimated by EM on this data.
    std::optional<FellegiSunterModel> model;
    /// Records of the left side whose candidate pairs feed the EM estimation.
    qsizetype emSampleRecords = 25000;
    /// Pairs less probable than this are counted but not kept: lowering the review threshold
    /// below it later needs a new run. Keeps memory bounded at millions of records.
    double keepThreshold = 0.01;
    /// At most one automatic link per record on each side (and one record per system in a
    /// cross-system cluster).
    bool oneToOne = true;
    /// Worker threads; 0 uses every core.
    int threads = 0;
};

/// Progress and cancellation of a matching run. Both callbacks are optional; progress is called
/// on the thread that runs the match, never concurrently.
struct MatchControl
{
    std::function<void(MatchStage stage, qint64 done, qint64 total)> progress;
    /// Set (from any thread) to stop the run; it then returns an error of category Internal with
    /// code "matching.cancelled".
    const std::atomic_bool *cancel = nullptr;

    /// Wraps @p report so it sees at most one call per whole percent and stage: a million
    /// records then cost a few hundred progress signals, not millions.
    static std::function<void(MatchStage stage, qint64 done, qint64 total)>
    throttled(std::function<void(MatchStage stage, qint64 done, qint64 total)> report)
    {
        return [report = std::move(report), lastPercent = -1,
                lastStage = MatchStage::Normalising](MatchStage stage, qint64 done, qint64 total) mutable {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (stage == lastStage && percent == lastPercent)
                return;
            lastStage = stage;
            lastPercent = percent;
            report(stage, done, total);
        };
    }
};

} // namespace cw
