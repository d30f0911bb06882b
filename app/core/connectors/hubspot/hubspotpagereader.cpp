#include "hubspotpagereader.h"

#include "connectors/jsonnode.h"

#include <algorithm>
#include <iterator>

namespace cw {

namespace {

/// What a value that is no string reads as: null or absent empty, anything else its JSON.
QByteArray jsonText(const JsonNode &value)
{
    return value.isNull() ? QByteArray() : value.compact();
}

/// A value as text: a string unescaped, otherwise jsonText().
QString text(const JsonNode &value)
{
    return value.isString() ? value.toString() : QString::fromUtf8(jsonText(value));
}

/// Appends what text() gives for @p value, as UTF-8, to @p out.
void appendText(const JsonNode &value, std::string &out)
{
    if (value.isString()) {
        out += value.utf8();
        return;
    }
    const QByteArray json = jsonText(value);
    out.append(json.constData(), size_t(json.size()));
}

} // namespace

std::optional<HubSpotPage> HubSpotPageReader::read(const QByteArray &body)
{
    const std::optional<JsonNode> root = JsonNode::parse(body);
    if (!root || !root->isObject())
        return std::nullopt;
    HubSpotPage page;
    if (const JsonNode total = (*root)["total"]; total.isNumber())
        page.total = total.toInteger(-1);
    page.nextAfter = text((*root)["paging"]["next"]["after"]);
    const QList<JsonNode> results = (*root)["results"].elements();
    page.results.reserve(results.size());
    for (const JsonNode &envelope : results)
        page.results.append(object(envelope));
    return page;
}

HubSpotObject HubSpotPageReader::object(const JsonNode &envelope)
{
    HubSpotObject object;
    // Why "{}": QJsonObject read an element that is no object as the empty envelope.
    object.raw = envelope.isObject() ? envelope.compact("associations") : QByteArrayLiteral("{}");
    // One pass over the envelope rather than a look-up per member; a later key given twice wins,
    // as it does in operator[].
    static constexpr std::string_view kKeys[] = { "id",         "archived",   "createdAt",   "updatedAt",
                                                  "archivedAt", "properties", "associations" };
    JsonNode id, archived, createdAt, updatedAt, archivedAt, properties, associations;
    JsonNode *const nodes[] = { &id,         &archived,   &createdAt,   &updatedAt,
                                &archivedAt, &properties, &associations };
    envelope.forEachMember([&](std::string_view key, const JsonNode &value) {
        const auto found = std::find(std::cbegin(kKeys), std::cend(kKeys), key);
        if (found != std::cend(kKeys))
            *nodes[found - std::cbegin(kKeys)] = value;
    });
    object.id = text(id);
    object.archived = archived.toBool();
    object.createdAt = text(createdAt);
    object.updatedAt = text(updatedAt);
    object.archivedAt = text(archivedAt);
    object.properties.reserve(properties.size());
    // Why a buffer kept between envelopes: appending to the QByteArray itself cost more than
    // reading the values.
    m_text.clear();
    properties.forEachMember([this, &object](std::string_view key, const JsonNode &value) {
        const size_t offset = m_text.size();
        appendText(value, m_text);
        object.properties.append({ propertyName(object.properties.size(), key), qsizetype(offset),
                                   qsizetype(m_text.size() - offset) });
    });
    object.propertyText = QByteArray(m_text.data(), qsizetype(m_text.size()));
    for (const JsonMember &byType : associations.members()) {
        for (const JsonNode &link : byType.value["results"].elements()) {
            if (link.isObject())
                object.associations.append({ name(byType.key), text(link["id"]), text(link["type"]) });
        }
    }
    return object;
}

QString HubSpotPageReader::name(std::string_view utf8)
{
    // Why: the links of every envelope repeat the same few types; one QString each is shared.
    const QByteArrayView key(utf8.data(), qsizetype(utf8.size()));
    if (const auto found = m_names.constFind(QByteArray::fromRawData(key.data(), key.size()));
        found != m_names.cend())
        return found.value();
    return m_names.insert(key.toByteArray(), QString::fromUtf8(key)).value();
}

QByteArray HubSpotPageReader::propertyName(qsizetype position, std::string_view utf8)
{
    // Why: the envelopes of a page list the same properties in the same order, so the name last
    // seen at a position nearly always matches and its bytes are shared, not copied.
    const QByteArrayView key(utf8.data(), qsizetype(utf8.size()));
    if (position < m_byPosition.size() && m_byPosition.at(position) == key)
        return m_byPosition.at(position);
    if (position >= m_byPosition.size())
        m_byPosition.resize(position + 1);
    m_byPosition[position] = key.toByteArray();
    return m_byPosition.at(position);
}

} // namespace cw
