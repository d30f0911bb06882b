#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace cw {

struct JsonMember;

/// A value in a JSON document parsed by simdjson: read-only, cheap to copy, and sharing the
/// parsed document, which lives as long as any node of it.
///
/// Why not QJsonDocument: for the pages of a pull, building a QJsonObject of each record, looking
/// its values up by QString and writing it out again cost most of the client's CPU. A parsed
/// document here is one flat buffer; a member is found by comparing bytes.
///
/// Reads like QJsonValue, so that code written for it reads alike: a missing member, a member of
/// something that is not an object, or a value of another type reads as absent, empty or zero,
/// never as an error. Where a key is given twice the last one counts, as in a QJsonObject.
///
/// Thread affinity: none. Nodes of one document may be read from several threads at once.
class JsonNode
{
public:
    enum class Type { Absent, Null, Bool, Number, String, Array, Object };

    /// An absent value.
    JsonNode();

    /// The value @p json holds (UTF-8, any JSON value, blanks around it allowed); nullopt when it
    /// is not JSON, including numbers too large for 64 bits, which QJsonDocument would read as
    /// doubles.
    static std::optional<JsonNode> parse(QByteArrayView json);

    Type type() const;
    bool isObject() const { return type() == Type::Object; }
    bool isArray() const { return type() == Type::Array; }
    bool isString() const { return type() == Type::String; }
    bool isNumber() const { return type() == Type::Number; }
    bool isNull() const { return type() == Type::Null; }
    bool isAbsent() const { return type() == Type::Absent; }

    /// The member @p key of an object; absent otherwise.
    JsonNode operator[](std::string_view key) const;
    /// The elements of an array, in order; empty otherwise.
    QList<JsonNode> elements() const;
    /// The members of an object, in order, a key given twice twice; empty otherwise.
    QList<JsonMember> members() const;
    /// Calls @p visit with each member of an object, as members() lists them; nothing otherwise.
    /// The node passed is reused for the next member: copy it to keep it. Why: members() costs a
    /// list and a reference count per member, most of the work of reading a small record.
    void forEachMember(const std::function<void(std::string_view key, const JsonNode &value)> &visit) const;
    /// The number of elements of an array or members of an object; 0 otherwise.
    qsizetype size() const;

    /// A string's text; empty otherwise.
    QString toString() const;
    /// A string's UTF-8 bytes, valid while this node's document lives; empty otherwise.
    std::string_view utf8() const;
    /// A number that is a whole number in qint64's range; @p fallback otherwise.
    qint64 toInteger(qint64 fallback = 0) const;
    /// A number; @p fallback otherwise.
    double toDouble(double fallback = 0) const;
    /// true or false; @p fallback otherwise.
    bool toBool(bool fallback = false) const;

    /// The value as QJsonDocument::toJson(QJsonDocument::Compact) writes it after
    /// QJsonDocument::fromJson() read it (keys sorted, no blanks, Qt's forms of numbers and
    /// escapes), without the object member @p omitKey when given. Written straight from the parsed
    /// document; what it would write differently from Qt (keys with escapes or non-ASCII letters,
    /// a key given twice, control characters other than the five with letters) Qt writes. Empty for an absent
    /// value.
    QByteArray compact(std::string_view omitKey = {}) const;

private:
    struct Document;
    /// A simdjson::dom::element (a document pointer and a tape index) as its bytes, so that
    /// simdjson's 1.2 MB header stays out of every file that reads JSON.
    using ElementBytes = std::array<std::byte, 16>;

    JsonNode(std::shared_ptr<const Document> document, ElementBytes element);

    std::shared_ptr<const Document> m_document;
    ElementBytes m_element {};
};

/// A member of a JSON object: its key (UTF-8, unescaped, valid while the document lives) and value.
struct JsonMember
{
    std::string_view key;
    JsonNode value;
};

} // namespace cw
