#pragma once

#include "domain/result.h"
#include "tabularrow.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cw {

/// An import file read row by row, whatever its format: CSV and other delimited text (through
/// CsvReader, any delimiter, quoted fields with line breaks) in UTF-8 with or without BOM, UTF-16
/// (BOM or zero-byte pattern) or Windows-1252, or an .xlsx workbook (XlsxReader).
///
/// With Encoding::Auto the text encoding is detected: a BOM or the UTF-16 pattern decides, else
/// the whole file is checked for valid UTF-8 and read as Windows-1252 when it is not. Files with
/// zero bytes that are not UTF-16 are refused as binary. Stateless; thread-safe.
class TabularFile
{
    Q_DECLARE_TR_FUNCTIONS(cw::TabularFile)

public:
    enum class Encoding { Auto, Utf8, Utf16, Windows1252 };
    enum class Format { Csv, Xlsx };

    struct Options
    {
        Encoding encoding = Encoding::Auto;
        /// Field separator of text files; null to sniff it from the first line.
        QChar delimiter;
        /// Worksheet of a workbook; empty for the first.
        QString sheet;
    };

    /// Xlsx when the file starts with a ZIP signature, else Csv.
    static Result<Format> formatOf(const QString &path);
    /// The text encoding Auto would choose for @p path (Utf8, Utf16 or Windows1252).
    static Result<Encoding> detectEncoding(const QString &path);
    static QString encodingName(Encoding encoding);

    /// Calls @p sink for every non-blank row in order until it returns false. Fails on unreadable
    /// files, binary content, unclosed quotes or text invalid in the chosen encoding (with the line).
    static Result<void> forEachRow(const QString &path, const Options &options,
                                   const std::function<bool(const TabularRow &row)> &sink);
};

} // namespace cw
