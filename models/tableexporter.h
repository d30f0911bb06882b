#pragma once

#include "domain/result.h"
#include "queryspec.h"

#include <QCoreApplication>

namespace cw {

class Database;

/// Writes the rows of a list (a QuerySpec statement) to a file a spreadsheet opens: CSV through
/// CsvWriter (UTF-8 with BOM, formula-looking cells neutralised) or XLSX through XlsxSheetWriter
/// (numbers, hours and money as numbers, dates as the list shows them). Columns are titled and
/// ordered as in the list; personal columns stay masked when @p mask is set.
///
/// Thread affinity: runs on the calling thread with its cache connection (call it on a worker).
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(cw::TableExporter)

public:
    enum class Format { Csv, Xlsx };

    /// The format a file name's suffix asks for (".xlsx" -> Xlsx, anything else -> Csv).
    static Format formatOf(const QString &path);

    /// Writes every row of @p statement (built from @p spec) to @p path; the number of rows
    /// written, or the error (the file is then left as it was).
    static Result<qint64> write(const Database &database, const QuerySpec &spec,
                                const QuerySpec::Statement &statement, bool mask, const QString &path,
                                Format format);
};

} // namespace cw
