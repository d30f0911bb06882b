#pragma once

#include "normalisedrecord.h"

#include <QtGlobal>

#include <span>
#include <string_view>
#include <vector>

namespace cw {

class TokenStatistics;

/// The per-record features the comparison kernel and the blocker read, for one data set, in
/// flat arrays: fixed-size rows plus pools of name/street/city characters and name tokens.
///
/// Everything the kernel needs is precomputed here (hashes of normalised values, token hashes
/// with TF-IDF weights, phonetic keys, character arrays for Jaro-Winkler), so comparing a pair
/// reads memory and allocates nothing. About 250 bytes per record. Hash value 0 means "missing".
///
/// Building: append() records (one thread), or build chunks in parallel and append() the chunk
/// stores in order; then TokenStatistics over every store that will be compared, then
/// computeTokenWeights(). Reading: thread-safe once built.
class FeatureStore
{
public:
    /// One name token, in name order.
    struct Token
    {
        quint64 hash = 0;
        quint64 phonetic = 0; ///< FeatureHash of the PhoneticKey
        float weight = 0; ///< TF-IDF weight, unit-normalised over the record's tokens
        quint32 frequency = 0; ///< number of records (over all compared stores) holding the token
    };

    /// Fixed-size features of one record.
    struct Row
    {
        quint64 phone = 0; ///< E.164 digits as a number
        quint64 vat = 0; ///< hash of the VAT body (without country prefix)
        quint64 registry = 0;
        quint64 domains[2] = { 0, 0 };
        quint64 postcode = 0;
        quint64 street = 0; ///< hash of the street tokens
        quint64 house = 0;
        quint64 city = 0; ///< hash of the city tokens
        quint32 nameBegin = 0; ///< into the character pool
        quint32 streetBegin = 0;
        quint32 cityBegin = 0;
        quint32 tokenBegin = 0; ///< into the token pool
        quint8 nameLength = 0;
        quint8 streetLength = 0;
        quint8 cityLength = 0;
        quint8 tokenCount = 0;
        quint8 legalForm = 0; ///< LegalForms::id()
        quint8 legalFamily = 0;
        quint16 country = 0; ///< CountryCodes::pack()
    };

    /// Longest name, street and city kept (code units) and most name tokens kept per record.
    static constexpr int kMaxText = 255;
    static constexpr int kMaxTokens = 16;

    qsizetype size() const { return qsizetype(m_rows.size()); }
    void reserve(qsizetype records);

    void append(const NormalisedRecord &record);
    /// Appends all records of @p other (a chunk built in parallel) after this store's records.
    void append(const FeatureStore &other);

    const Row &row(qsizetype i) const { return m_rows[size_t(i)]; }
    std::u16string_view name(qsizetype i) const { return text(row(i).nameBegin, row(i).nameLength); }
    std::u16string_view street(qsizetype i) const { return text(row(i).streetBegin, row(i).streetLength); }
    std::u16string_view city(qsizetype i) const { return text(row(i).cityBegin, row(i).cityLength); }
    std::span<const Token> tokens(qsizetype i) const
    {
        return { m_tokens.data() + row(i).tokenBegin, row(i).tokenCount };
    }
    /// The characters of token @p k of record @p i (tokens are space-separated in name()).
    std::u16string_view tokenText(qsizetype i, int k) const;

    /// Memory hints for loops that compare one record with a list of others, where waiting for
    /// memory costs more than comparing: prefetchRow() a few records ahead, prefetchText() (which
    /// reads the row) for nearer ones. No effect on results.
    void prefetchRow(qsizetype i) const
    {
        const char *row = reinterpret_cast<const char *>(m_rows.data() + i);
        __builtin_prefetch(row);
        __builtin_prefetch(row + sizeof(Row) - 1);
    }
    void prefetchText(qsizetype i) const
    {
        __builtin_prefetch(m_chars.data() + row(i).nameBegin);
        __builtin_prefetch(m_tokens.data() + row(i).tokenBegin);
    }

    /// Fills Token::weight and Token::frequency from @p statistics (which must include this store).
    void computeTokenWeights(const TokenStatistics &statistics);

    /// Bytes held, for memory reports.
    size_t memoryBytes() const;

private:
    std::u16string_view text(quint32 begin, quint8 length) const
    {
        return { m_chars.data() + begin, length };
    }
    quint32 appendText(const QString &text, quint8 *length);

    std::vector<Row> m_rows;
    std::vector<Token> m_tokens;
    std::vector<char16_t> m_chars;
};

} // namespace cw
