#include "jsonnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

namespace cw {

namespace dom = simdjson::dom;

struct JsonNode::Document
{
    dom::document tree;
};

namespace {

static_assert(sizeof(dom::element) == 16 && std::is_trivially_copyable_v<dom::element>,
              "JsonNode keeps a simdjson::dom::element as its 16 bytes");

dom::element toElement(const std::array<std::byte, 16> &bytes)
{
    return std::bit_cast<dom::element>(bytes);
}

std::array<std::byte, 16> toBytes(const dom::element &element)
{
    return std::bit_cast<std::array<std::byte, 16>>(element);
}

/// Each thread's parser and the padded copy of the text it reads (simdjson reads past the end),
/// both kept between documents so that their buffers are allocated once.
struct ThreadParser
{
    dom::parser parser;
    QByteArray padded;
};

/// The largest text whose buffers a thread keeps: a page of a pull is well below it.
constexpr qsizetype kKeptTextBytes = 16 * 1024 * 1024;

ThreadParser &threadParser()
{
    thread_local ThreadParser parser;
    return parser;
}

/// @p value as a qint64 when it is a whole number in its range: QJsonDocument reads such a double
/// as an integer ("1e3" is written 1000, "-0.0" 0), and QJsonValue::toInteger() takes it.
std::optional<qint64> wholeNumber(double value)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (std::trunc(value) == value && value >= -limit && value < limit)
        return qint64(value);
    return std::nullopt;
}

/// Byte-parallel tests on eight bytes at once (Hacker's Delight, 6-1): each is non-zero exactly
/// when some byte of @p word matches. Why: a page is mostly text, and testing it a byte at a time
/// was a third of writing it.
constexpr uint64_t kOnes = 0x0101010101010101;
constexpr uint64_t kHighBits = 0x8080808080808080;

constexpr uint64_t bytesBelow(uint64_t word, uint8_t limit)
{
    return (word - kOnes * limit) & ~word & kHighBits;
}

constexpr uint64_t bytesEqual(uint64_t word, uint8_t value)
{
    return bytesBelow(word ^ (kOnes * value), 1);
}

/// A byte QJsonDocument escapes in a string: a control character, the quote or the backslash.
constexpr uint64_t escapedBytes(uint64_t word)
{
    return bytesBelow(word, 0x20) | bytesEqual(word, '"') | bytesEqual(word, '\\');
}

/// Up to eight bytes from @p data as a word: 1 to 7 bytes, some of them twice, and for none
/// letters, which match no test. Why not memcpy of @p size bytes: a call per string, and strings
/// are short.
uint64_t shortWord(const char *data, size_t size)
{
    const auto load32 = [](const char *at) {
        uint32_t word = 0;
        std::memcpy(&word, at, 4);
        return uint64_t(word);
    };
    if (size >= 4)
        return load32(data) | load32(data + size - 4) << 32;
    if (size == 0)
        return kOnes * 'a';
    const auto byte = [data](size_t at) {
        return uint64_t(uint8_t(data[at]));
    };
    return (kOnes * 'a' & ~uint64_t(0xffffff)) | byte(0) | byte(size / 2) << 8 | byte(size - 1) << 16;
}

/// Whether @p test finds a byte of @p text, eight at a time.
template<typename Test> bool anyByte(std::string_view text, Test test)
{
    const auto load64 = [](const char *at) {
        uint64_t word = 0;
        std::memcpy(&word, at, 8);
        return word;
    };
    const size_t size = text.size();
    if (size < 8)
        return test(shortWord(text.data(), size));
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        if (test(load64(text.data() + i)))
            return true;
    }
    // The last eight bytes, some tested already: testing a byte twice changes nothing.
    return i != size && test(load64(text.data() + size - 8));
}

/// A key QJsonDocument writes as its bytes and orders as them: printable ASCII without the two
/// characters it escapes (it orders other keys by UTF-16 code units).
bool plainKey(std::string_view key)
{
    return !anyByte(
        key, [](uint64_t word) { return escapedBytes(word) | (word & kHighBits) | bytesEqual(word, 0x7f); });
}

