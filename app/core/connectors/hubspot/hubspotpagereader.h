#pragma once

#include "hubspottypes.h"

#include <QByteArray>
#include <QHash>

#include <memory>
#include <optional>

namespace cw {

/// Reads a HubSpot list or search page (`{"results": [...], "paging": {"next": {"after": ...}},
/// "total": ...}`) straight from the response body into HubSpotObjects, with simdjson.
///
/// Why: building a QJsonDocument of each page, looking its values up again and writing each
/// envelope's raw text byte by byte took over half of the client's CPU in a full pull. A page is
/// now read in one pass; each envelope's raw text, which must stay what the cache has always
/// stored (QJsonDocument's compact form without the associations), is assembled from the tokens
/// as sent, keys sorted, whenever every token is already in Qt's form (strings without escapes,
/// integers, literals: what HubSpot sends). An envelope with anything else (escapes, decimals,
/// members it does not know) is written by JsonNode::compact().
///
/// Lenient where QJsonObject was: a member of the wrong type reads as absent, an element of
/// `results` that is not an object as an empty envelope (kept, so its failure is reported).
///
/// Thread affinity: none, but not shared: it keeps its parser's buffers between pages, so each
/// thread (each client) has its own.
class HubSpotPageReader
{
public:
    HubSpotPageReader();
    ~HubSpotPageReader();
    HubSpotPageReader(const HubSpotPageReader &) = delete;
    HubSpotPageReader &operator=(const HubSpotPageReader &) = delete;

    /// The page in @p body; nullopt when @p body is not a JSON object in UTF-8.
    std::optional<HubSpotPage> read(const QByteArray &body);

private:
    struct Parser;

    std::unique_ptr<Parser> m_parser;
    /// The one QString of each property name, shared by every envelope that has it.
    QHash<QByteArray, QString> m_names;
};

} // namespace cw
