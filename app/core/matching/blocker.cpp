#include "blocker.h"

#include "featurehash.h"

#include <algorithm>
#include <array>
#include <limits>
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
};

constexpr quint32 kOversized = std::numeric_limits<quint32>::max();

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
    const int partitions = int(m_partitions.size());
    std::vector<std::thread> helpers;
    for (int p = 1; p < partitions; ++p)
        helpers.emplace_back([this, p, partitions] { buildPartition(p, partitions); });
    buildPartition(0, partitions);
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
    int typoTokens = 0;
    for (int k = 0; k < n && typoTokens < m_options.typoTokens; ++k) {
        const std::u16string_view text = store.tokenText(i, order[size_t(k)]);
        if (int(text.size()) < m_options.typoMinLength || !rare(tokens[size_t(order[size_t(k)])]))
            continue;
        typoKeys(text, out);
        ++typoTokens;
    }

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

void Blocker::buildPartition(int index, int partitions)
{
    Partition &part = m_partitions[size_t(index)];
    const auto mine = [this, index, partitions](quint64 key) {
        return int((key >> 40) % quint64(partitions)) == index;
    };
    std::vector<quint64> recordKeys;
    for (qsizetype i = 0; i < m_indexed.size(); ++i) {
        keys(m_indexed, i, &recordKeys);
        for (const quint64 key : recordKeys) {
            if (mine(key))
                ++part.map[key].count;
        }
    }
    quint32 total = 0;
    const quint32 limit = quint32(std::max(1, m_options.maxBlockSize));
    part.map.forEachValue([&](quint64, Posting &posting) {
        if (posting.count > limit) {
            posting.begin = kOversized;
            ++part.oversized;
            return;
        }
        posting.begin = total;
        total += posting.count;
        posting.count = 0; // becomes the fill cursor below and ends at the same value
    });
    part.postings.resize(total);
    for (qsizetype i = 0; i < m_indexed.size(); ++i) {
        keys(m_indexed, i, &recordKeys);
        for (const quint64 key : recordKeys) {
            if (!mine(key))
                continue;
            Posting &posting = part.map[key];
            if (posting.begin != kOversized)
                part.postings[posting.begin + posting.count++] = quint32(i);
        }
    }
}

const Blocker::Posting *Blocker::usable(quint64 key) const
{
    const Posting *posting = m_partitions[partitionOf(key)].map.find(key);
    return posting && posting->begin != kOversized ? posting : nullptr;
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
    for (const quint64 key : scratch->m_keys) {
        const Posting *posting = usable(key);
        if (!posting)
            continue;
        const Partition &part = m_partitions[partitionOf(key)];
        for (quint32 k = 0; k < posting->count; ++k) {
            const quint32 j = part.postings[posting->begin + k];
            if (scratch->m_marks[j] != scratch->m_stamp) {
                scratch->m_marks[j] = scratch->m_stamp;
                out->push_back(j);
            }
        }
    }
}

bool Blocker::blocks(const FeatureStore &probe, qsizetype i, qsizetype j) const
{
    std::vector<quint64> a;
    std::vector<quint64> b;
    keys(probe, i, &a);
    keys(m_indexed, j, &b);
    std::vector<quint64> shared;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
    return std::any_of(shared.begin(), shared.end(), [this](quint64 key) { return usable(key) != nullptr; });
}

qint64 Blocker::keyCount() const
{
    qint64 n = 0;
    for (const Partition &part : m_partitions)
        n += qint64(part.map.size());
    return n;
}

qint64 Blocker::oversizedKeyCount() const
{
    qint64 n = 0;
    for (const Partition &part : m_partitions)
        n += part.oversized;
    return n;
}

size_t Blocker::memoryBytes() const
{
    size_t n = 0;
    for (const Partition &part : m_partitions)
        n += part.map.memoryBytes() + part.postings.capacity() * sizeof(quint32);
    return n;
}

} // namespace cw
