#include "importcommand.h"

#include "cache/database.h"
#include "cache/systemrepository.h"
#include "commandline.h"
#include "connectors/file/fileimporter.h"
#include "ctlapp.h"
#include "terminationsignalwatcher.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <optional>

namespace cw {

namespace {

constexpr int kPreviewRows = 10;

struct Options
{
    QString file;
    QString table;
    QString system;
    QStringList maps;
    QStringList keys;
    TabularFile::Options tabular;
    bool preview = false;
    QString saveMapping;
    QString mapping;
    bool json = false;
    /// Set when the command ends after parsing (help shown, or a usage error).
    std::optional<int> exitCode;
};

std::optional<QChar> delimiterFrom(const QString &text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        return QChar(u'\t');
    if (text.size() == 1)
        return text.at(0);
    return std::nullopt;
}

std::optional<TabularFile::Encoding> encodingFrom(const QString &text)
{
    const QString name = text.toLower().remove(QLatin1Char('-'));
    if (name == QLatin1String("auto"))
        return TabularFile::Encoding::Auto;
    if (name == QLatin1String("utf8"))
        return TabularFile::Encoding::Utf8;
    if (name == QLatin1String("utf16"))
        return TabularFile::Encoding::Utf16;
    if (name == QLatin1String("windows1252") || name == QLatin1String("cp1252"))
        return TabularFile::Encoding::Windows1252;
    return std::nullopt;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("file"), ImportCommand::tr("The CSV or XLSX file to import."),
          QStringLiteral("FILE") },
        { QStringLiteral("table"),
          ImportCommand::tr("Cache table the rows go to: %1.")
              .arg(ImportMapping::tables().join(QStringLiteral(", "))),
          QStringLiteral("TABLE") },
        { QStringLiteral("system"),
          ImportCommand::tr("File source system the rows belong to; created when missing (default: the "
                            "mapping source, else the file's name)."),
          QStringLiteral("NAME") },
        { QStringLiteral("map"), ImportCommand::tr("Column feeding a field (repeatable)."),
          QStringLiteral("FIELD=COLUMN") },
        { QStringLiteral("key"),
          ImportCommand::tr("Field identifying a row (repeatable; default: the id column, else a hash of "
                            "the row)."),
          QStringLiteral("FIELD") },
        { QStringLiteral("delimiter"),
          ImportCommand::tr("Field separator of text files (a character or tab)."), QStringLiteral("X") },
        { QStringLiteral("encoding"),
          ImportCommand::tr("Text encoding: utf-8, utf-16, windows-1252 or auto (default)."),
          QStringLiteral("NAME"), QStringLiteral("auto") },
        { QStringLiteral("sheet"), ImportCommand::tr("Worksheet of a workbook (default: the first)."),
          QStringLiteral("NAME") },
        { QStringLiteral("preview"),
          ImportCommand::tr("Show the header, the first rows and the mapping; write nothing.") },
        { QStringLiteral("save-mapping"), ImportCommand::tr("Save the mapping for this source."),
          QStringLiteral("SOURCE") },
        { QStringLiteral("mapping"), ImportCommand::tr("Start from the mapping saved for this source."),
          QStringLiteral("SOURCE") },
        { QStringLiteral("json"), ImportCommand::tr("Print JSON instead of text.") },
    });
}

