#include "rowconverter.h"

#include "connectors/minorunits.h"
#include "fileimporter.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace cw {

namespace {

using Kind = ImportMapping::Kind;

Error rowError(const QString &message, const QString &detail = {})
{
    return Error(Error::Category::Validation, message, detail).setCode(QStringLiteral("import.row"));
}

// yyyy-MM-dd at the start of @p value, as ASCII digits: the usual export format, read without
// QDate::fromString().
std::optional<QString> parseIsoDate(const QString &value)
{
    if (value.size() < 10 || value.at(4) != QLatin1Char('-') || value.at(7) != QLatin1Char('-'))
        return std::nullopt;
    const auto number = [&](qsizetype from, qsizetype length) {
        int result = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = value.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            result = result * 10 + (c - u'0');
        }
        return result;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year <= 0 || month < 0 || day < 0 || !QDate(year, month, day).isValid())
        return std::nullopt;
    return value.size() == 10 ? value : value.left(10);
}

std::optional<QString> parseDate(const QString &text)
{
    const QString value = text.trimmed();
    if (auto iso = parseIsoDate(value))
        return iso;
    static const char *const formats[] = { "yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy",
                                           "dd/MM/yyyy", "d/M/yyyy",   "yyyy/MM/dd" };
    const QString day = value.left(10);
    for (const char *format : formats) {
        const QDate date = QDate::fromString(
            value.size() > 10 && value.at(4) == QLatin1Char('-') ? day : value, QLatin1String(format));
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return std::nullopt;
}

std::optional<qint64> parseMoney(QString text)
{
    // Why: a plain number (the usual cell) has nothing to strip; the expression costs more than
    // the rest of the row.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('-')
            || c == QLatin1Char('+');
    });
    if (!plain) {
        text.remove(QLatin1Char(' ')).remove(QLatin1Char('\'')).remove(QChar(0x00A0));
        static const QRegularExpression symbols(QStringLiteral("[€$£]|[A-Z]{3}"));
        text.remove(symbols);
    }
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    const qsizetype point = text.lastIndexOf(QLatin1Char('.'));
    // Both separators: the later one is the decimal mark, the other groups thousands.
    if (comma >= 0 && point >= 0)
        text.remove(comma > point ? QLatin1Char('.') : QLatin1Char(','));
    return MinorUnits::fromDecimalText(text);
}

std::optional<qint64> parseMinutes(const QString &text)
{
    const QString value = text.trimmed();
    static const QRegularExpression clock(QStringLiteral("^(\\d+):([0-5]\\d)$"));
    if (const auto match = value.contains(QLatin1Char(':')) ? clock.match(value) : QRegularExpressionMatch();
        match.hasMatch())
        return match.captured(1).toLongLong() * 60 + match.captured(2).toLongLong();
    const auto hundredths = MinorUnits::fromDecimalText(value, 2);
    if (!hundredths || *hundredths < 0)
        return std::nullopt;
    return (*hundredths * 60 + 50) / 100;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString value = text.trimmed().toLower();
    static const QStringList yes { QStringLiteral("1"),  QStringLiteral("true"), QStringLiteral("yes"),
                                   QStringLiteral("y"),  QStringLiteral("x"),    QStringLiteral("ja"),
                                   QStringLiteral("oui") };
    static const QStringList no { QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
                                  QStringLiteral("n"), QStringLiteral("nein"),  QStringLiteral("non") };
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

std::optional<QString> parseLineStatus(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == QLatin1String("submitted") || value == QLatin1String("draft")
        || value == QLatin1String("pending") || value == QLatin1String("open"))
        return QStringLiteral("submitted");
    if (value == QLatin1String("approved") || value == QLatin1String("genehmigt")
        || value == QLatin1String("ok") || value == QLatin1String("completed"))
        return QStringLiteral("approved");
    if (value == QLatin1String("rejected") || value == QLatin1String("abgelehnt")
        || value == QLatin1String("declined"))
        return QStringLiteral("rejected");
    return std::nullopt;
}

std::optional<QString> parseCustomerStatus(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == QLatin1String("active"))
        return QStringLiteral("active");
    if (value == QLatin1String("archived") || value == QLatin1String("inactive"))
        return QStringLiteral("archived");
    if (value == QLatin1String("prospect") || value == QLatin1String("lead")
        || value == QLatin1String("not_customer"))
        return QStringLiteral("not_customer");
    return std::nullopt;
}

Result<QVariant> convert(const ImportMapping::Field &field, const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        if (field.required)
            return rowError(FileImporter::tr("%1 is empty.").arg(field.name));
        switch (field.kind) {
        case Kind::Date:
        case Kind::Money:
        case Kind::Integer:
        case Kind::Reference:
            return QVariant();
        case Kind::Bool:
            return QVariant(qint64(1));
        case Kind::LineStatus:
            return QVariant(QStringLiteral("submitted"));
        case Kind::CustomerStatus:
            return QVariant(QStringLiteral("active"));
        default:
            return QVariant(QStringLiteral(""));
        }
    }
    const auto bad = [&](const QString &what) {
        return rowError(FileImporter::tr("%1 \"%2\" is not %3.").arg(field.name, value.left(40), what));
    };
    switch (field.kind) {
    case Kind::Text:
    case Kind::Reference:
        return QVariant(value);
    case Kind::Date:
        if (auto date = parseDate(value))
            return QVariant(*date);
        return bad(FileImporter::tr("a date"));
    case Kind::Money:
        if (auto money = parseMoney(value))
            return QVariant(*money);
        return bad(FileImporter::tr("an amount"));
    case Kind::Hours:
        if (auto minutes = parseMinutes(value))
            return QVariant(*minutes);
        return bad(FileImporter::tr("a number of hours"));
    case Kind::Integer: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (ok)
            return QVariant(number);
        return bad(FileImporter::tr("a whole number"));
    }
    case Kind::Bool:
        if (auto flag = parseBool(value))
            return QVariant(qint64(*flag ? 1 : 0));
        return bad(FileImporter::tr("yes or no"));
    case Kind::LineStatus:
        if (auto status = parseLineStatus(value))
            return QVariant(*status);
        return bad(FileImporter::tr("approved, submitted or rejected"));
    case Kind::CustomerStatus:
        if (auto status = parseCustomerStatus(value))
            return QVariant(*status);
        return bad(FileImporter::tr("active, archived or prospect"));
    }
    return QVariant(value);
}

