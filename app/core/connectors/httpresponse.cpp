#include "httpresponse.h"

#include <QLocale>
#include <QTimeZone>

namespace cw {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

namespace {

// HTTP dates are always English and GMT; three layouts are legal (RFC 9110, section 5.6.7). The
// weekday is dropped before parsing: Qt rejects a weekday that does not match the date, which a
// two-digit RFC 850 year (read as 19xx) would never do.
QDateTime parseHttpDate(const QString &text)
{
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate
        "dd-MMM-yy HH:mm:ss 'GMT'", // RFC 850
        "MMM d HH:mm:ss yyyy", // asctime
    };
    const QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(QLatin1Char(','));
    const QString withoutWeekday =
        comma >= 0 ? simplified.mid(comma + 1).trimmed() : simplified.section(QLatin1Char(' '), 1);
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime parsed = c.toDateTime(withoutWeekday, QString::fromLatin1(format));
        if (parsed.isValid()) {
            // Two-digit RFC 850 years belong to the century that puts them nearest to now.
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
            parsed.setTimeZone(QTimeZone::utc());
            return parsed;
        }
    }
    return {};
}

} // namespace

std::optional<qint64> HttpResponse::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    const QDateTime when = parseHttpDate(QString::fromLatin1(trimmed));
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

QString HttpResponse::excerpt(const QByteArray &body, int maxBytes)
{
    const bool cut = body.size() > maxBytes;
    QString text = QString::fromUtf8(body.left(maxBytes));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (cut)
        text += QChar(0x2026);
    return text;
}

} // namespace cw
