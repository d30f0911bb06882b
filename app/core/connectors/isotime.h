#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cw {

/// ISO 8601 UTC text of epoch milliseconds and back, as every pulled record needs it, without
/// QDateTime's cost for the common forms: the results are those of QDateTime with Qt::UTC and
/// Qt::ISODate, which it falls back to for anything else. Pure functions; thread-safe.
class IsoTime
{
public:
    /// How UTC is written after the time: "Z" (QDateTime with Qt::UTC) or "+00:00" (with
    /// QTimeZone::utc()).
    enum class Designator { Z, Offset };

    /// "YYYY-MM-DDTHH:MM:SS" (milliseconds dropped) and the @p designator.
    static QString instant(qint64 epochMs, Designator designator = Designator::Z);
    /// "YYYY-MM-DD", the UTC day of @p epochMs.
    static QString date(qint64 epochMs);
    /// The date @p text starts with ("YYYY-MM-DD", a time may follow) as QDate::fromString() of its
    /// first ten characters with Qt::ISODate and QDate::toString() write it; empty when it is none.
    static QString date(QStringView text);
    /// Epoch milliseconds of "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.fffZ" (one to three
    /// fraction digits); empty for any other text, which the caller reads with QDateTime.
    static std::optional<qint64> parseUtc(QStringView text);
};

} // namespace cw
