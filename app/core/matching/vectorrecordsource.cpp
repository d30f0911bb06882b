#include "vectorrecordsource.h"

namespace cw {

VectorRecordSource::VectorRecordSource(std::vector<MatchRecord> records)
    : m_records(std::move(records))
{ }

qsizetype VectorRecordSource::size() const
{
    return qsizetype(m_records.size());
}

MatchRecord VectorRecordSource::record(qsizetype index) const
{
    return m_records[size_t(index)];
}

} // namespace cw
