#include "hubspotpagereader.h"

#include "connectors/jsonnode.h"

#include <simdjson.h>

#include <vector>

namespace cw {

namespace od = simdjson::ondemand;

struct HubSpotPageReader::Parser
{
    /// Validates the whole body: the On-Demand pass below reads past what it does not use (a
    /// property's array, a member it does not know) without checking it.
    simdjson::dom::parser validator;
    od::parser parser;
    /// The body with the zero padding simdjson reads past the end; reused between pages.
    QByteArray padded;
};

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string_view trimmed(std::string_view token)
{
    while (!token.empty() && std::string_view(" \t\r\n").find(token.back()) != std::string_view::npos)
        token.remove_suffix(1);
    return token;
}

/// The envelope @p text as compact JSON without its associations, as QJsonDocument writes it; an
/// element that is no object (no @p text) as the empty envelope, as QJsonObject read it.
QByteArray compactWithoutAssociations(std::string_view text)
{
    const std::optional<JsonNode> envelope =
        JsonNode::parse(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
    return envelope && envelope->isObject() ? envelope->compact("associations") : QByteArrayLiteral("{}");
}

/// Takes @p item, a member of an object being iterated: its field, its unescaped key and, when
/// @p raw is given, where the key starts as sent (read first: unescaped_key() consumes the key).
bool takeMember(simdjson::simdjson_result<od::field> item, od::field &field, std::string_view &key,
                const char **raw = nullptr)
{
    if (std::move(item).get(field))
        return false;
    if (raw)
        *raw = field.key().raw();
    return !field.unescaped_key().get(key);
}

/// A member of an object: its key and the compact text of its value.
struct Member
{
    std::string_view key;
    std::string_view value;
};

/// Whether a key, @p raw as sent and @p key unescaped, is written as QJsonDocument would:
/// printable ASCII without escapes (Qt orders other keys by UTF-16 code units, not bytes).
bool plainKey(const char *raw, std::string_view key)
{
    return std::equal(key.cbegin(), key.cend(), raw) && raw[key.size()] == '"'
        && std::all_of(key.cbegin(), key.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

/// The text of a scalar @p value when QJsonDocument would write it alike: a string without
/// escapes or control characters, true, false, null, or an integer of at most 18 digits. Does not
/// consume the value.
bool scalarToken(od::value &value, std::string_view &token)
{
    token = trimmed(value.raw_json_token());
    if (token.empty())
        return false;
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    switch (token.front()) {
    case '"':
        return token.size() >= 2 && token.back() == '"'
            && std::none_of(token.cbegin() + 1, token.cend() - 1,
                            [](char c) { return c == '\\' || static_cast<uchar>(c) < 0x20; });
    case 't':
        return token == "true";
    case 'f':
        return token == "false";
    case 'n':
        return token == "null";
    default: {
        const std::string_view digits = token.front() == '-' ? token.substr(1) : token;
        return !digits.empty() && digits.size() <= 18 && std::all_of(digits.cbegin(), digits.cend(), isDigit)
            && (digits.front() != '0' || token == "0");
    }
    }
}

/// @p members as a compact object with its keys sorted, as QJsonDocument writes it; empty when a
/// key repeats (Qt keeps one of them).
QByteArray sortedObject(std::vector<Member> &members)
{
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
    qsizetype size = 2 + std::max<qsizetype>(0, qsizetype(members.size()) - 1);
    for (size_t i = 0; i < members.size(); ++i) {
        if (i > 0 && members[i].key == members[i - 1].key)
            return {};
        size += qsizetype(members[i].key.size() + members[i].value.size()) + 3;
    }
    QByteArray out(size, Qt::Uninitialized);
    char *at = out.data();
    const auto put = [&at](std::string_view text) {
        at = std::copy(text.cbegin(), text.cend(), at);
    };
    *at++ = '{';
    for (size_t i = 0; i < members.size(); ++i) {
        if (i > 0)
            *at++ = ',';
        *at++ = '"';
        put(members[i].key);
        put("\":");
        put(members[i].value);
    }
    *at++ = '}';
    return out;
}

/// Reads one page; every method returns false on malformed JSON, which fails the whole page.
class PageParse
{
public:
    explicit PageParse(QHash<QByteArray, QString> &names)
        : m_names(names)
    { }

    bool page(od::document &document, HubSpotPage &page)
    {
        od::object top;
        if (document.get_object().get(top))
            return false;
        for (auto member : top) {
            od::field field;
            std::string_view key;
            if (!takeMember(member, field, key))
                return false;
            od::value value = field.value();
            if (key == "results") {
                if (!results(value, page))
                    return false;
            } else if (key == "paging") {
                if (!paging(value, page))
                    return false;
            } else if (key == "total") {
                int64_t total = 0;
                if (!value.get_int64().get(total))
                    page.total = total;
            }
        }
        // Why: nothing may follow the object; past the end the location is out of bounds.
        return document.current_location().error() == simdjson::OUT_OF_BOUNDS;
    }

private:
    bool results(od::value value, HubSpotPage &page)
    {
        od::array array;
        if (value.get_array().get(array))
            return true;
        for (auto item : array) {
            od::value element;
            if (item.get(element))
                return false;
            HubSpotObject object;
            std::string_view text;
            od::object envelope;
            if (!element.get_object().get(envelope)) {
                // Why: raw_json() consumes the envelope; reset() rewinds it for reading.
                if (envelope.raw_json().get(text) || envelope.reset().error())
                    return false;
                // The values are shorter than the envelope: one allocation holds them.
                object.propertyText.reserve(static_cast<qsizetype>(text.size()));
                if (!read(envelope, object))
                    return false;
            }
            if (object.raw.isEmpty())
                object.raw = compactWithoutAssociations(text);
            page.results.append(std::move(object));
        }
        return true;
    }

    bool paging(od::value value, HubSpotPage &page)
    {
        od::object paging;
        if (value.get_object().get(paging))
            return true;
        od::value next;
        od::value after;
        if (paging.find_field_unordered("next").get(next) || next.find_field_unordered("after").get(after))
            return true;
        return text(after, page.nextAfter);
    }

    /// Reads the envelope into @p object, with its raw text when every member is one it writes
    /// the way QJsonDocument would (see scalarToken() and sortedObject()); the caller writes the
    /// others.
    bool read(od::object &envelope, HubSpotObject &object)
    {
        m_members.clear();
        bool canonical = true;
        for (auto member : envelope) {
            od::field field;
            std::string_view key;
            const char *rawKey = nullptr;
            if (!takeMember(member, field, key, &rawKey))
                return false;
            canonical = canonical && plainKey(rawKey, key);
            od::value value = field.value();
            if (key == "associations") {
                if (!associations(value, object))
                    return false;
                continue;
            }
            std::string_view token;
            if (key == "properties") {
                if (!properties(value, object, canonical))
                    return false;
                token = std::string_view(m_properties.constData(), size_t(m_properties.size()));
            } else {
                canonical = canonical && scalarToken(value, token);
                if (!envelopeMember(key, value, object))
                    return false;
            }
            m_members.push_back({ key, token });
        }
        if (canonical)
            object.raw = sortedObject(m_members);
        return true;
    }

    /// Reads the members of the envelope the mapper uses.
    bool envelopeMember(std::string_view key, od::value value, HubSpotObject &object)
    {
        bool archived = false;
        if (key == "id")
            return text(value, object.id);
        if (key == "archived")
            object.archived = !value.get_bool().get(archived) && archived;
        else if (key == "createdAt")
            return text(value, object.createdAt);
        else if (key == "updatedAt")
            return text(value, object.updatedAt);
        else if (key == "archivedAt")
            return text(value, object.archivedAt);
        return true;
    }

    /// Reads the properties into @p object and, while @p canonical, their compact text into
    /// m_properties; clears @p canonical when they are not all plain.
    bool properties(od::value value, HubSpotObject &object, bool &canonical)
    {
        od::object properties;
        if (value.get_object().get(properties)) {
            canonical = false;
            return true;
        }
        m_propertyMembers.clear();
        for (auto member : properties) {
            od::field field;
            std::string_view key;
            const char *rawKey = nullptr;
            if (!takeMember(member, field, key, &rawKey))
                return false;
            od::value propertyValue = field.value();
            std::string_view token;
            canonical = canonical && plainKey(rawKey, key) && scalarToken(propertyValue, token);
            std::string_view text;
            if (!utf8(propertyValue, text))
                return false;
            object.properties.append(
                { name(key), object.propertyText.size(), static_cast<qsizetype>(text.size()) });
            object.propertyText.append(text.data(), static_cast<qsizetype>(text.size()));
            m_propertyMembers.push_back({ key, token });
        }
        if (canonical) {
            m_properties = sortedObject(m_propertyMembers);
            canonical = !m_properties.isEmpty();
        }
        return true;
    }

    bool associations(od::value value, HubSpotObject &object)
    {
        od::object byType;
        if (value.get_object().get(byType))
            return true;
        for (auto member : byType) {
            od::field field;
            std::string_view toType;
            if (!takeMember(member, field, toType))
                return false;
            od::value links;
            od::array results;
            if (field.value().find_field_unordered("results").get(links) || links.get_array().get(results))
                continue;
            for (auto item : results) {
                od::object link;
                if (item.get_object().get(link))
                    continue;
                HubSpotAssociation association { name(toType), {}, {} };
                for (auto linkMember : link) {
                    od::field linkField;
                    std::string_view key;
                    if (!takeMember(linkMember, linkField, key))
                        return false;
                    if (key == "id" && !text(linkField.value(), association.id))
                        return false;
                    if (key == "type" && !text(linkField.value(), association.type))
                        return false;
                }
                object.associations.append(association);
            }
        }
        return true;
    }

    bool text(od::value value, QString &out)
    {
        std::string_view text;
        if (!utf8(value, text))
            return false;
        out = fromUtf8(text);
        return true;
    }

    /// A value as UTF-8 text: strings unescaped (valid while the page is read), null empty,
    /// numbers and booleans as written, objects and arrays as their JSON.
    static bool utf8(od::value value, std::string_view &out)
    {
        od::json_type type;
        if (value.type().get(type))
            return false;
        switch (type) {
        case od::json_type::string:
            return !value.get_string().get(out);
        case od::json_type::null: {
            bool null = false;
            out = {};
            return !value.is_null().get(null) && null;
        }
        case od::json_type::number:
        case od::json_type::boolean:
            out = trimmed(value.raw_json_token());
            return true;
        case od::json_type::object: {
            od::object inner;
            return !value.get_object().get(inner) && !inner.raw_json().get(out);
        }
        case od::json_type::array: {
            od::array inner;
            return !value.get_array().get(inner) && !inner.raw_json().get(out);
        }
        }
        return false;
    }

    QString name(std::string_view utf8)
    {
        // Why: every envelope of a page repeats the same dozen names; one QString each is shared.
        const QByteArray key = QByteArray::fromRawData(utf8.data(), static_cast<qsizetype>(utf8.size()));
        if (const auto found = m_names.constFind(key); found != m_names.cend())
            return found.value();
        const QString name = fromUtf8(utf8);
        m_names.insert(QByteArray(utf8.data(), static_cast<qsizetype>(utf8.size())), name);
        return name;
    }

    QHash<QByteArray, QString> &m_names;
    std::vector<Member> m_members;
    std::vector<Member> m_propertyMembers;
    /// The compact text of the envelope being read's properties.
    QByteArray m_properties;
};

} // namespace

HubSpotPageReader::HubSpotPageReader()
    : m_parser(std::make_unique<Parser>())
{ }

HubSpotPageReader::~HubSpotPageReader() = default;

std::optional<HubSpotPage> HubSpotPageReader::read(const QByteArray &body)
{
    QByteArray &padded = m_parser->padded;
    padded.resize(body.size() + simdjson::SIMDJSON_PADDING);
    std::copy(body.cbegin(), body.cend(), padded.begin());
    std::fill(padded.begin() + body.size(), padded.end(), '\0');
    simdjson::dom::element root;
    if (m_parser->validator.parse(padded.constData(), static_cast<size_t>(body.size()), false).get(root))
        return std::nullopt;
    od::document document;
    if (m_parser->parser
            .iterate(simdjson::padded_string_view(padded.constData(), static_cast<size_t>(body.size()),
                                                  static_cast<size_t>(padded.size())))
            .get(document))
        return std::nullopt;
    HubSpotPage page;
    PageParse parse(m_names);
    if (!parse.page(document, page))
        return std::nullopt;
    return page;
}

} // namespace cw
