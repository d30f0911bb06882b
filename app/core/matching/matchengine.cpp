#include "matchengine.h"

#include "blocker.h"
#include "clusterer.h"
#include "paircomparator.h"
#include "parallelfor.h"
#include "recordnormaliser.h"
#include "tokenstatistics.h"
#include "util/logging.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cw {

namespace {

constexpr qsizetype kNormaliseChunk = 2048;
constexpr qsizetype kScoreChunk = 512;
// How far ahead of the pair being compared the scoring loop prefetches rows and their text.
constexpr size_t kRowsAhead = 8;
constexpr size_t kTextAhead = 4;

using StorePtr = std::shared_ptr<FeatureStore>;

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The match weight below which a pair cannot reach probability @p keep, less a margin so that
// float rounding in the final keep test never meets a pair the comparator gave up on.
double keepFloor(double keep)
{
    if (keep <= 0 || keep >= 1)
        return -std::numeric_limits<double>::infinity();
    return std::log2(keep / (1.0 - keep)) - 1e-3;
}

// One matching run: options, control and the steps shared by link(), dedupe() and linkSystems().
class Runner
{
public:
    Runner(const MatchOptions &options, const MatchControl &control)
        : m_options(options)
        , m_control(control)
        , m_threads(options.threads > 0 ? options.threads : ParallelFor::defaultThreads())
    { }

    bool cancelled() const { return m_control.cancel && m_control.cancel->load(); }
    int threads() const { return m_threads; }
    const MatchOptions &options() const { return m_options; }

    void report(MatchStage stage, qint64 done, qint64 total) const
    {
        if (m_control.progress)
            m_control.progress(stage, done, total);
    }

    StorePtr normalise(const RecordSource &source, qint64 base, qint64 total) const
    {
        const qsizetype n = source.size();
        std::vector<FeatureStore> chunks(static_cast<size_t>((n + kNormaliseChunk - 1) / kNormaliseChunk));
        const RecordNormaliser normaliser(m_options.defaultCountry);
        const bool complete = ParallelFor::run(
            n, kNormaliseChunk, m_threads,
            [&](qsizetype begin, qsizetype end, int) {
                FeatureStore &chunk = chunks[size_t(begin / kNormaliseChunk)];
                chunk.reserve(end - begin);
                for (qsizetype i = begin; i < end; ++i)
                    chunk.append(normaliser.normalise(source.record(i)));
            },
            m_control.cancel, [&](qsizetype done) { report(MatchStage::Normalising, base + done, total); });
        if (!complete)
            return nullptr;
        auto store = std::make_shared<FeatureStore>();
        store->reserve(n);
        for (FeatureStore &chunk : chunks) {
            store->append(chunk);
            chunk = FeatureStore();
        }
        return store;
    }

    void weigh(const std::vector<StorePtr> &stores) const
    {
        TokenStatistics statistics;
        for (const StorePtr &store : stores)
            statistics.add(*store);
        ParallelFor::run(qsizetype(stores.size()), 1, m_threads, [&](qsizetype begin, qsizetype end, int) {
            for (qsizetype s = begin; s < end; ++s)
                stores[size_t(s)]->computeTokenWeights(statistics);
        });
    }

