#pragma once

#include "featurestore.h"
#include "flathashmap.h"

#include <QtGlobal>

#include <array>
#include <span>
#include <vector>

namespace cw {

/// Tunables of the Blocker. The defaults keep nearly every true pair at millions of records.
struct BlockingOptions
{
    /// A key shared by more indexed records than this is skipped: it no longer narrows anything
    /// and would make the comparisons quadratic (other, rarer keys still find those records).
    int maxBlockSize = 40;
    /// A name token held by at most this many records (over both sides) is a key on its own.
    int rareTokenFrequency = 30;
    /// Pair keys are built from the first this many name tokens.
    int pairTokens = 4;
    /// How many of the rarest name tokens get typo keys (the token with one letter deleted): the
    /// rarest always, the next ones when they are rare.
    int typoTokens = 2;
    /// Shortest token that gets typo keys.
    int typoMinLength = 4;
};

/// Candidate generation for record linkage: which pairs are worth comparing at all.
///
/// Every record gets blocking keys; two records become a candidate pair when they share a key.
/// Keys come from independent kinds of evidence so a true pair survives noise in any one field:
/// - rare name tokens, and every pair of the first name tokens (common words together are rare);
/// - phonetic keys of token pairs (spelling variants: "Acme"/"Akme");
/// - the rarest tokens with one letter deleted (typos: "staffing"/"staffnig");
/// - the name without spaces ("Norfel Partners"/"NorfelPartners");
/// - postcode or city with a name token or its phonetic key, and postcode/city + street + number;
/// - strong identifiers: phone, organisation domain, VAT body, registration id.
///
/// A key shared by more than maxBlockSize indexed records no longer narrows anything (a common
/// pair of words, a franchise's web domain, a call centre's phone number). Rather than dropping
/// it, the blocker splits it by a second, independent value of the record: its postcode, its
/// city, the phonetic key of its first name token and its rarest name token. A true pair that
/// shares the oversized key and one of those still meets; a refined key that is still oversized
/// is skipped.
///
/// The index is built over one store (the right side) and probed with records of another store
/// or the same one. Building runs on @p threads threads; probing is const and thread-safe given a
/// Scratch per thread.
class Blocker
{
public:
    /// Per-thread working memory for candidates().
    class Scratch
    {
        friend class Blocker;
        std::vector<quint32> m_marks;
        quint32 m_stamp = 0;
        std::vector<quint64> m_keys;
    };

    Blocker(const FeatureStore &indexed, BlockingOptions options = {}, int threads = 1);

    /// The distinct blocking keys of record @p i of @p store, sorted (before refinement).
    void keys(const FeatureStore &store, qsizetype i, std::vector<quint64> *out) const;

    /// Appends to @p out the distinct indexed records sharing a usable key with record @p i of
    /// @p probe, in the order found. @p out is cleared first.
    void candidates(const FeatureStore &probe, qsizetype i, Scratch *scratch,
                    std::vector<quint32> *out) const;

    /// True if record @p i of @p probe and indexed record @p j share a usable key, that is if
    /// candidates() would propose the pair. For measuring pair completeness.
    bool blocks(const FeatureStore &probe, qsizetype i, qsizetype j) const;

    const BlockingOptions &options() const { return m_options; }
    /// Distinct keys in the index (refined ones included), and keys that exceeded maxBlockSize
    /// (oversized keys that were refined included).
    qint64 keyCount() const;
    qint64 oversizedKeyCount() const;
    size_t memoryBytes() const;

private:
    struct Posting
    {
        quint32 begin = 0;
        quint32 count = 0;
    };
    /// Keys of one level: the record's own keys, or oversized keys refined by a second value.
    struct Index
    {
        FlatHashMap<Posting> map { 1024 };
        std::vector<quint32> postings;
        qint64 oversized = 0;
    };
    struct Partition
    {
        Index base;
        Index refined;
    };
    /// At most this many refined keys per oversized key (see refinements()).
    static constexpr int kRefinements = 4;
    using Refinements = std::array<quint64, kRefinements>;

    /// The keys of every indexed record, computed once for the build passes; in the chunks the
    /// threads computed them in, so that they are never copied into one array.
    struct KeyTable
    {
        static constexpr qsizetype kChunk = 4096;
        struct Chunk
        {
            std::vector<quint64> keys;
            std::vector<quint32> offsets; ///< record k's keys are [offsets[k], offsets[k + 1])
        };
        std::vector<Chunk> chunks;

        std::span<const quint64> of(qsizetype i) const
        {
            const Chunk &chunk = chunks[size_t(i / kChunk)];
            const size_t k = size_t(i % kChunk);
            return { chunk.keys.data() + chunk.offsets[k], chunk.offsets[k + 1] - chunk.offsets[k] };
        }
    };

    KeyTable keyTable(int threads) const;
    template<typename F> void onPartitions(F &&build);
    void countBaseKeys(int partition, const KeyTable &table);
    void countRefinedKeys(int partition, const KeyTable &table);
    void assignPostings(Index *index) const;
    void fillPostings(int partition, const KeyTable &table);
    /// Calls @p f(key, refined, posting) for every key of @p keys (record @p i's) that is in the
    /// base index, and after each oversized one, for the keys refining it; posting is the key's
    /// entry, null for refined keys when @p lookUpRefined is false (while the refined index is
    /// being built).
    template<typename F>
    void forEachKey(const FeatureStore &store, qsizetype i, std::span<const quint64> keys, bool lookUpRefined,
                    F &&f) const;
    static Refinements refinements(const FeatureStore &store, qsizetype i);
    static bool usable(const Posting *posting);
    size_t partitionOf(quint64 key) const { return size_t((key >> 40) % m_partitions.size()); }
    const Index &indexOf(quint64 key, bool refined) const
    {
        const Partition &part = m_partitions[partitionOf(key)];
        return refined ? part.refined : part.base;
    }

    const FeatureStore &m_indexed;
    BlockingOptions m_options;
    std::vector<Partition> m_partitions;
};

} // namespace cw