/// Text written into a buffer kept between documents, which grows only when full. Why not
/// appending to a std::string: that cost a call and a capacity check for every quote and comma;
/// here a key or a string with its quotes is one check and one copy.
class Output
{
public:
    explicit Output(std::string &buffer)
        : m_buffer(buffer)
    { }

    /// Writes @p parts one after the other.
    template<typename... Parts> void put(const Parts &...parts)
    {
        char *at = room((std::string_view(parts).size() + ...));
        ((at = std::copy_n(std::string_view(parts).data(), std::string_view(parts).size(), at)), ...);
        m_used = size_t(at - m_buffer.data());
    }
    void put(char c) { put(std::string_view(&c, 1)); }

    size_t size() const { return m_used; }
    void truncate(size_t size) { m_used = std::min(m_used, size); }
    std::string_view text() const { return { m_buffer.data(), m_used }; }

private:
    char *room(size_t size)
    {
        if (m_used + size > m_buffer.size())
            m_buffer.resize(std::max(m_buffer.size() * 2, m_used + size));
        return m_buffer.data() + m_used;
    }

    std::string &m_buffer;
    size_t m_used = 0;
};

/// Writes a value in QJsonDocument's compact form; every method returns false where the form
/// would differ from Qt's, and the caller lets Qt write the value.
class CompactWriter
{
public:
    explicit CompactWriter(Output &out)
        : m_out(out)
    { }

    bool value(dom::element element, std::string_view omitKey = {})
    {
        switch (element.type()) {
        case dom::element_type::OBJECT:
            return object(dom::object(element), omitKey);
        case dom::element_type::ARRAY:
            return array(dom::array(element));
        case dom::element_type::STRING:
            return string(std::string_view(element));
        case dom::element_type::INT64:
            return integer(int64_t(element));
        case dom::element_type::UINT64:
            // Too large for a qint64: Qt reads it as a double.
            return real(double(uint64_t(element)));
        case dom::element_type::DOUBLE:
            return real(double(element));
        case dom::element_type::BOOL:
            m_out.put(bool(element) ? "true" : "false");
            return true;
        case dom::element_type::NULL_VALUE:
            m_out.put("null");
            return true;
        }
        return false;
    }

private:
    struct Member
    {
        std::string_view key;
        dom::element value;
    };

    /// What writing an object in its own order came to: written, keys out of order (sort them),
    /// or something Qt must write.
    enum class Outcome { Written, Unordered, Declined };

    bool object(dom::object object, std::string_view omitKey)
    {
        const size_t start = m_out.size();
        switch (objectInOrder(object, omitKey)) {
        case Outcome::Written:
            return true;
        case Outcome::Declined:
            return false;
        case Outcome::Unordered:
            m_out.truncate(start);
            return objectSorted(object, omitKey);
        }
        return false;
    }

    /// Writes the members as they come while each key is greater than the one before. Why: most
    /// objects arrive with their keys sorted (Qt and many servers write them so), and one pass
    /// spares listing, sorting and checking the members.
    Outcome objectInOrder(dom::object object, std::string_view omitKey)
    {
        m_out.put('{');
        std::string_view previous;
        bool first = true;
        for (const dom::key_value_pair &member : object) {
            if (!omitKey.empty() && member.key == omitKey)
                continue;
            if (!first && !(previous < member.key))
                return Outcome::Unordered;
            if (!plainKey(member.key))
                return Outcome::Declined;
            if (!first)
                m_out.put(',');
            first = false;
            previous = member.key;
            writeKey(member.key);
            if (!value(member.value))
                return Outcome::Declined;
        }
        m_out.put('}');
        return Outcome::Written;
    }

