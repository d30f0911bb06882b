#include "demodatacommand.h"

#include "cache/database.h"
#include "commandline.h"
#include "ctlapp.h"
#include "sandbox/democachewriter.h"
#include "sandbox/demodatagenerator.h"

#include <QCommandLineParser>

#include <optional>

namespace cw {

namespace {

std::optional<DemoDataOptions> parse(const QStringList &arguments, QTextStream &out, QTextStream &err,
                                     int *exitCode)
{
    CommandLine line(DemoDataCommand::name(), DemoDataCommand::summary());
    QCommandLineParser &parser = line.parser();
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       DemoDataCommand::tr("Number of real-world customers (default 200)."),
                                       DemoDataCommand::tr("count"), QStringLiteral("200"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  DemoDataCommand::tr("Seed; the same seed gives the same data (default 1)."),
                                  DemoDataCommand::tr("number"), QStringLiteral("1"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        DemoDataCommand::tr("Date the data is as of, YYYY-MM-DD (default: derived from the seed)."),
        DemoDataCommand::tr("date"));
    parser.addOptions({ customers, seed, asOf });
    *exitCode = CtlApp::Usage;
    if (const std::optional<int> done = line.parse(arguments, out, err)) {
        *exitCode = *done;
        return std::nullopt;
    }
    DemoDataOptions options;
    bool ok = false;
    options.customers = parser.value(customers).toInt(&ok);
    if (!ok || !DemoDataGenerator::validate(options)) {
        err << DemoDataCommand::tr("--customers must be a whole number from 1 to %1.")
                   .arg(DemoDataGenerator::kMaxCustomers)
            << Qt::endl;
        return std::nullopt;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err << DemoDataCommand::tr("--seed must be a whole number from 0 to %1.")
                   .arg(std::numeric_limits<quint64>::max())
            << Qt::endl;
        return std::nullopt;
    }
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid()) {
            err << DemoDataCommand::tr("--as-of must be a date written YYYY-MM-DD.") << Qt::endl;
            return std::nullopt;
        }
    }
    return options;
}

void printSummary(const DemoDataStats &stats, QTextStream &out)
{
    for (const auto &[table, rows] : stats.rowsPerTable)
        out << table.leftJustified(20) << QString::number(rows).rightJustified(12) << Qt::endl;
    const double seconds = std::max<qint64>(stats.elapsedMs, 1) / 1000.0;
    out << DemoDataCommand::tr("%1 rows in %2 s, %3 rows/s")
               .arg(stats.totalRows)
               .arg(seconds, 0, 'f', 2)
               .arg(static_cast<qint64>(static_cast<double>(stats.totalRows) / seconds))
        << Qt::endl;
}

} // namespace

QString DemoDataCommand::summary()
{
    return tr("Fill an empty cache with deterministic demo data");
}

int DemoDataCommand::run(const Database &database, const QStringList &arguments, QTextStream &out,
                         QTextStream &err)
{
    int exitCode = CtlApp::Ok;
    const std::optional<DemoDataOptions> options = parse(arguments, out, err, &exitCode);
    if (!options)
        return exitCode;
    if (auto empty = DemoCacheWriter::checkEmpty(database); !empty) {
        err << empty.error().toString() << Qt::endl;
        return CtlApp::Usage;
    }
    err << tr("Writing demo data for %1 customers (seed %2, as of %3) into %4")
               .arg(options->customers)
               .arg(options->seed)
               .arg(options->resolvedAsOf().toString(Qt::ISODate), database.path())
        << Qt::endl;
    const auto progress = [&err](int percent) {
        err << '\r' << tr("Writing: %1 %").arg(percent) << Qt::flush;
    };
    const Result<DemoDataStats> filled = DemoDataGenerator::fill(database, *options, progress);
    err << Qt::endl;
    if (!filled) {
        err << filled.error().toString() << Qt::endl;
        return filled.error().code() == DemoCacheWriter::kCacheNotEmpty ? CtlApp::Usage : CtlApp::Failure;
    }
    printSummary(filled.value(), out);
    return CtlApp::Ok;
}

} // namespace cw
