#pragma once

#include "cacherecord.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace cw {

/// One page of records a PullSource fetched. A plain value.
struct PullPage
{
    /// Records to upsert, in the order read.
    QList<CacheRecord> records;
    /// Records read but not usable; counted as failed and logged with their reason.
    QList<RecordFailure> failures;
    /// The cursor to store once these records are committed; the next fetch() starts from it.
    QString cursor;
    /// True when fetch(cursor) has more to give in this run.
    bool more = false;
    /// Records the source expects in this run, -1 when unknown (for progress bars).
    qint64 expectedTotal = -1;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::PullPage)