// Appends @p text as a JSON string exactly as QJsonDocument writes it: quote, backslash and
// control characters escaped (\\b \\f \\n \\r \\t, else \\u00xx), lone surrogates as \\uxxxx,
// everything else as UTF-8.
void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype run = 0;
    const auto flush = [&](qsizetype end) {
        if (end > run)
            out += text.sliced(run, end - run).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\' && !QChar::isSurrogate(c))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        flush(i);
        run = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u";
            out += hex[(c >> 12) & 0xF];
            out += hex[(c >> 8) & 0xF];
            out += hex[(c >> 4) & 0xF];
            out += hex[c & 0xF];
        }
    }
    flush(text.size());
    out += '"';
}

} // namespace

RowConverter::RowConverter(const QStringList &header, const ImportMapping &mapping, QString modifiedAt)
    : m_headerSize(header.size())
    , m_referenceSystemId(mapping.referenceSystemId)
    , m_modifiedAt(std::move(modifiedAt))
{
    for (const ImportMapping::Field &field : ImportMapping::fieldsOf(mapping.table)) {
        if (!mapping.columns.contains(field.name)) {
            if (field.required)
                m_cells.append({ field, -1, false, true });
            continue;
        }
        m_cells.append({ field, header.indexOf(mapping.columns.value(field.name)),
                         mapping.keyFields.contains(field.name), false });
    }
    static const QStringList currencyTables { QStringLiteral("placement"), QStringLiteral("timesheet_line"),
                                              QStringLiteral("expense"), QStringLiteral("customer") };
    if (!mapping.columns.contains(QStringLiteral("currency")) && currencyTables.contains(mapping.table))
        m_currency = mapping.defaultCurrency.isNull() ? QStringLiteral("") : mapping.defaultCurrency;
    // Why: QJsonObject orders the members and keeps the last of equal headers; building one from
    // the header once gives that layout, and each row's raw bytes stay what they were before.
    QJsonObject layout;
    for (qsizetype i = 0; i < header.size(); ++i)
        layout.insert(header.at(i), i);
    for (auto it = layout.constBegin(); it != layout.constEnd(); ++it) {
        QByteArray prefix;
        appendJsonString(prefix, it.key());
        prefix += ':';
        m_raw.append({ prefix, it.value().toInteger() });
    }
}

QByteArray RowConverter::rawJson(const QStringList &cells) const
{
    QByteArray json;
    json.reserve(64 * m_raw.size());
    json += '{';
    for (const RawMember &member : m_raw) {
        if (json.size() > 1)
            json += ',';
        json += member.prefix;
        appendJsonString(json,
                         member.index < cells.size() ? QStringView(cells.at(member.index)) : QStringView());
    }
    json += '}';
    return json;
}

Result<CacheRecord> RowConverter::toRecord(const TabularRow &row) const
{
    if (row.cells.size() > m_headerSize)
        return rowError(FileImporter::tr("The row has %1 cells but the header only %2.")
                            .arg(row.cells.size())
                            .arg(m_headerSize));
    CacheRecord record;
    record.line = row.line;
    record.fields.reserve(m_cells.size() + 2);
    QStringList keys;
    for (const Cell &cell : m_cells) {
        const ImportMapping::Field &field = cell.field;
        if (cell.unmapped)
            return rowError(FileImporter::tr("%1 has no column.").arg(field.name));
        const QString text = row.cells.value(cell.index);
        if (cell.key) {
            if (text.trimmed().isEmpty())
                return rowError(FileImporter::tr("The key %1 is empty.").arg(field.name));
            keys.append(text.trimmed());
        }
        if (field.name == QLatin1String("external_id"))
            continue;
        auto value = convert(field, text);
        if (!value)
            return value.error();
        if (field.kind == Kind::Reference)
            record.references.append(
                { field.column, field.table, value.value().toString(), m_referenceSystemId });
        else
            record.fields.append({ field.column, value.value() });
    }
    if (!m_currency.isNull())
        record.fields.append({ QStringLiteral("currency"), m_currency });
    record.fields.append({ QStringLiteral("modified_at"), m_modifiedAt });
    if (keys.isEmpty()) {
        // Why: without a key, identical rows must map to the same record on every import.
        const QByteArray joined = row.cells.join(QChar(0x1F)).toUtf8();
        keys.append(
            QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha1).toHex().left(24)));
    }
    record.externalId = keys.size() == 1 ? keys.constFirst() : keys.join(QLatin1Char('|'));
    record.raw = rawJson(row.cells);
    return record;
}

} // namespace cw
