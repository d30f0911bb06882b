#include "fileimporter.h"

#include "cache/database.h"
#include "connectors/minorunits.h"
#include "sync/recordupserter.h"
#include "sync/syncrunlog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {

using Kind = ImportMapping::Kind;

Error rowError(const QString &message, const QString &detail = {})
{
    return Error(Error::Category::Validation, message, detail).setCode(QStringLiteral("import.row"));
}

std::optional<QString> parseDate(const QString &text)
{
    const QString value = text.trimmed();
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
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('\'')).remove(QChar(0x00A0));
    static const QRegularExpression symbols(QStringLiteral("[€$£]|[A-Z]{3}"));
    text.remove(symbols);
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
    if (const auto match = clock.match(value); match.hasMatch())
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

} // namespace

FileImporter::FileImporter(const Database &database, qint64 systemId, std::shared_ptr<Clock> clock,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_systemId(systemId)
    , m_clock(std::move(clock))
{ }

Result<ImportPreview> FileImporter::preview(const QString &path, const TabularFile::Options &options,
                                            const QString &table, int rows)
{
    ImportPreview preview;
    auto format = TabularFile::formatOf(path);
    if (!format)
        return format.error();
    preview.format = format.value();
    TabularFile::Options chosen = options;
    if (preview.format == TabularFile::Format::Csv && chosen.encoding == TabularFile::Encoding::Auto) {
        auto encoding = TabularFile::detectEncoding(path);
        if (!encoding)
            return encoding.error();
        chosen.encoding = encoding.value();
    }
    preview.encoding =
        preview.format == TabularFile::Format::Csv ? chosen.encoding : TabularFile::Encoding::Auto;
    auto read = TabularFile::forEachRow(path, chosen, [&](const TabularRow &row) {
        if (preview.header.isEmpty())
            preview.header = row.cells;
        else
            preview.rows.append(row);
        return preview.rows.size() < rows;
    });
    if (!read)
        return read.error();
    preview.suggested = ImportMapping::guess(table, preview.header);
    return preview;
}

Result<CacheRecord> FileImporter::toRecord(const TabularRow &row, const QStringList &header,
                                           const ImportMapping &mapping, const QString &modifiedAt)
{
    CacheRecord record;
    QJsonObject raw;
    for (qsizetype i = 0; i < header.size(); ++i)
        raw.insert(header.at(i), row.cells.value(i));
    if (row.cells.size() > header.size())
        return rowError(
            tr("The row has %1 cells but the header only %2.").arg(row.cells.size()).arg(header.size()));
    QStringList keys;
    bool hasCurrency = false;
    for (const ImportMapping::Field &field : ImportMapping::fieldsOf(mapping.table)) {
        if (!mapping.columns.contains(field.name)) {
            if (field.required)
                return rowError(tr("%1 has no column.").arg(field.name));
            continue;
        }
        const QString text = row.cells.value(header.indexOf(mapping.columns.value(field.name)));
        if (mapping.keyFields.contains(field.name)) {
            if (text.trimmed().isEmpty())
                return rowError(tr("The key %1 is empty.").arg(field.name));
            keys.append(text.trimmed());
        }
        if (field.name == QLatin1String("external_id"))
            continue;
        auto value = convert(field, text);
        if (!value)
            return value.error();
        if (field.kind == Kind::Reference) {
            record.references.append(
                { field.column, field.table, value.value().toString(), mapping.referenceSystemId });
            continue;
        }
        hasCurrency = hasCurrency || field.name == QLatin1String("currency");
        record.fields.append({ field.column, value.value() });
    }
    const QStringList tableColumns { QStringLiteral("placement"), QStringLiteral("timesheet_line"),
                                     QStringLiteral("expense"), QStringLiteral("customer") };
    if (!hasCurrency && tableColumns.contains(mapping.table))
        record.fields.append(
            { QStringLiteral("currency"),
              mapping.defaultCurrency.isNull() ? QStringLiteral("") : mapping.defaultCurrency });
    record.fields.append({ QStringLiteral("modified_at"), modifiedAt });
    if (keys.isEmpty()) {
        // Why: without a key, identical rows must map to the same record on every import.
        const QByteArray joined = row.cells.join(QChar(0x1F)).toUtf8();
        keys.append(
            QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha1).toHex().left(24)));
    }
    record.externalId = keys.join(QLatin1Char('|'));
    record.raw = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    return record;
}