Options parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options;
    CommandLine line(ImportCommand::name(), ImportCommand::summary());
    QCommandLineParser &parser = line.parser();
    addOptions(parser);
    if (const std::optional<int> done = line.parse(arguments, out, err)) {
        options.exitCode = *done;
        return options;
    }
    const auto refuse = [&](const QString &message) {
        err << message << Qt::endl;
        options.exitCode = CtlApp::Usage;
        return options;
    };
    options.file = parser.value(QStringLiteral("file"));
    options.table = parser.value(QStringLiteral("table"));
    options.mapping = parser.value(QStringLiteral("mapping"));
    options.saveMapping = parser.value(QStringLiteral("save-mapping"));
    options.preview = parser.isSet(QStringLiteral("preview"));
    options.json = parser.isSet(QStringLiteral("json"));
    options.maps = parser.values(QStringLiteral("map"));
    options.keys = parser.values(QStringLiteral("key"));
    options.tabular.sheet = parser.value(QStringLiteral("sheet"));
    if (options.file.isEmpty())
        return refuse(ImportCommand::tr("Name the file to import with --file."));
    if (options.table.isEmpty() && options.mapping.isEmpty())
        return refuse(
            ImportCommand::tr("Name the table with --table (%1), or a saved mapping with --mapping.")
                .arg(ImportMapping::tables().join(QStringLiteral(", "))));
    if (!options.table.isEmpty() && !ImportMapping::tables().contains(options.table))
        return refuse(ImportCommand::tr("Files cannot be imported into \"%1\". Tables: %2.")
                          .arg(options.table, ImportMapping::tables().join(QStringLiteral(", "))));
    if (options.preview && !options.saveMapping.isEmpty())
        return refuse(
            ImportCommand::tr("--preview writes nothing, so it cannot --save-mapping; drop one of them."));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = delimiterFrom(parser.value(QStringLiteral("delimiter")));
        if (!delimiter)
            return refuse(ImportCommand::tr("The delimiter is one character, or \"tab\"."));
        options.tabular.delimiter = *delimiter;
    }
    const auto encoding = encodingFrom(parser.value(QStringLiteral("encoding")));
    if (!encoding)
        return refuse(ImportCommand::tr("Unknown encoding \"%1\": use utf-8, utf-16, windows-1252 or auto.")
                          .arg(parser.value(QStringLiteral("encoding"))));
    options.tabular.encoding = *encoding;
    for (const QString &map : std::as_const(options.maps)) {
        if (map.indexOf(QLatin1Char('=')) <= 0)
            return refuse(ImportCommand::tr("--map takes FIELD=COLUMN, not \"%1\".").arg(map));
    }
    options.system = parser.value(QStringLiteral("system"));
    if (options.system.isEmpty()) {
        // Saved mappings live in the system's options, so a source and its system share the name.
        const QString source = !options.mapping.isEmpty() ? options.mapping : options.saveMapping;
        options.system = !source.isEmpty() ? source : QFileInfo(options.file).completeBaseName();
    }
    return options;
}