    std::optional<FellegiSunterModel> estimate(const FeatureStore &left, const FeatureStore &right,
                                               const Blocker &blocker, bool sameSet,
                                               LinkageStatistics *stats) const
    {
        if (m_options.model)
            return m_options.model;
        const qsizetype stride =
            std::max<qsizetype>(1, left.size() / std::max<qsizetype>(1, m_options.emSampleRecords));
        const qsizetype samples = (left.size() + stride - 1) / stride;
        std::vector<FlatHashMap<quint64>> histograms(static_cast<size_t>(m_threads));
        std::vector<Blocker::Scratch> scratch(static_cast<size_t>(m_threads));
        std::vector<std::vector<quint32>> found(static_cast<size_t>(m_threads));
        const bool complete = ParallelFor::run(
            samples, kScoreChunk, m_threads,
            [&](qsizetype begin, qsizetype end, int worker) {
                auto &histogram = histograms[size_t(worker)];
                for (qsizetype s = begin; s < end; ++s) {
                    const qsizetype i = s * stride;
                    blocker.candidates(left, i, &scratch[size_t(worker)], &found[size_t(worker)]);
                    for (const quint32 j : found[size_t(worker)]) {
                        if (!sameSet || j > quint32(i))
                            ++histogram[quint64(PairComparator::compare(left, i, right, j)) + 1];
                    }
                }
            },
            m_control.cancel, [&](qsizetype done) { report(MatchStage::Estimating, done, samples); });
        if (!complete)
            return std::nullopt;
        FlatHashMap<quint64> merged;
        for (const auto &histogram : histograms)
            histogram.forEach([&merged](quint64 key, quint64 count) { merged[key] += count; });
        std::vector<FellegiSunterModel::PatternCount> counts;
        merged.forEach([&counts](quint64 key, quint64 count) {
            counts.push_back({ quint32(key - 1), count });
        });
        std::sort(counts.begin(), counts.end(),
                  [](const auto &a, const auto &b) { return a.pattern < b.pattern; });
        FellegiSunterModel model;
        const FellegiSunterModel::Estimation estimation = model.estimate(counts);
        stats->emPairs = qint64(estimation.pairs);
        stats->emIterations = estimation.iterations;
        stats->emConverged = estimation.converged;
        qCDebug(lcMatching) << "EM:" << estimation.pairs << "pairs," << counts.size() << "patterns,"
                            << estimation.iterations << "iterations, lambda" << model.lambda();
        return model;
    }

    std::optional<std::vector<ScoredPair>> score(const FeatureStore &left, const FeatureStore &right,
                                                 const Blocker &blocker, bool sameSet,
                                                 const FellegiSunterModel &model,
                                                 LinkageStatistics *stats) const
    {
        const qsizetype n = left.size();
        std::vector<std::vector<ScoredPair>> chunks(static_cast<size_t>((n + kScoreChunk - 1) / kScoreChunk));
        std::vector<qint64> compared(size_t(m_threads), 0);
        std::vector<Blocker::Scratch> scratch(static_cast<size_t>(m_threads));
        std::vector<std::vector<quint32>> found(static_cast<size_t>(m_threads));
        const auto keep = float(m_options.keepThreshold);
        const double floor = keepFloor(m_options.keepThreshold);
        const bool complete = ParallelFor::run(
            n, kScoreChunk, m_threads,
            [&](qsizetype begin, qsizetype end, int worker) {
                auto &out = chunks[size_t(begin / kScoreChunk)];
                auto &candidates = found[size_t(worker)];
                for (qsizetype i = begin; i < end; ++i) {
                    blocker.candidates(left, i, &scratch[size_t(worker)], &candidates);
                    for (size_t k = 0; k < candidates.size(); ++k) {
                        // The candidates are scattered over the store: fetch ahead.
                        if (k + kRowsAhead < candidates.size())
                            right.prefetchRow(candidates[k + kRowsAhead]);
                        if (k + kTextAhead < candidates.size())
                            right.prefetchText(candidates[k + kTextAhead]);
                        const quint32 j = candidates[k];
                        if (sameSet && j <= quint32(i))
                            continue;
                        ++compared[size_t(worker)];
                        const std::optional<quint32> pattern =
                            PairComparator::compareAbove(left, i, right, j, model, floor);
                        if (!pattern)
                            continue;
                        const double weight = model.matchWeight(*pattern);
                        const auto probability = float(FellegiSunterModel::probabilityOfWeight(weight));
                        if (probability >= keep)
                            out.push_back(
                                { quint32(i), j, *pattern, probability, float(weight), MatchBand::None });
                    }
                }
            },
            m_control.cancel, [&](qsizetype done) { report(MatchStage::Scoring, done, n); });
        if (!complete)
            return std::nullopt;
        std::vector<ScoredPair> pairs;
        size_t total = 0;
        for (const auto &chunk : chunks)
            total += chunk.size();
        pairs.reserve(total);
        for (auto &chunk : chunks) {
            pairs.insert(pairs.end(), chunk.begin(), chunk.end());
            std::vector<ScoredPair>().swap(chunk);
        }
        for (const qint64 c : compared)
            stats->candidatePairs += c;
        stats->keptPairs = qint64(pairs.size());
        MatchDecider::sort(&pairs);
        return pairs;
    }