Result<ImportReport> FileImporter::run(const QString &path, const TabularFile::Options &options,
                                       const ImportMapping &mapping)
{
    m_cancel = false;
    SyncRunLog log(m_database, m_clock);
    auto run = log.start(QStringLiteral("import_") + mapping.table, m_systemId);
    if (!run)
        return run.error();
    ImportReport report;
    report.runId = run.value();
    RecordUpserter upserter(m_database, m_systemId, mapping.table);
    // Files carry no modification time per row; a fixed stamp keeps a re-imported row identical.
    const QString modifiedAt = QStringLiteral("1970-01-01T00:00:00Z");
    QStringList header;
    QList<CacheRecord> batch;
    QList<RecordFailure> refused;
    std::optional<Error> failure;
    const auto flush = [&]() -> bool {
        auto committed = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
            auto written = upserter.upsert(batch);
            if (!written)
                return written.error();
            UpsertCounts counts = written.value();
            counts.failed += refused.size();
            counts.failures = refused + counts.failures;
            if (auto added = log.addCounts(db, report.runId, batch.size() + refused.size(), counts); !added)
                return added;
            for (const RecordFailure &row : std::as_const(counts.failures)) {
                if (auto logged = log.event(db, report.runId, SyncRunLog::Level::Error, mapping.table,
                                            row.externalId, row.message, tr("line %1").arg(row.line));
                    !logged)
                    return logged;
            }
            report.counts += counts;
            return {};
        });
        batch.clear();
        refused.clear();
        if (!committed)
            failure = committed.error();
        return committed.ok();
    };
    auto read = TabularFile::forEachRow(path, options, [&](const TabularRow &row) {
        if (header.isEmpty()) {
            header = row.cells;
            if (auto valid = mapping.validate(header); !valid) {
                failure = valid.error();
                return false;
            }
            return true;
        }
        ++report.rows;
        auto record = toRecord(row, header, mapping, modifiedAt);
        if (record)
            batch.append(record.value());
        else
            refused.append({ QString(), row.line, record.error().userMessage(), record.error().detail() });
        if (batch.size() + refused.size() >= kCommitEvery && !flush())
            return false;
        if (report.rows % 10000 == 0)
            emit progress(report.rows);
        if (m_cancel) {
            report.cancelled = true;
            return false;
        }
        return true;
    });
    if (!failure)
        flush();
    if (!read && !failure)
        failure = read.error();
    const QString status = failure ? QStringLiteral("failed")
        : report.cancelled         ? QStringLiteral("cancelled")
        : report.counts.failed > 0 ? QStringLiteral("partial")
                                   : QStringLiteral("succeeded");
    const QString message = failure ? failure->userMessage()
        : report.counts.failed > 0  ? tr("%1 of %2 rows could not be imported; see the events.")
                                         .arg(report.counts.failed)
                                         .arg(report.rows)
                                   : QString();
    if (auto closed = log.finish(report.runId, status, message); !closed)
        return closed.error();
    if (failure)
        return *failure;
    return report;
}

Result<void> FileImporter::saveMapping(const QString &source, const ImportMapping &mapping) const
{
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "UPDATE system SET options = json_set(options, '$.import_mappings.' || json_quote(?), json(?)), "
            "updated_at = ? WHERE id = ?"));
        query.addBindValue(source);
        query.addBindValue(QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
        query.addBindValue(m_clock->now().toUTC().toString(Qt::ISODate));
        query.addBindValue(m_systemId);
        if (!query.exec())
            return sqlError(tr("The import mapping could not be saved."), query.lastError());
        if (query.numRowsAffected() == 0)
            return Error(Error::Category::NotFound, tr("The import source no longer exists."));
        return {};
    });
}

Result<ImportMapping> FileImporter::loadMapping(const QString &source) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT json_extract(options, '$.import_mappings.' || json_quote(?)) FROM system WHERE id = ?"));
    query.addBindValue(source);
    query.addBindValue(m_systemId);
    if (!query.exec())
        return sqlError(tr("The import mapping could not be read."), query.lastError());
    if (!query.next() || query.value(0).isNull())
        return Error(Error::Category::NotFound, tr("No mapping is saved for %1.").arg(source));
    return ImportMapping::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

} // namespace cw
