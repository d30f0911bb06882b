#pragma once

#include "connectors/jsonnode.h"

#include <QList>
#include <QString>

namespace cw {

/// One page of a Bullhorn `/query` or `/search`. A plain value.
struct BullhornPage
{
    /// The records, sharing the page's parsed document.
    QList<JsonNode> data;
    int start = 0;
    /// Matching records in all pages; -1 when Bullhorn did not say (query without showTotalMatched).
    qint64 total = -1;
};

/// What a checked write-back did. A plain value.
enum class BullhornWriteOutcome {
    /// The record already held every value: nothing was sent.
    Unchanged,
    /// The differing fields were written with POST entity/{Entity}/{id}.
    Updated,
};

} // namespace cw
