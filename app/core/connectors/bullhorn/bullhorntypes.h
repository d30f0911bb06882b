#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

/// One page of a Bullhorn `/query` or `/search`. A plain value.
struct BullhornPage
{
    QList<QJsonObject> data;
    int start = 0;
    /// Matching records in all pages; -1 when Bullhorn did not say (query without showTotalMatched).
    qint64 total = -1;
    /// The response body the page was read from (shared, not copied): the records' raw text is
    /// cut from it (see CompactJson) rather than written again from each QJsonObject.
    QByteArray body;
};

/// What a checked write-back did. A plain value.
enum class BullhornWriteOutcome {
    /// The record already held every value: nothing was sent.
    Unchanged,
    /// The differing fields were written with POST entity/{Entity}/{id}.
    Updated,
};

} // namespace cw
