#pragma once

#include "recordsource.h"

#include <vector>

namespace cw {

/// A RecordSource over records held in memory. Owns its records; read-only after construction,
/// so safe to read from several threads.
class VectorRecordSource : public RecordSource
{
public:
    explicit VectorRecordSource(std::vector<MatchRecord> records);

    qsizetype size() const override;
    MatchRecord record(qsizetype index) const override;
    const std::vector<MatchRecord> &records() const { return m_records; }

private:
    std::vector<MatchRecord> m_records;
};

} // namespace cw
