#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cw {

class Database;

/// `crosswalkctl --cache C import --file F --table T [options]`: imports a CSV or XLSX export into
/// the cache through FileImporter for one system of kind "file" (found by --system, else named
/// after the mapping source or the file, and created when missing).
///
/// The mapping starts from a saved one (--mapping SOURCE) or the one guessed from the header, then
/// --map FIELD=COLUMN and --key FIELD override it; --save-mapping SOURCE stores the result for the
/// next export. --preview prints the header, the first rows and the mapping and writes nothing.
/// An import prints progress on stderr, then rows read / created / updated / unchanged / refused
/// and every refused row as "line N: reason" (text or --json). SIGINT/SIGTERM cancel the import;
/// the rows committed so far stay.
///
/// Exit codes (CtlApp): 0 every row imported, 1 rows refused (the good rows are kept), the import
/// cancelled or the cache failed, 2 bad arguments or a file that cannot be read (missing, empty,
/// binary, a mapping the header cannot satisfy). Thread affinity: the main thread; the import
/// itself runs on a worker thread with its own cache connection.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(cw::ImportCommand)

public:
    /// The command word.
    static QString name() { return QStringLiteral("import"); }
    /// One line for the command list of `crosswalkctl --help`.
    static QString summary();
    /// Runs the command; @p arguments are the words after "import".
    static int run(const Database &database, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);
};

} // namespace cw