    // Estimate, score and decide one pair of prepared stores.
    Result<Linkage> linkStores(const StorePtr &left, const StorePtr &right, const Blocker &blocker,
                               bool sameSet, LinkageStatistics stats) const
    {
        stats.leftCount = left->size();
        stats.rightCount = right->size();
        stats.blockingKeys = blocker.keyCount();
        stats.oversizedKeys = blocker.oversizedKeyCount();
        stats.indexBytes = blocker.memoryBytes();
        stats.featureBytes = left->memoryBytes() + (sameSet ? 0 : right->memoryBytes());
        QElapsedTimer timer;
        timer.start();
        const std::optional<FellegiSunterModel> model = estimate(*left, *right, blocker, sameSet, &stats);
        if (!model)
            return MatchEngine::cancelledError();
        stats.estimateSeconds = seconds(timer);
        timer.restart();
        std::optional<std::vector<ScoredPair>> pairs = score(*left, *right, blocker, sameSet, *model, &stats);
        if (!pairs)
            return MatchEngine::cancelledError();
        stats.scoreSeconds = seconds(timer);
        report(MatchStage::Deciding, 0, 1);
        Linkage linkage(left, right, sameSet, *model, std::move(*pairs), stats, m_options.keepThreshold,
                        m_options.oneToOne);
        linkage.redecide(m_options.autoThreshold, m_options.reviewThreshold);
        report(MatchStage::Deciding, 1, 1);
        return linkage;
    }

private:
    const MatchOptions &m_options;
    const MatchControl &m_control;
    int m_threads;
};

} // namespace

Error MatchEngine::cancelledError()
{
    return Error(Error::Category::Internal, tr("Matching was cancelled."))
        .setCode(QStringLiteral("matching.cancelled"));
}

Result<Linkage> MatchEngine::link(const RecordSource &left, const RecordSource &right,
                                  const MatchOptions &options, const MatchControl &control)
{
    Runner run(options, control);
    LinkageStatistics stats;
    QElapsedTimer timer;
    timer.start();
    const qint64 total = left.size() + right.size();
    StorePtr leftStore = run.normalise(left, 0, total);
    StorePtr rightStore = leftStore ? run.normalise(right, left.size(), total) : nullptr;
    if (!rightStore)
        return cancelledError();
    run.weigh({ leftStore, rightStore });
    stats.normaliseSeconds = seconds(timer);
    timer.restart();
    run.report(MatchStage::Indexing, 0, 1);
    const Blocker blocker(*rightStore, options.blocking, run.threads());
    run.report(MatchStage::Indexing, 1, 1);
    stats.indexSeconds = seconds(timer);
    if (run.cancelled())
        return cancelledError();
    return run.linkStores(leftStore, rightStore, blocker, false, stats);
}

