#pragma once

#include "matchrecord.h"

#include <QtGlobal>

namespace cw {

/// Random access to the records of one data set, for the matcher.
///
/// The matcher reads every record once to normalise it (from several threads at once, so
/// record() must be thread-safe) and again only to explain single pairs. An implementation can
/// hold records in memory (VectorRecordSource) or produce them on demand, which keeps memory
/// flat for millions of records.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    virtual qsizetype size() const = 0;
    /// Record @p index, 0 <= index < size(). Thread-safe.
    virtual MatchRecord record(qsizetype index) const = 0;
};

} // namespace cw
