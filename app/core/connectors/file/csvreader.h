#pragma once

#include "domain/error.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace cw {

/// Streaming reader of delimited text files (RFC 4180 CSV and its common variants).
///
/// Understands quoted fields with doubled quotes, delimiters and line breaks inside quotes, CRLF,
/// LF and lone CR line ends, a UTF-8 byte-order mark, UTF-16 files (with a BOM, or recognised by
/// their zero bytes) and sniffs the delimiter (comma, semicolon, tab or pipe) from the first line
/// when none is given. Blank lines are skipped. Text that is not valid UTF-8 is refused with the
/// line number rather than silently turned into replacement characters.
///
/// Ownership: the device is borrowed and must outlive the reader; the reader opens it read-only
/// if it is not open yet. Thread affinity: use from one thread at a time.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(cw::CsvReader)

public:
    struct Options
    {
        /// Field separator; a null QChar means "sniff from the first line".
        QChar delimiter;
    };

    explicit CsvReader(QIODevice *device, Options options = {});

    /// Reads the next row into @p fields. Returns false at the end of the input or on an error;
    /// tell them apart with error().
    bool readRow(QStringList *fields);

    /// The error that stopped reading, if any.
    const std::optional<Error> &error() const { return m_error; }
    /// Physical line (1-based) on which the last row returned started.
    qint64 rowLine() const { return m_rowLine; }
    /// The delimiter in use; valid after the first readRow().
    QChar delimiter() const { return m_delimiter; }

    /// Reads a whole file: every row, the header first. Fails on I/O, encoding and quoting errors.
    static Result<QList<QStringList>> readFile(const QString &path, Options options = {});

private:
    bool fill();
    void detectEncoding();
    void sniffDelimiter();
    void fail(const QString &message);
    /// End of the text from the read position that needs no state change: up to the next quote
    /// inside a quoted field, else up to the next delimiter, quote or line break.
    qsizetype plainRunEnd(bool quoted) const;
    /// Counts the line breaks of quoted text from the read position to @p end.
    void countQuotedLineBreaks(qsizetype end);

    QIODevice *m_device;
    Options m_options;
    QChar m_delimiter;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_atEnd = false;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    std::optional<Error> m_error;
};

} // namespace cw
