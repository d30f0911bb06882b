#include "tokenstatistics.h"

#include "featurestore.h"

#include <cmath>

namespace cw {

void TokenStatistics::add(const FeatureStore &store)
{
    for (qsizetype i = 0; i < store.size(); ++i) {
        const auto tokens = store.tokens(i);
        for (size_t k = 0; k < tokens.size(); ++k) {
            bool repeated = false;
            for (size_t p = 0; p < k && !repeated; ++p)
                repeated = tokens[p].hash == tokens[k].hash;
            if (!repeated)
                ++m_frequency[tokens[k].hash];
        }
    }
    m_documents += store.size();
}

double TokenStatistics::idf(quint64 token) const
{
    const double n = double(std::max<quint32>(1, frequency(token)));
    return std::max(0.05, std::log((double(m_documents) + 1.0) / n));
}

} // namespace cw
