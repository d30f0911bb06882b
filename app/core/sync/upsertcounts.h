#pragma once

#include "cacherecord.h"

#include <QList>

namespace cw {

/// What one or more upserts did, record by record. A plain value; add them up with +=.
struct UpsertCounts
{
    qint64 created = 0;
    qint64 updated = 0;
    /// Records whose cached row already held the same values (re-reads, re-imports).
    qint64 unchanged = 0;
    qint64 deleted = 0;
    qint64 failed = 0;
    /// One entry per failed record, in input order.
    QList<RecordFailure> failures;

    qint64 total() const { return created + updated + unchanged + deleted + failed; }
    UpsertCounts &operator+=(const UpsertCounts &other)
    {
        created += other.created;
        updated += other.updated;
        unchanged += other.unchanged;
        deleted += other.deleted;
        failed += other.failed;
        failures += other.failures;
        return *this;
    }
};

} // namespace cw
