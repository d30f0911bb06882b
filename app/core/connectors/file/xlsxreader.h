#pragma once

#include "domain/result.h"
#include "tabularrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cw {

/// Reads the cells of one worksheet of an Office Open XML workbook (.xlsx) as text, with minizip
/// (Debian's libminizip; no Debian library reads XLSX) and QXmlStreamReader.
///
/// Understands shared strings (with rich-text runs), inline strings, formula results, booleans,
/// errors (#N/A, kept as text), numbers (written without exponent or trailing zeros) and dates:
/// numbers whose cell style is a date format (built-in ids 14–22 and 45–47, or a custom format
/// with day, month or year codes) become "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS". Missing cells
/// between others are empty strings; rows keep their sheet row number. Refuses files that are not
/// a ZIP with a workbook, and parts that would unpack to more than kMaxPartBytes.
/// Stateless; thread-safe.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(cw::XlsxReader)

public:
    static constexpr qint64 kMaxPartBytes = qint64(1) << 31;

    /// Names of the worksheets in workbook order.
    static Result<QStringList> sheetNames(const QString &path);
    /// Every non-empty row of the sheet called @p sheet (the first sheet when empty).
    static Result<QList<TabularRow>> readSheet(const QString &path, const QString &sheet = {});
    /// "B" → 1, "AA" → 26; -1 for anything else.
    static int columnIndex(const QString &letters);
    /// Serial day number of the 1900 date system (with Excel's phantom 1900-02-29) as ISO text.
    static QString serialToIso(double serial);
};

} // namespace cw