Result<Deduplication> MatchEngine::dedupe(const RecordSource &records, const MatchOptions &options,
                                          const MatchControl &control)
{
    Runner run(options, control);
    LinkageStatistics stats;
    QElapsedTimer timer;
    timer.start();
    StorePtr store = run.normalise(records, 0, records.size());
    if (!store)
        return cancelledError();
    run.weigh({ store });
    stats.normaliseSeconds = seconds(timer);
    timer.restart();
    const Blocker blocker(*store, options.blocking, run.threads());
    stats.indexSeconds = seconds(timer);
    if (run.cancelled())
        return cancelledError();
    Result<Linkage> linkage = run.linkStores(store, store, blocker, true, stats);
    if (!linkage)
        return linkage.error();
    run.report(MatchStage::Clustering, 0, 1);
    std::vector<Clusterer::Edge> edges;
    for (const ScoredPair &pair : linkage.value().pairs()) {
        if (pair.band == MatchBand::Auto)
            edges.push_back({ pair.left, pair.right, pair.probability, pair.weight });
    }
    Clusterer::Options clustering;
    clustering.threshold = options.autoThreshold;
    std::vector<quint32> clusters = Clusterer::cluster(store->size(), edges, {}, clustering);
    run.report(MatchStage::Clustering, 1, 1);
    return Deduplication { std::move(linkage).value(), std::move(clusters) };
}

Result<SystemClustering> MatchEngine::linkSystems(const std::vector<const RecordSource *> &systems,
                                                  const MatchOptions &options, const MatchControl &control)
{
    Runner run(options, control);
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    for (const RecordSource *system : systems)
        total += system->size();
    std::vector<StorePtr> stores;
    std::vector<quint32> offsets;
    qint64 done = 0;
    for (const RecordSource *system : systems) {
        offsets.push_back(quint32(done));
        stores.push_back(run.normalise(*system, done, total));
        if (!stores.back())
            return cancelledError();
        done += system->size();
    }
    run.weigh(stores);
    const double normaliseSeconds = seconds(timer);

    SystemClustering out;
    std::vector<Clusterer::Edge> edges;
    const auto addEdges = [&edges](const Linkage &linkage, quint32 leftOffset, quint32 rightOffset) {
        for (const ScoredPair &pair : linkage.pairs()) {
            if (pair.band == MatchBand::Auto)
                edges.push_back(
                    { leftOffset + pair.left, rightOffset + pair.right, pair.probability, pair.weight });
        }
    };
    for (size_t b = 0; b < stores.size(); ++b) {
        timer.restart();
        const Blocker blocker(*stores[b], options.blocking, run.threads());
        LinkageStatistics stats;
        stats.normaliseSeconds = normaliseSeconds;
        stats.indexSeconds = seconds(timer);
        // Without one-to-one, duplicates inside a system may join a customer too.
        if (!options.oneToOne) {
            Result<Linkage> duplicates = run.linkStores(stores[b], stores[b], blocker, true, stats);
            if (!duplicates)
                return duplicates.error();
            addEdges(duplicates.value(), offsets[b], offsets[b]);
        }
        for (size_t a = 0; a < b; ++a) {
            Result<Linkage> linkage = run.linkStores(stores[a], stores[b], blocker, false, stats);
            if (!linkage)
                return linkage.error();
            addEdges(linkage.value(), offsets[a], offsets[b]);
            out.links.push_back(std::move(linkage).value());
        }
    }
    // links were produced per right-hand system; the documented order is by left, then right.
    std::vector<Linkage> ordered;
    for (size_t a = 0; a < stores.size(); ++a) {
        for (size_t b = a + 1; b < stores.size(); ++b)
            ordered.push_back(std::move(out.links[(b * (b - 1)) / 2 + a]));
    }
    out.links = std::move(ordered);

    run.report(MatchStage::Clustering, 0, 1);
    std::vector<quint16> groups(static_cast<size_t>(total));
    for (size_t s = 0; s < stores.size(); ++s)
        std::fill_n(groups.begin() + offsets[s], stores[s]->size(), quint16(s));
    Clusterer::Options clustering;
    clustering.threshold = options.autoThreshold;
    clustering.onePerGroup = options.oneToOne;
    const std::vector<quint32> clusters = Clusterer::cluster(total, edges, groups, clustering);
    for (size_t s = 0; s < stores.size(); ++s)
        out.clusters.emplace_back(clusters.begin() + offsets[s],
                                  clusters.begin() + offsets[s] + stores[s]->size());
    run.report(MatchStage::Clustering, 1, 1);
    return out;
}

} // namespace cw
