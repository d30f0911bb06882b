#pragma once

#include <QStringList>

class QIODevice;

namespace cw {

/// Writes rows as CSV that Excel, LibreOffice and Sheets open correctly and safely: UTF-8 with a
/// byte order mark (Excel needs it to read UTF-8), comma separated, CRLF line ends, RFC 4180
/// quoting, and cells that a spreadsheet would run as a formula (starting with = + - @, tab or
/// carriage return) prefixed with an apostrophe (CWE-1236: customer names come from other
/// systems and are untrusted).
///
/// Does not own the device. Thread affinity: the device's.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    /// Writes one row; the byte order mark goes before the first row. False when the device
    /// refused the bytes.
    bool writeRow(const QStringList &cells);

    /// @p cell neutralised against formula injection and quoted when needed.
    static QString escapeCell(const QString &cell);

private:
    QIODevice *m_device;
    bool m_started = false;
};

} // namespace cw