/// The id of the file system named @p name; 0 when there is none.
Result<qint64> findFileSystem(const Database &database, const QString &name)
{
    auto systems = SystemRepository(database).list();
    if (!systems)
        return systems.error();
    for (const SystemConfig &system : std::as_const(systems.value())) {
        if (system.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (system.kind != SystemConfig::Kind::File)
            return Error(Error::Category::Validation,
                         ImportCommand::tr("\"%1\" is a %2 connection, not a file source; choose another "
                                           "--system.")
                             .arg(system.name, SystemConfig::kindTitle(system.kind)));
        return system.id;
    }
    return qint64(0);
}

Result<qint64> createFileSystem(const Database &database, const QString &name)
{
    SystemConfig system;
    system.kind = SystemConfig::Kind::File;
    system.name = name;
    return SystemRepository(database).insert(system);
}

/// The mapping saved for --mapping; nothing when the option is not given.
Result<std::optional<ImportMapping>> savedMapping(const Database &database, qint64 systemId,
                                                  const Options &options)
{
    if (options.mapping.isEmpty())
        return std::optional<ImportMapping>();
    if (systemId == 0)
        return Error(Error::Category::NotFound,
                     ImportCommand::tr("No mapping is saved for %1: the system \"%2\" does not exist.")
                         .arg(options.mapping, options.system));
    auto saved = FileImporter(database, systemId).loadMapping(options.mapping);
    if (!saved)
        return saved.error();
    if (!options.table.isEmpty() && saved.value().table != options.table)
        return Error(Error::Category::Validation,
                     ImportCommand::tr("The mapping %1 imports into %2, not %3.")
                         .arg(options.mapping, saved.value().table, options.table));
    return std::optional<ImportMapping>(std::move(saved).value());
}

/// @p mapping with the command line's --map and --key applied, reading @p sheet.
ImportMapping withOverrides(ImportMapping mapping, const Options &options, const QString &sheet)
{
    for (const QString &map : options.maps) {
        const qsizetype at = map.indexOf(QLatin1Char('='));
        mapping.columns.insert(map.left(at).trimmed(), map.mid(at + 1));
    }
    if (!options.keys.isEmpty())
        mapping.keyFields = options.keys;
    mapping.sheet = sheet;
    return mapping;
}

QString formatName(TabularFile::Format format)
{
    return format == TabularFile::Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QString keyText(const ImportMapping &mapping)
{
    return mapping.keyFields.isEmpty() ? ImportCommand::tr("a hash of the row")
                                       : mapping.keyFields.join(QStringLiteral(", "));
}

void printPreviewJson(const ImportPreview &preview, const ImportMapping &mapping, const Result<void> &valid,
                      const Options &options, QTextStream &out)
{
    QJsonArray rows;
    for (const TabularRow &row : preview.rows)
        rows.append(QJsonObject { { QStringLiteral("line"), row.line },
                                  { QStringLiteral("cells"), QJsonArray::fromStringList(row.cells) } });
    QJsonObject json { { QStringLiteral("file"), options.file },
                       { QStringLiteral("format"), formatName(preview.format) },
                       { QStringLiteral("header"), QJsonArray::fromStringList(preview.header) },
                       { QStringLiteral("rows"), rows },
                       { QStringLiteral("mapping"), mapping.toJson() },
                       { QStringLiteral("problem"), valid ? QString() : valid.error().userMessage() } };
    if (preview.format == TabularFile::Format::Csv)
        json.insert(QStringLiteral("encoding"), TabularFile::encodingName(preview.encoding));
    out << QJsonDocument(json).toJson(QJsonDocument::Indented) << Qt::flush;
}

void printPreviewText(const ImportPreview &preview, const ImportMapping &mapping, const Result<void> &valid,
                      const Options &options, QTextStream &out)
{
    const QString separator = QStringLiteral(" | ");
    out << ImportCommand::tr("%1 (%2%3)")
               .arg(options.file, formatName(preview.format),
                    preview.format == TabularFile::Format::Csv
                        ? QStringLiteral(", ") + TabularFile::encodingName(preview.encoding)
                        : QString())
        << Qt::endl;
    out << ImportCommand::tr("Header: %1").arg(preview.header.join(separator)) << Qt::endl;
    for (const TabularRow &row : preview.rows)
        out << ImportCommand::tr("line %1: %2").arg(row.line).arg(row.cells.join(separator)) << Qt::endl;
    out << Qt::endl << ImportCommand::tr("Mapping into %1:").arg(mapping.table) << Qt::endl;
    for (const ImportMapping::Field &field : ImportMapping::fieldsOf(mapping.table)) {
        const QString column = mapping.columns.value(field.name);
        out << QStringLiteral("  %1 %2%3\n")
                   .arg(field.name.leftJustified(18),
                        column.isEmpty() ? ImportCommand::tr("(no column)") : column,
                        field.required ? ImportCommand::tr(" (required)") : QString());
    }
    out << ImportCommand::tr("Rows are identified by %1.").arg(keyText(mapping)) << Qt::endl;
    if (!valid)
        out << ImportCommand::tr("This mapping cannot import yet: %1").arg(valid.error().userMessage())
            << Qt::endl;
    out << ImportCommand::tr("Preview only: nothing was written.") << Qt::endl;
}

/// Runs the import on a worker thread so progress reaches stderr and SIGINT can cancel it.
Result<ImportReport> importFile(const Database &database, qint64 systemId, const QString &path,
                                const TabularFile::Options &tabular, const ImportMapping &mapping,
                                QTextStream &err)
{
    FileImporter importer(database, systemId);
    QEventLoop loop;
    QObject::connect(&importer, &FileImporter::progress, &loop,
                     [&err](qint64 rows) { err << ImportCommand::tr("%1 rows read").arg(rows) << Qt::endl; });
    QObject::connect(&importer, &FileImporter::indexing, &loop,
                     [&err] { err << ImportCommand::tr("building the cache's indexes") << Qt::endl; });
    TerminationSignalWatcher watcher;
    QObject::connect(&watcher, &TerminationSignalWatcher::terminationRequested, &loop,
                     [&importer] { importer.cancel(); });
    std::optional<Result<ImportReport>> report;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        report = importer.run(path, tabular, mapping);
        database.releaseThreadConnection();
    }));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    return std::move(*report);
}

/// "line N: reason"; rows the cache refused after reading carry no line, only their key.
QString refusedRowText(const RecordFailure &failure)
{
    if (failure.line > 0)
        return ImportCommand::tr("line %1: %2").arg(failure.line).arg(failure.message);
    return ImportCommand::tr("row %1: %2").arg(failure.externalId, failure.message);
}

void printReportJson(const ImportReport &report, const QString &system, const Options &options,
                     const ImportMapping &mapping, QTextStream &out)
{
    const UpsertCounts &counts = report.counts;
    QJsonArray refused;
    for (const RecordFailure &failure : counts.failures)
        refused.append(QJsonObject { { QStringLiteral("line"), failure.line },
                                     { QStringLiteral("external_id"), failure.externalId },
                                     { QStringLiteral("reason"), failure.message },
                                     { QStringLiteral("detail"), failure.detail } });
    const QJsonObject json {
        { QStringLiteral("file"), options.file },      { QStringLiteral("system"), system },
        { QStringLiteral("table"), mapping.table },    { QStringLiteral("run_id"), report.runId },
        { QStringLiteral("rows"), report.rows },       { QStringLiteral("created"), counts.created },
        { QStringLiteral("updated"), counts.updated }, { QStringLiteral("unchanged"), counts.unchanged },
        { QStringLiteral("refused"), counts.failed },  { QStringLiteral("cancelled"), report.cancelled },
        { QStringLiteral("refused_rows"), refused }
    };
    out << QJsonDocument(json).toJson(QJsonDocument::Indented) << Qt::flush;
}

