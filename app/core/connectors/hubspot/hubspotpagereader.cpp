#include "hubspotpagereader.h"

#include "connectors/jsonnode.h"

namespace cw {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// A value as text: a string unescaped, null or absent empty, anything else as its JSON.
QString text(const JsonNode &value)
{
    if (value.isString())
        return value.toString();
    return value.isNull() || value.isAbsent() ? QString() : QString::fromUtf8(value.compact());
}

/// Appends what text() gives for @p value, as UTF-8, to @p out.
void appendText(const JsonNode &value, QByteArray &out)
{
    if (value.isString()) {
        const std::string_view utf8 = value.utf8();
        out.append(utf8.data(), static_cast<qsizetype>(utf8.size()));
    } else if (!value.isNull()) {
        out.append(value.compact());
    }
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
    object.id = text(envelope["id"]);
    object.archived = envelope["archived"].toBool();
    object.createdAt = text(envelope["createdAt"]);
    object.updatedAt = text(envelope["updatedAt"]);
    object.archivedAt = text(envelope["archivedAt"]);
    const QList<JsonMember> properties = envelope["properties"].members();
    object.properties.reserve(properties.size());
    for (const JsonMember &property : properties) {
        const qsizetype offset = object.propertyText.size();
        appendText(property.value, object.propertyText);
        object.properties.append({ name(property.key), offset, object.propertyText.size() - offset });
    }
    for (const JsonMember &byType : envelope["associations"].members()) {
        for (const JsonNode &link : byType.value["results"].elements()) {
            if (link.isObject())
                object.associations.append({ name(byType.key), text(link["id"]), text(link["type"]) });
        }
    }
    return object;
}

QString HubSpotPageReader::name(std::string_view utf8)
{
    // Why: every envelope of a page repeats the same dozen names; one QString each is shared.
    const QByteArray key = QByteArray::fromRawData(utf8.data(), static_cast<qsizetype>(utf8.size()));
    if (const auto found = m_names.constFind(key); found != m_names.cend())
        return found.value();
    const QString name = fromUtf8(utf8);
    m_names.insert(QByteArray(utf8.data(), static_cast<qsizetype>(utf8.size())), name);
    return name;
}

} // namespace cw
