#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>

namespace cw {

/// The compact text of JSON values exactly as QJsonDocument::toJson(QJsonDocument::Compact) writes
/// them after QJsonDocument::fromJson() read them (keys sorted, no blanks, Qt's forms of numbers
/// and escapes), made straight from the bytes a server sent. A cache record keeps its raw record
/// in that form; writing it again from the parsed QJsonObject costs more than parsing the page.
///
/// What it does not rewrite the way Qt would (\u escapes, non-ASCII keys, duplicate keys, numbers
/// out of range) it declines, and the caller falls back to QJsonDocument. Input that is not JSON
/// is declined too, never misread. Pure functions; thread-safe.
class CompactJson
{
public:
    /// Each element of the array at the top-level key @p arrayKey of the JSON object @p document,
    /// in order, without its own top-level key @p omitKey (none when empty). An element that is not
    /// an object, or that the function declines, is an empty QByteArray. Empty when @p document
    /// holds no such array or declares @p arrayKey twice.
    static QList<QByteArray> arrayElements(QByteArrayView document, QLatin1StringView arrayKey,
                                           QLatin1StringView omitKey = {});
    /// The compact text of the single JSON value @p text, without the top-level key @p omitKey of
    /// an object (none when empty); empty when declined.
    static QByteArray value(QByteArrayView text, QLatin1StringView omitKey = {});
};

} // namespace cw