    bool objectSorted(dom::object object, std::string_view omitKey)
    {
        QVarLengthArray<Member, 32> members;
        for (const dom::key_value_pair &member : object) {
            if (!plainKey(member.key))
                return false;
            if (member.key != omitKey || omitKey.empty())
                members.append({ member.key, member.value });
        }
        const auto byKey = [](const Member &a, const Member &b) {
            return a.key < b.key;
        };
        std::sort(members.begin(), members.end(), byKey);
        // Why decline a key given twice: which of them Qt keeps is its own business.
        if (std::adjacent_find(members.cbegin(), members.cend(),
                               [](const Member &a, const Member &b) { return a.key == b.key; })
            != members.cend())
            return false;
        m_out.put('{');
        for (const Member &member : members) {
            if (&member != members.cbegin())
                m_out.put(',');
            writeKey(member.key);
            if (!value(member.value))
                return false;
        }
        m_out.put('}');
        return true;
    }

    void writeKey(std::string_view key) { m_out.put("\"", key, "\":"); }

    bool array(dom::array array)
    {
        m_out.put('[');
        bool first = true;
        for (const dom::element element : array) {
            if (!first)
                m_out.put(',');
            first = false;
            if (!value(element))
                return false;
        }
        m_out.put(']');
        return true;
    }

    /// Qt escapes the quote, the backslash and the control characters, the five common ones by
    /// letter; the others (\u00XX) are left to Qt.
    bool string(std::string_view text)
    {
        if (!anyByte(text, escapedBytes)) {
            m_out.put("\"", text, "\"");
            return true;
        }
        m_out.put('"');
        size_t run = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            char letter = 0;
            switch (c) {
            case '"':
            case '\\':
                letter = char(c);
                break;
            case '\b':
                letter = 'b';
                break;
            case '\f':
                letter = 'f';
                break;
            case '\n':
                letter = 'n';
                break;
            case '\r':
                letter = 'r';
                break;
            case '\t':
                letter = 't';
                break;
            default:
                return false;
            }
            const char escape[] = { '\\', letter };
            m_out.put(text.substr(run, i - run), std::string_view(escape, 2));
            run = i + 1;
        }
        m_out.put(text.substr(run), "\"");
        return true;
    }

    bool real(double value)
    {
        if (!std::isfinite(value))
            return false;
        if (const std::optional<qint64> whole = wholeNumber(value))
            return integer(*whole);
        const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        m_out.put(std::string_view(text.constData(), size_t(text.size())));
        return true;
    }

    bool integer(qint64 value)
    {
        char digits[24];
        m_out.put(std::string_view(
            digits, size_t(std::to_chars(digits, digits + sizeof digits, value).ptr - digits)));
        return true;
    }

    Output &m_out;
};

