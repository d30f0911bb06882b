#pragma once

#include "flathashmap.h"

#include <QtGlobal>

namespace cw {

class FeatureStore;

/// Document frequencies of name tokens over the data sets being compared: how many records hold
/// each token. Feeds TF-IDF weights and the blocker's notion of a rare token.
///
/// Fill with add() for every store (one thread), then read from any number of threads.
class TokenStatistics
{
public:
    void add(const FeatureStore &store);

    /// Records holding the token with hash @p token (0 if none).
    quint32 frequency(quint64 token) const
    {
        const quint32 *n = m_frequency.find(token);
        return n ? *n : 0;
    }
    /// Records added.
    qint64 documentCount() const { return m_documents; }
    /// Inverse document frequency ln((N + 1) / frequency), at least a small positive floor.
    double idf(quint64 token) const;

private:
    FlatHashMap<quint32> m_frequency { 1024 };
    qint64 m_documents = 0;
};

} // namespace cw
