#pragma once

#include "featurestore.h"
#include "flathashmap.h"

#include <QtGlobal>

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
    /// How many of the rarest name tokens get typo keys (the token with one letter deleted).
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
/// - postcode or city with a name token or its phonetic key, and postcode/city + street + number;
/// - strong identifiers: phone, organisation domain, VAT body, registration id.
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

    /// The distinct blocking keys of record @p i of @p store, sorted.
    void keys(const FeatureStore &store, qsizetype i, std::vector<quint64> *out) const;

    /// Appends to @p out the distinct indexed records sharing a usable key with record @p i of
    /// @p probe, in the order found. @p out is cleared first.
    void candidates(const FeatureStore &probe, qsizetype i, Scratch *scratch,
                    std::vector<quint32> *out) const;

    /// True if record @p i of @p probe and indexed record @p j share a usable key, that is if
    /// candidates() would propose the pair. For measuring pair completeness.
    bool blocks(const FeatureStore &probe, qsizetype i, qsizetype j) const;

    const BlockingOptions &options() const { return m_options; }
    /// Distinct keys in the index, and keys skipped for exceeding maxBlockSize.
    qint64 keyCount() const;
    qint64 oversizedKeyCount() const;
    size_t memoryBytes() const;

private:
    struct Posting
    {
        quint32 begin = 0;
        quint32 count = 0;
    };
    struct Partition
    {
        FlatHashMap<Posting> map { 1024 };
        std::vector<quint32> postings;
        qint64 oversized = 0;
    };

    void buildPartition(int index, int partitions);
    const Posting *usable(quint64 key) const;
    size_t partitionOf(quint64 key) const { return size_t((key >> 40) % m_partitions.size()); }

    const FeatureStore &m_indexed;
    BlockingOptions m_options;
    std::vector<Partition> m_partitions;
};

} // namespace cw