/// What CompactWriter declines, written by QJsonDocument from the value's minified text (the
/// same values: Qt reads them as it would have read the original).
QByteArray qtCompact(dom::element element, std::string_view omitKey)
{
    const std::string text = simdjson::to_string(element);
    const QJsonArray read =
        QJsonDocument::fromJson(QByteArray("[") + QByteArray::fromStdString(text) + ']').array();
    // Why check: first() of an empty array is undefined; Qt reading simdjson's JSON is expected.
    if (read.isEmpty())
        return {};
    QJsonValue value = read.first();
    if (value.isObject() && !omitKey.empty()) {
        QJsonObject object = value.toObject();
        object.remove(QString::fromUtf8(omitKey.data(), qsizetype(omitKey.size())));
        value = object;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

} // namespace

JsonNode::JsonNode() = default;

JsonNode::JsonNode(std::shared_ptr<const Document> document, ElementBytes element)
    : m_document(std::move(document))
    , m_element(element)
{ }

std::optional<JsonNode> JsonNode::parse(QByteArrayView json)
{
    ThreadParser &parser = threadParser();
    parser.padded.resize(json.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    std::copy(json.cbegin(), json.cend(), parser.padded.begin());
    std::fill(parser.padded.begin() + json.size(), parser.padded.end(), '\0');
    // Each document its own: nodes of the previous one may still be in use.
    auto document = std::make_shared<Document>();
    dom::element root;
    const simdjson::error_code error =
        parser.parser
            .parse_into_document(document->tree, reinterpret_cast<const uint8_t *>(parser.padded.constData()),
                                 size_t(json.size()), false)
            .get(root);
    if (json.size() > kKeptTextBytes) {
        // Why: the buffers are kept for the next page; one huge answer must not hold several times
        // its size for the rest of the thread's life.
        parser.parser = dom::parser();
        parser.padded = QByteArray();
    }
    if (error)
        return std::nullopt;
    return JsonNode(std::move(document), toBytes(root));
}

JsonNode::Type JsonNode::type() const
{
    if (!m_document)
        return Type::Absent;
    switch (toElement(m_element).type()) {
    case dom::element_type::OBJECT:
        return Type::Object;
    case dom::element_type::ARRAY:
        return Type::Array;
    case dom::element_type::STRING:
        return Type::String;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        return Type::Number;
    case dom::element_type::BOOL:
        return Type::Bool;
    case dom::element_type::NULL_VALUE:
        return Type::Null;
    }
    return Type::Absent;
}

JsonNode JsonNode::operator[](std::string_view key) const
{
    if (!isObject())
        return {};
    std::optional<dom::element> found;
    for (const dom::key_value_pair &member : dom::object(toElement(m_element))) {
        if (member.key == key)
            found = member.value;
    }
    return found ? JsonNode(m_document, toBytes(*found)) : JsonNode();
}

QList<JsonNode> JsonNode::elements() const
{
    QList<JsonNode> out;
    if (!isArray())
        return out;
    const dom::array array(toElement(m_element));
    out.reserve(qsizetype(array.size()));
    for (const dom::element element : array)
        out.append(JsonNode(m_document, toBytes(element)));
    return out;
}

QList<JsonMember> JsonNode::members() const
{
    QList<JsonMember> out;
    out.reserve(size());
    forEachMember([&out](std::string_view key, const JsonNode &value) { out.append({ key, value }); });
    return out;
}

void JsonNode::forEachMember(const std::function<void(std::string_view, const JsonNode &)> &visit) const
{
    if (!isObject())
        return;
    JsonNode value(m_document, {});
    for (const dom::key_value_pair &member : dom::object(toElement(m_element))) {
        value.m_element = toBytes(member.value);
        visit(member.key, value);
    }
}

qsizetype JsonNode::size() const
{
    switch (type()) {
    case Type::Object:
        return qsizetype(dom::object(toElement(m_element)).size());
    case Type::Array:
        return qsizetype(dom::array(toElement(m_element)).size());
    default:
        return 0;
    }
}

std::string_view JsonNode::utf8() const
{
    return isString() ? std::string_view(toElement(m_element)) : std::string_view();
}

QString JsonNode::toString() const
{
    const std::string_view text = utf8();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

qint64 JsonNode::toInteger(qint64 fallback) const
{
    if (!m_document)
        return fallback;
    const dom::element element = toElement(m_element);
    switch (element.type()) {
    case dom::element_type::INT64:
        return int64_t(element);
    case dom::element_type::DOUBLE:
        return wholeNumber(double(element)).value_or(fallback);
    default:
        return fallback;
    }
}

double JsonNode::toDouble(double fallback) const
{
    if (!m_document)
        return fallback;
    const dom::element element = toElement(m_element);
    switch (element.type()) {
    case dom::element_type::INT64:
        return double(int64_t(element));
    case dom::element_type::UINT64:
        return double(uint64_t(element));
    case dom::element_type::DOUBLE:
        return double(element);
    default:
        return fallback;
    }
}

bool JsonNode::toBool(bool fallback) const
{
    return type() == Type::Bool ? bool(toElement(m_element)) : fallback;
}

QByteArray JsonNode::compact(std::string_view omitKey) const
{
    if (!m_document)
        return {};
    thread_local std::string buffer;
    Output out(buffer);
    const dom::element element = toElement(m_element);
    const bool written = CompactWriter(out).value(element, omitKey);
    QByteArray text =
        written ? QByteArray(out.text().data(), qsizetype(out.text().size())) : qtCompact(element, omitKey);
    if (buffer.size() > size_t(kKeptTextBytes))
        buffer = std::string(); // as parse() does
    return text;
}

} // namespace cw
