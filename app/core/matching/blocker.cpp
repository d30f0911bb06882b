#include "blocker.h"

#include "featurehash.h"
#include "parallelfor.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <thread>

namespace cw {

namespace {

enum KeyKind : quint64 {
    RareToken = 1,
    TokenPair,
    PhoneticPair,
    PhoneticSingle,
    Typo,
    PostcodeToken,
    CityToken,
    LocalityPhonetic,
    StreetAddress,
    Phone,
    Domain,
    Vat,
    Registry,
    Refined,
};

constexpr quint32 kOversized = std::numeric_limits<quint32>::max();

quint64 compactHash(std::u16string_view name)
{
    std::array<char16_t, FeatureStore::kMaxText> buffer;
    size_t w = 0;
    for (const char16_t c : name) {
        if (c != u' ' && w < buffer.size())
            buffer[w++] = c;
    }
    return FeatureHash::of(buffer.data(), qsizetype(w));
}

void typoKeys(std::u16string_view token, std::vector<quint64> *out)
{
    std::array<char16_t, FeatureStore::kMaxText> buffer;
    const size_t n = std::min(token.size(), buffer.size());
    out->push_back(FeatureHash::combine(Typo, FeatureHash::of(token.data(), qsizetype(n))));
    // People rarely mistype the first letter; keeping it makes the keys far more selective.
    for (size_t skip = 1; skip < n; ++skip) {
        size_t w = 0;
        for (size_t r = 0; r < n; ++r) {
            if (r != skip)
                buffer[w++] = token[r];
        }
        out->push_back(FeatureHash::combine(Typo, FeatureHash::of(buffer.data(), qsizetype(w))));
    }
}

} // namespace

Blocker::Blocker(const FeatureStore &indexed, BlockingOptions options, int threads)
    : m_indexed(indexed)
    , m_options(options)
    , m_partitions(size_t(std::max(1, threads)))
{
    // Refining needs to know which keys are oversized, so the levels are built one after the
    // other; within a level every thread owns one partition of the keys. The records' keys are
    // worked out once, up front, instead of in each of the three passes of every thread.
    const KeyTable table = keyTable(int(m_partitions.size()));
    onPartitions([this, &table](int p) {
        countBaseKeys(p, table);
        assignPostings(&m_partitions[size_t(p)].base);
    });
    onPartitions([this, &table](int p) {
        countRefinedKeys(p, table);
        assignPostings(&m_partitions[size_t(p)].refined);
    });
    onPartitions([this, &table](int p) { fillPostings(p, table); });
}

Blocker::KeyTable Blocker::keyTable(int threads) const
{
    const qsizetype n = m_indexed.size();
    KeyTable table;
    table.chunks.resize(size_t((n + KeyTable::kChunk - 1) / KeyTable::kChunk));
    ParallelFor::run(n, KeyTable::kChunk, threads, [&](qsizetype begin, qsizetype end, int) {
        KeyTable::Chunk &chunk = table.chunks[size_t(begin / KeyTable::kChunk)];
        std::vector<quint64> recordKeys;
        chunk.offsets.push_back(0);
        for (qsizetype i = begin; i < end; ++i) {
            keys(m_indexed, i, &recordKeys);
            chunk.keys.insert(chunk.keys.end(), recordKeys.begin(), recordKeys.end());
            chunk.offsets.push_back(quint32(chunk.keys.size()));
        }
        chunk.keys.shrink_to_fit();
    });
    return table;
}

template<typename F> void Blocker::onPartitions(F &&build)
{
    std::vector<std::thread> helpers;
    for (int p = 1; p < int(m_partitions.size()); ++p)
        helpers.emplace_back([&build, p] { build(p); });
    build(0);
    for (std::thread &helper : helpers)
        helper.join();
}

void Blocker::keys(const FeatureStore &store, qsizetype i, std::vector<quint64> *out) const
{
    out->clear();
    const FeatureStore::Row &row = store.row(i);
    const auto tokens = store.tokens(i);
    const int n = int(tokens.size());
    const int paired = std::min(n, m_options.pairTokens);
    const auto rare = [this](const FeatureStore::Token &t) {
        return t.frequency <= quint32(m_options.rareTokenFrequency);
    };

    for (int a = 0; a < n; ++a) {
        if (rare(tokens[size_t(a)]) || n == 1)
            out->push_back(FeatureHash::combine(RareToken, tokens[size_t(a)].hash));
    }
    for (int a = 0; a < paired; ++a) {
        for (int b = a + 1; b < paired; ++b) {
            const FeatureStore::Token &x = tokens[size_t(a)];
            const FeatureStore::Token &y = tokens[size_t(b)];
            out->push_back(
                FeatureHash::combine(TokenPair, std::min(x.hash, y.hash), std::max(x.hash, y.hash)));
            out->push_back(FeatureHash::combine(PhoneticPair, std::min(x.phonetic, y.phonetic),
                                                std::max(x.phonetic, y.phonetic)));
        }
    }
    if (n == 1)
        out->push_back(FeatureHash::combine(PhoneticSingle, tokens[0].phonetic));

    // Typo keys for the rarest tokens: a typo makes a token rarer still, so both spellings of a
    // true pair's distinctive word are among the rarest of their records.
    std::array<int, FeatureStore::kMaxTokens> order {};
    for (int a = 0; a < n; ++a)
        order[size_t(a)] = a;
    std::stable_sort(order.begin(), order.begin() + n, [&tokens](int a, int b) {
        return tokens[size_t(a)].frequency < tokens[size_t(b)].frequency;
    });
    // The rarest token gets them even when it is not rare: a misspelt common brand is rare on
    // one side only, and the keys of the correct spelling, oversized, are refined by place.
    int typoTokens = 0;
    for (int k = 0; k < n && typoTokens < m_options.typoTokens; ++k) {
        const std::u16string_view text = store.tokenText(i, order[size_t(k)]);
        if (int(text.size()) < m_options.typoMinLength || (k > 0 && !rare(tokens[size_t(order[size_t(k)])])))
            continue;
        typoKeys(text, out);
        ++typoTokens;
    }
    // The name without its spaces ("Norfel Partners" / "NorfelPartners" / "Norfe lPartners"),
    // as a typo key: so a misspelt one-word name still meets the spaced spelling.
    if (n > 0)
        out->push_back(FeatureHash::combine(Typo, compactHash(store.name(i))));

    // A postcode is small enough to narrow any word; a city only the record's rarest word.
    for (int a = 0; a < std::min(n, 3); ++a) {
        if (row.postcode != 0)
            out->push_back(FeatureHash::combine(PostcodeToken, row.postcode, tokens[size_t(a)].hash));
    }
    if (row.city != 0 && n > 0)
        out->push_back(FeatureHash::combine(CityToken, row.city, tokens[size_t(order[0])].hash));
    const quint64 locality = row.postcode != 0 ? row.postcode : row.city;
    if (locality != 0 && n > 0)
        out->push_back(FeatureHash::combine(LocalityPhonetic, locality, tokens[0].phonetic));
    if (locality != 0 && row.street != 0)
        out->push_back(FeatureHash::combine(StreetAddress, locality, row.street, row.house));

    if (row.phone != 0)
        out->push_back(FeatureHash::combine(Phone, row.phone));
    for (const quint64 domain : row.domains) {
        if (domain != 0)
            out->push_back(FeatureHash::combine(Domain, domain));
    }
    if (row.vat != 0)
        out->push_back(FeatureHash::combine(Vat, row.vat));
    if (row.registry != 0)
        out->push_back(FeatureHash::combine(Registry, row.registry));

    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
}

Blocker::Refinements Blocker::refinements(const FeatureStore &store, qsizetype i)
{
    const FeatureStore::Row &row = store.row(i);
    const auto tokens = store.tokens(i);
    Refinements values { row.postcode, row.city, 0, 0 };
    if (!tokens.empty()) {
        values[2] = tokens[0].phonetic;
        values[3] = std::min_element(tokens.begin(), tokens.end(), [](const auto &a, const auto &b) {
                        return a.frequency < b.frequency;
                    })->hash;
    }
    return values;
}

template<typename F>
void Blocker::forEachKey(const FeatureStore &store, qsizetype i, std::span<const quint64> keys,
                         bool lookUpRefined, F &&f) const
{
    std::optional<Refinements> values;
    for (const quint64 key : keys) {
        const Posting *posting = indexOf(key, false).map.find(key);
        if (!posting)
            continue;
        f(key, false, posting);
        if (posting->begin != kOversized)
            continue;
        if (!values)
            values = refinements(store, i);
        for (size_t v = 0; v < values->size(); ++v) {
            if ((*values)[v] == 0)
                continue;
            const quint64 refined = FeatureHash::combine(Refined, key, (*values)[v], v);
            f(refined, true, lookUpRefined ? indexOf(refined, true).map.find(refined) : nullptr);
        }
    }
}

void Blocker::countBaseKeys(int partition, const KeyTable &table)
{
    Index &index = m_partitions[size_t(partition)].base;
    for (const KeyTable::Chunk &chunk : table.chunks) {
        for (const quint64 key : chunk.keys) {
            if (partitionOf(key) == size_t(partition))
                ++index.map[key].count;
        }
    }
}

void Blocker::countRefinedKeys(int partition, const KeyTable &table)
{
    Index &index = m_partitions[size_t(partition)].refined;
    for (qsizetype i = 0; i < m_indexed.size(); ++i) {
        forEachKey(m_indexed, i, table.of(i), false, [&](quint64 key, bool refined, const Posting *) {
            if (refined && partitionOf(key) == size_t(partition))
                ++index.map[key].count;
        });
    }
}

void Blocker::assignPostings(Index *index) const
{
    quint32 total = 0;
    const quint32 limit = quint32(std::max(1, m_options.maxBlockSize));
    index->map.forEachValue([&](quint64, Posting &posting) {
        if (posting.count > limit) {
            posting.begin = kOversized;
            ++index->oversized;
            return;
        }
        posting.begin = total;
        total += posting.count;
        posting.count = 0; // becomes the fill cursor in fillPostings() and ends at the same value
    });
    index->postings.resize(total);
}

void Blocker::fillPostings(int partition, const KeyTable &table)
{
    Partition &part = m_partitions[size_t(partition)];
    for (qsizetype i = 0; i < m_indexed.size(); ++i) {
        forEachKey(m_indexed, i, table.of(i), false, [&](quint64 key, bool refined, const Posting *) {
            if (partitionOf(key) != size_t(partition))
                return;
            Index &index = refined ? part.refined : part.base;
            Posting *posting = index.map.find(key);
            if (posting->begin != kOversized)
                index.postings[posting->begin + posting->count++] = quint32(i);
        });
    }
}

bool Blocker::usable(const Posting *posting)
{
    return posting && posting->begin != kOversized;
}

void Blocker::candidates(const FeatureStore &probe, qsizetype i, Scratch *scratch,
                         std::vector<quint32> *out) const
{
    out->clear();
    if (scratch->m_marks.size() != size_t(m_indexed.size())) {
        scratch->m_marks.assign(size_t(m_indexed.size()), 0);
        scratch->m_stamp = 0;
    }
    if (++scratch->m_stamp == 0) {
        std::fill(scratch->m_marks.begin(), scratch->m_marks.end(), 0);
        scratch->m_stamp = 1;
    }
    keys(probe, i, &scratch->m_keys);
    forEachKey(probe, i, scratch->m_keys, true, [&](quint64 key, bool refined, const Posting *posting) {
        if (!usable(posting))
            return;
        const std::vector<quint32> &postings = indexOf(key, refined).postings;
        for (quint32 k = 0; k < posting->count; ++k) {
            const quint32 j = postings[posting->begin + k];
            if (scratch->m_marks[j] != scratch->m_stamp) {
                scratch->m_marks[j] = scratch->m_stamp;
                out->push_back(j);
            }
        }
    });
}

bool Blocker::blocks(const FeatureStore &probe, qsizetype i, qsizetype j) const
{
    std::vector<quint64> scratch;
    const auto usableKeys = [&](const FeatureStore &store, qsizetype record) {
        std::vector<std::pair<quint64, bool>> out;
        keys(store, record, &scratch);
        forEachKey(store, record, scratch, true, [&out](quint64 key, bool refined, const Posting *posting) {
            if (usable(posting))
                out.emplace_back(key, refined);
        });
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto a = usableKeys(probe, i);
    const auto b = usableKeys(m_indexed, j);
    std::vector<std::pair<quint64, bool>> shared;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
    return !shared.empty();
}

qint64 Blocker::keyCount() const
{
    qint64 n = 0;
    for (const Partition &part : m_partitions)
        n += qint64(part.base.map.size() + part.refined.map.size());
    return n;
}

qint64 Blocker::oversizedKeyCount() const
{
    qint64 n = 0;
    for (const Partition &part : m_partitions)
        n += part.base.oversized + part.refined.oversized;
    return n;
}

size_t Blocker::memoryBytes() const
{
    size_t n = 0;
    for (const Partition &part : m_partitions) {
        for (const Index *index : { &part.base, &part.refined })
            n += index->map.memoryBytes() + index->postings.capacity() * sizeof(quint32);
    }
    return n;
}

} // namespace cw
