#pragma once

#include "hubspottypes.h"

#include <QByteArray>
#include <QHash>

#include <optional>
#include <string>
#include <string_view>

namespace cw {

class JsonNode;

/// Reads a HubSpot list or search page (`{"results": [...], "paging": {"next": {"after": ...}},
/// "total": ...}`) straight from the response body into HubSpotObjects, through JsonNode.
///
/// Why: building a QJsonDocument of each page, looking its values up again and writing each
/// envelope's raw text took over half of the client's CPU in a full pull. Each envelope's raw
/// text stays what the cache has always stored: QJsonDocument's compact form without the
/// associations (JsonNode::compact()).
///
/// Lenient where QJsonObject was: a member of the wrong type reads as absent, an element of
/// `results` that is not an object as an empty envelope (kept, so its failure is reported). A
/// property's value is its text: a string unescaped, null empty, anything else its compact JSON.
///
/// Thread affinity: none, but not shared: each client has its own.
class HubSpotPageReader
{
public:
    /// The page in @p body; nullopt when @p body is not a JSON object in UTF-8.
    std::optional<HubSpotPage> read(const QByteArray &body);

private:
    HubSpotObject object(const JsonNode &envelope);
    /// The one QString of the association type @p utf8.
    QString name(std::string_view utf8);
    /// The name @p utf8 of the property at @p position of an envelope's properties.
    QByteArray propertyName(qsizetype position, std::string_view utf8);

    /// The one QString of each association type, shared by every envelope that has it.
    QHash<QByteArray, QString> m_names;
    /// The property name last seen at each position of an envelope's properties.
    QList<QByteArray> m_byPosition;
    /// The property text of the envelope being read.
    std::string m_text;
};

} // namespace cw
