#include "tableexporter.h"

#include "cache/database.h"
#include "cellformatter.h"
#include "csvwriter.h"
#include "xlsxsheetwriter.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <functional>

namespace cw {

namespace {

using RowSink = std::function<Result<void>(const QSqlQuery &results)>;

// Index of each column's value in a result row: the row id comes first, money columns also
// carry their currency.
QVector<int> resultSlots(const QuerySpec &spec)
{
    QVector<int> slotOf;
    int slot = 1;
    for (const QuerySpec::Column &column : spec.columns) {
        slotOf << slot;
        slot += column.kind == QuerySpec::Kind::Money ? 2 : 1;
    }
    return slotOf;
}

Result<qint64> forEachRow(const Database &database, const QuerySpec::Statement &statement, const RowSink &sink)
{
    QSqlQuery results(database.connection());
    results.setForwardOnly(true);
    if (!results.prepare(statement.sql))
        return sqlError(TableExporter::tr("The list could not be read from the cache."), results.lastError());
    for (const QVariant &value : statement.values)
        results.addBindValue(value);
    if (!results.exec())
        return sqlError(TableExporter::tr("The list could not be read from the cache."), results.lastError());
    qint64 rows = 0;
    while (results.next()) {
        if (auto written = sink(results); !written)
            return written.error();
        ++rows;
    }
    return rows;
}

Error writeError(const QString &path, const QString &reason)
{
    return Error(Error::Category::Config, TableExporter::tr("The file %1 cannot be written: %2.").arg(path, reason));
}

QStringList titlesOf(const QuerySpec &spec)
{
    QStringList titles;
    for (const QuerySpec::Column &column : spec.columns)
        titles << column.title;
    return titles;
}

Result<qint64> writeCsv(const Database &database, const QuerySpec &spec, const QuerySpec::Statement &statement,
                        bool mask, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    CsvWriter writer(&file);
    writer.writeRow(titlesOf(spec));
    const QVector<int> slotOf = resultSlots(spec);
    const CellFormatter formatter;
    auto rows = forEachRow(database, statement, [&](const QSqlQuery &results) -> Result<void> {
        QStringList cells;
        for (int column = 0; column < spec.columns.size(); ++column) {
            const int slot = slotOf.at(column);
            const QuerySpec::Column &definition = spec.columns.at(column);
            const QVariant currency = definition.kind == QuerySpec::Kind::Money ? results.value(slot + 1) : QVariant();
            cells << formatter.text(definition, results.value(slot), currency, mask);
        }
        if (!writer.writeRow(cells))
            return writeError(path, file.errorString());
        return {};
    });
    if (!rows)
        return rows.error();
    if (!file.commit())
        return writeError(path, file.errorString());
    return rows;
}

// A number where the spreadsheet can compute with it; the list's text otherwise.
XlsxSheetWriter::Cell xlsxCell(const QuerySpec::Column &column, const QVariant &value, const QVariant &currency,
                          bool mask, const CellFormatter &formatter)
{
    if (value.isNull() || (mask && column.personal))
        return { formatter.text(column, value, currency, mask), {} };
    switch (column.kind) {
    case QuerySpec::Kind::Count:
    case QuerySpec::Kind::Days:
    case QuerySpec::Kind::Seconds:
        return { value.toLongLong(), {} };
    case QuerySpec::Kind::Minutes:
        return { value.toLongLong() / 60.0, QStringLiteral("0.00") };
    case QuerySpec::Kind::Money: {
        const QString code = currency.toString();
        const int digits = CellFormatter::currencyDigits(code);
        return { value.toLongLong() / std::pow(10.0, digits), XlsxSheetWriter::moneyFormat(code, digits) };
    }
    default:
        return { formatter.text(column, value, currency, mask), {} };
    }
}

Result<qint64> writeXlsx(const Database &database, const QuerySpec &spec, const QuerySpec::Statement &statement,
                         bool mask, const QString &path)
{
    XlsxSheetWriter writer(path, spec.id.section(u'/', 0, 0));
    if (auto header = writer.writeHeader(titlesOf(spec)); !header)
        return header.error();
    const QVector<int> slotOf = resultSlots(spec);
    const CellFormatter formatter;
    auto rows = forEachRow(database, statement, [&](const QSqlQuery &results) {
        QList<XlsxSheetWriter::Cell> cells;
        for (int column = 0; column < spec.columns.size(); ++column) {
            const int slot = slotOf.at(column);
            const QuerySpec::Column &definition = spec.columns.at(column);
            const QVariant currency = definition.kind == QuerySpec::Kind::Money ? results.value(slot + 1) : QVariant();
            cells << xlsxCell(definition, results.value(slot), currency, mask, formatter);
        }
        return writer.writeRow(cells);
    });
    if (!rows)
        return rows.error();
    if (auto finished = writer.finish(); !finished)
        return finished.error();
    return rows;
}

} // namespace

TableExporter::Format TableExporter::formatOf(const QString &path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

Result<qint64> TableExporter::write(const Database &database, const QuerySpec &spec,
                                    const QuerySpec::Statement &statement, bool mask, const QString &path,
                                    Format format)
{
    return format == Format::Xlsx ? writeXlsx(database, spec, statement, mask, path)
                                  : writeCsv(database, spec, statement, mask, path);
}

} // namespace cw