void printReportText(const ImportReport &report, const QString &system, const Options &options,
                     const ImportMapping &mapping, QTextStream &out)
{
    const UpsertCounts &counts = report.counts;
    out << ImportCommand::tr("Imported %1 into %2 of \"%3\" (run %4)")
               .arg(options.file, mapping.table, system)
               .arg(report.runId)
        << Qt::endl;
    const QList<std::pair<QString, qint64>> figures {
        { ImportCommand::tr("rows read"), report.rows },
        { ImportCommand::tr("created"), counts.created },
        { ImportCommand::tr("updated"), counts.updated },
        { ImportCommand::tr("unchanged"), counts.unchanged },
        { ImportCommand::tr("refused"), counts.failed },
    };
    for (const auto &[label, value] : figures)
        out << QStringLiteral("%1 %2\n").arg(label.leftJustified(12)).arg(value, 9);
    for (const RecordFailure &failure : counts.failures)
        out << refusedRowText(failure) << Qt::endl;
    if (report.cancelled)
        out << ImportCommand::tr("Cancelled: the rows counted above are in the cache; the rest of "
                                 "the file was not read.")
            << Qt::endl;
    out.flush();
}

} // namespace

QString ImportCommand::summary()
{
    return tr("Import a CSV or XLSX export into the cache (preview, mapping, refused rows by line)");
}

int ImportCommand::run(const Database &database, const QStringList &arguments, QTextStream &out,
                       QTextStream &err)
{
    const Options options = parse(arguments, out, err);
    if (options.exitCode)
        return *options.exitCode;
    const auto refuse = [&err](const QString &message) {
        err << message << Qt::endl;
        return CtlApp::Usage;
    };
    if (!QFileInfo(options.file).isFile())
        return refuse(tr("The file %1 does not exist.").arg(options.file));
    auto system = findFileSystem(database, options.system);
    if (!system)
        return refuse(system.error().userMessage());
    auto saved = savedMapping(database, system.value(), options);
    if (!saved)
        return refuse(saved.error().userMessage());
    TabularFile::Options tabular = options.tabular;
    if (tabular.sheet.isEmpty() && saved.value())
        tabular.sheet = saved.value()->sheet;
    auto preview = FileImporter::preview(options.file, tabular, options.table, kPreviewRows);
    if (!preview)
        return refuse(tr("%1 cannot be read: %2").arg(options.file, preview.error().toString()));
    const QStringList &header = preview.value().header;
    if (header.isEmpty())
        return refuse(
            tr("%1 is empty: there is no header row, so nothing can be imported.").arg(options.file));
    const ImportMapping mapping = withOverrides(
        saved.value() ? *saved.value() : ImportMapping::guess(options.table, header), options, tabular.sheet);
    const Result<void> valid = mapping.validate(header);
    if (options.preview) {
        if (options.json)
            printPreviewJson(preview.value(), mapping, valid, options, out);
        else
            printPreviewText(preview.value(), mapping, valid, options, out);
        return CtlApp::Ok;
    }
    if (!valid)
        return refuse(valid.error().userMessage());
    // Created only now, so refused arguments leave the cache as it was.
    if (system.value() == 0)
        system = createFileSystem(database, options.system);
    if (!system) {
        err << system.error().toString() << Qt::endl;
        return CtlApp::Failure;
    }
    if (!options.saveMapping.isEmpty()) {
        if (auto stored = FileImporter(database, system.value()).saveMapping(options.saveMapping, mapping);
            !stored) {
            err << stored.error().toString() << Qt::endl;
            return CtlApp::Failure;
        }
    }
    err << tr("Importing %1 into %2 of \"%3\"…").arg(options.file, mapping.table, options.system) << Qt::endl;
    auto report = importFile(database, system.value(), options.file, tabular, mapping, err);
    if (!report) {
        err << report.error().toString() << Qt::endl;
        return CtlApp::Failure;
    }
    if (options.json)
        printReportJson(report.value(), options.system, options, mapping, out);
    else
        printReportText(report.value(), options.system, options, mapping, out);
    return report.value().counts.failed > 0 || report.value().cancelled ? CtlApp::Failure : CtlApp::Ok;
}

} // namespace cw
