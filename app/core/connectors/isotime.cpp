#include "isotime.h"

#include <QDateTime>
#include <QTimeZone>

namespace cw {

namespace {

constexpr qint64 kMsPerDay = 86400000;
// 10000-01-01T00:00:00Z: from there on QDateTime writes years of five digits.
constexpr qint64 kEndOfYear9999 = 253402300800000;

struct Civil
{
    int year = 0;
    int month = 0;
    int day = 0;
};

// Why: days since 1970-01-01 to a Gregorian date and back with integers alone (the
// era-based algorithm of Howard Hinnant's "chrono-compatible low-level date algorithms").
Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shifted + 2) / 5 + 1);
    const int month = int(shifted < 10 ? shifted + 3 : shifted - 9);
    return { int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month, day };
}

qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

char16_t *writeDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}

char16_t *writeDate(char16_t *out, const Civil &civil)
{
    out = writeDigits(out, civil.year, 4);
    *out++ = u'-';
    out = writeDigits(out, civil.month, 2);
    *out++ = u'-';
    return writeDigits(out, civil.day, 2);
}

/// The number of @p width digits at @p at; -1 when one is not a digit.
int readDigits(QStringView text, qsizetype at, int width)
{
    int value = 0;
    for (int i = 0; i < width; ++i) {
        const char16_t c = text.at(at + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString IsoTime::instant(qint64 epochMs, Designator designator)
{
    if (epochMs < 0 || epochMs >= kEndOfYear9999) {
        const QDateTime time = designator == Designator::Z
            ? QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)
            : QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc());
        return time.toString(Qt::ISODate);
    }
    const QLatin1StringView suffix =
        designator == Designator::Z ? QLatin1StringView("Z") : QLatin1StringView("+00:00");
    const qint64 seconds = (epochMs % kMsPerDay) / 1000;
    QString out(19 + suffix.size(), Qt::Uninitialized);
    char16_t *cursor =
        writeDate(reinterpret_cast<char16_t *>(out.data()), civilFromDays(epochMs / kMsPerDay));
    *cursor++ = u'T';
    cursor = writeDigits(cursor, int(seconds / 3600), 2);
    *cursor++ = u':';
    cursor = writeDigits(cursor, int(seconds / 60 % 60), 2);
    *cursor++ = u':';
    cursor = writeDigits(cursor, int(seconds % 60), 2);
    for (const char c : suffix)
        *cursor++ = char16_t(uchar(c));
    return out;
}

QString IsoTime::date(qint64 epochMs)
{
    if (epochMs < 0 || epochMs >= kEndOfYear9999)
        return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).date().toString(Qt::ISODate);
    QString out(10, Qt::Uninitialized);
    writeDate(reinterpret_cast<char16_t *>(out.data()), civilFromDays(epochMs / kMsPerDay));
    return out;
}

QString IsoTime::date(QStringView text)
{
    if (text.size() >= 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const int year = readDigits(text, 0, 4);
        const int month = readDigits(text, 5, 2);
        const int day = readDigits(text, 8, 2);
        // Written back the way it was read: the ten characters are already the answer.
        if (year >= 1970 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))
            return text.first(10).toString();
    }
    const QDate parsed =
        QDate::fromString(text.first(std::min<qsizetype>(text.size(), 10)).toString(), Qt::ISODate);
    return parsed.isValid() ? parsed.toString(Qt::ISODate) : QString();
}

std::optional<qint64> IsoTime::parseUtc(QStringView text)
{
    const qsizetype size = text.size();
    if ((size != 20 && (size < 22 || size > 24)) || text.back() != u'Z')
        return std::nullopt;
    if (text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':'
        || text.at(16) != u':' || (size > 20 && text.at(19) != u'.'))
        return std::nullopt;
    const int year = readDigits(text, 0, 4);
    const int month = readDigits(text, 5, 2);
    const int day = readDigits(text, 8, 2);
    const int hour = readDigits(text, 11, 2);
    const int minute = readDigits(text, 14, 2);
    const int second = readDigits(text, 17, 2);
    // Hour 24 and the rest are left to QDateTime, which has its own rules for them.
    if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0
        || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    int ms = 0;
    if (size > 20) {
        const int digits = int(size - 21);
        const int fraction = readDigits(text, 20, digits);
        if (fraction < 0)
            return std::nullopt;
        ms = digits == 1 ? fraction * 100 : digits == 2 ? fraction * 10 : fraction;
    }
    return daysFromCivil(year, month, day) * kMsPerDay + ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
}

} // namespace cw
