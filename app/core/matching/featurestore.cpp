#include "featurestore.h"

#include "countrycodes.h"
#include "featurehash.h"
#include "legalforms.h"
#include "phonetickey.h"
#include "taxidnormaliser.h"
#include "tokenstatistics.h"

#include <cmath>

namespace cw {

namespace {

quint64 hashOrZero(const QString &text)
{
    return text.isEmpty() ? 0 : FeatureHash::of(text);
}

quint64 hashOfTokens(const QStringList &tokens)
{
    return tokens.isEmpty() ? 0 : FeatureHash::of(tokens.join(QLatin1Char(' ')));
}

quint64 phoneNumber(const QString &e164)
{
    bool ok = false;
    const quint64 n = e164.mid(1).toULongLong(&ok);
    return ok ? n : 0;
}

} // namespace

void FeatureStore::reserve(qsizetype records)
{
    m_rows.reserve(size_t(records));
    m_tokens.reserve(size_t(records) * 3);
    m_chars.reserve(size_t(records) * 48);
}

quint32 FeatureStore::appendText(const QString &text, quint8 *length)
{
    const auto begin = quint32(m_chars.size());
    const qsizetype n = std::min<qsizetype>(text.size(), kMaxText);
    m_chars.insert(m_chars.end(), reinterpret_cast<const char16_t *>(text.utf16()),
                   reinterpret_cast<const char16_t *>(text.utf16()) + n);
    *length = quint8(n);
    return begin;
}

void FeatureStore::append(const NormalisedRecord &record)
{
    Row row;
    row.phone = record.phone.isEmpty() ? 0 : phoneNumber(record.phone);
    row.vat = hashOrZero(TaxIdNormaliser::body(record.vat));
    row.registry = hashOrZero(record.registryId);
    for (qsizetype k = 0; k < std::min<qsizetype>(2, record.domains.size()); ++k)
        row.domains[k] = FeatureHash::of(record.domains.at(k));
    row.postcode = hashOrZero(record.postcode);
    row.street = hashOfTokens(record.streetTokens);
    row.house = hashOrZero(record.houseNumber);
    row.city = hashOfTokens(record.cityTokens);
    row.legalForm = LegalForms::id(record.legalForm);
    row.legalFamily = LegalForms::familyOf(row.legalForm);
    row.country = CountryCodes::pack(record.country);

    const QStringList nameTokens = record.nameTokens.mid(0, kMaxTokens);
    row.nameBegin = appendText(nameTokens.join(QLatin1Char(' ')), &row.nameLength);
    row.streetBegin = appendText(record.street(), &row.streetLength);
    row.cityBegin = appendText(record.city(), &row.cityLength);
    row.tokenBegin = quint32(m_tokens.size());
    // Only tokens that lie wholly inside the stored name, so tokenText() stays valid.
    qsizetype used = 0;
    for (const QString &token : nameTokens) {
        used += token.size() + (used > 0 ? 1 : 0);
        if (used > kMaxText)
            break;
        Token t;
        t.hash = FeatureHash::of(token);
        t.phonetic = FeatureHash::of(PhoneticKey::encode(token));
        m_tokens.push_back(t);
        ++row.tokenCount;
    }
    m_rows.push_back(row);
}

void FeatureStore::append(const FeatureStore &other)
{
    const auto charBase = quint32(m_chars.size());
    const auto tokenBase = quint32(m_tokens.size());
    m_chars.insert(m_chars.end(), other.m_chars.begin(), other.m_chars.end());
    m_tokens.insert(m_tokens.end(), other.m_tokens.begin(), other.m_tokens.end());
    m_rows.reserve(m_rows.size() + other.m_rows.size());
    for (Row row : other.m_rows) {
        row.nameBegin += charBase;
        row.streetBegin += charBase;
        row.cityBegin += charBase;
        row.tokenBegin += tokenBase;
        m_rows.push_back(row);
    }
}

std::u16string_view FeatureStore::tokenText(qsizetype i, int k) const
{
    const std::u16string_view all = name(i);
    size_t begin = 0;
    for (int skipped = 0; skipped < k; ++skipped) {
        begin = all.find(u' ', begin);
        if (begin == std::u16string_view::npos)
            return {};
        ++begin;
    }
    const size_t end = all.find(u' ', begin);
    return all.substr(begin, end == std::u16string_view::npos ? std::u16string_view::npos : end - begin);
}

void FeatureStore::computeTokenWeights(const TokenStatistics &statistics)
{
    for (const Row &row : m_rows) {
        Token *tokens = m_tokens.data() + row.tokenBegin;
        // Repeated tokens add up (term frequency), so the norm is taken over distinct tokens.
        double norm = 0;
        for (int k = 0; k < row.tokenCount; ++k) {
            int count = 0;
            bool first = true;
            for (int p = 0; p < row.tokenCount; ++p) {
                count += tokens[p].hash == tokens[k].hash ? 1 : 0;
                first = first && !(p < k && tokens[p].hash == tokens[k].hash);
            }
            const double idf = statistics.idf(tokens[k].hash);
            tokens[k].weight = float(idf);
            tokens[k].frequency = statistics.frequency(tokens[k].hash);
            if (first)
                norm += double(count) * double(count) * idf * idf;
        }
        norm = std::sqrt(norm);
        for (int k = 0; k < row.tokenCount; ++k)
            tokens[k].weight = norm > 0 ? float(double(tokens[k].weight) / norm) : 0.0f;
    }
}

size_t FeatureStore::memoryBytes() const
{
    return m_rows.capacity() * sizeof(Row) + m_tokens.capacity() * sizeof(Token)
        + m_chars.capacity() * sizeof(char16_t);
}

} // namespace cw
