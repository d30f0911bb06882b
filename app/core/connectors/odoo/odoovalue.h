#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace cw {

/// Odoo's wire encoding of field values, both ways.
///
/// Odoo sends `false` for every empty non-boolean value (never null), a many2one as
/// `[id, display_name]` (a bare id with load=None), x2many fields as id lists (written with
/// OdooCommand triples), dates as "YYYY-MM-DD" and datetimes as "YYYY-MM-DD HH:MM:SS" in UTC
/// whatever the context's tz says.
/// Stateless; thread-safe.
class OdooValue
{
public:
    /// `false` for an empty string, else the string.
    static QJsonValue text(const QString &value);
    /// The string, or empty for `false`/null.
    static QString toText(const QJsonValue &value);

    /// A many2one value to write: the id, or `false` for 0.
    static QJsonValue many2one(qint64 id);
    /// The id of a many2one as read (`[id, name]`, a bare id, or false); empty when unset.
    static std::optional<qint64> many2oneId(const QJsonValue &value);
    /// The display name of a many2one read as `[id, name]`; empty otherwise.
    static QString many2oneName(const QJsonValue &value);

    /// "YYYY-MM-DD", or `false` for an invalid date.
    static QJsonValue date(const QDate &value);
    /// Parses "YYYY-MM-DD"; invalid for false or anything else.
    static QDate toDate(const QJsonValue &value);
    /// "YYYY-MM-DD HH:MM:SS" of @p value converted to UTC, or `false` for an invalid date-time.
    static QJsonValue dateTime(const QDateTime &value);
    /// Parses Odoo's UTC "YYYY-MM-DD HH:MM:SS" into a UTC QDateTime; invalid for false.
    static QDateTime toDateTime(const QJsonValue &value);

    /// The ids of an x2many value as read.
    static QList<qint64> ids(const QJsonValue &value);
    /// @p ids as a JSON array.
    static QJsonArray idArray(const QList<qint64> &ids);
};

} // namespace cw
