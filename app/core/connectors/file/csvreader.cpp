#include "csvreader.h"

#include <QFile>
#include <QFileInfo>

#include <array>

namespace cw {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kCr = QLatin1Char('\r');
constexpr QChar kLf = QLatin1Char('\n');

// UTF-16 without a BOM shows up as a zero byte in every other position for Latin text; UTF-8
// text never contains zero bytes at all.
std::optional<QStringConverter::Encoding> utf16WithoutBom(const QByteArray &head)
{
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head.at(i) == '\0')
            ++(i % 2 == 0 ? evenZeros : oddZeros);
    }
    const qsizetype half = head.size() / 2;
    if (half < 2)
        return std::nullopt;
    if (oddZeros * 10 > half * 3 && evenZeros * 10 < half)
        return QStringConverter::Utf16LE;
    if (evenZeros * 10 > half * 3 && oddZeros * 10 < half)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, Options options)
    : m_device(device)
    , m_options(options)
{
    if (m_device && !m_device->isOpen())
        m_device->open(QIODevice::ReadOnly);
}

void CsvReader::fail(const QString &message)
{
    if (!m_error)
        m_error = Error(Error::Category::Validation, message);
}

void CsvReader::detectEncoding()
{
    const QByteArray head = m_device->peek(kChunkBytes);
    std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(head);
    if (!encoding)
        encoding = utf16WithoutBom(head);
    m_decoder = QStringDecoder(encoding.value_or(QStringConverter::Utf8));
}

bool CsvReader::fill()
{
    if (m_atEnd || m_error)
        return false;
    const QByteArray bytes = m_device->read(kChunkBytes);
    if (bytes.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    // Drop what the parser consumed so the buffer stays one chunk long.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype oldSize = m_buffer.size();
    m_buffer += m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        const qsizetype bad = m_buffer.indexOf(QChar(QChar::ReplacementCharacter), oldSize);
        const qint64 line = m_line + QStringView(m_buffer).mid(0, bad < 0 ? oldSize : bad).count(kLf);
        fail(tr("The file is not valid UTF-8 text (line %1). Save it as UTF-8 and try again.").arg(line));
        return false;
    }
    return m_buffer.size() > m_pos || fill();
}

void CsvReader::sniffDelimiter()
{
    if (!m_options.delimiter.isNull()) {
        m_delimiter = m_options.delimiter;
        return;
    }
    // Count candidates on the first line, outside quotes; the most frequent one wins.
    static constexpr std::array<char16_t, 4> candidates = { u',', u';', u'\t', u'|' };
    std::array<int, 4> counts {};
    bool inQuotes = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        if (c == kQuote)
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == kLf || c == kCr))
            break;
        else if (!inQuotes) {
            for (size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == QChar(candidates[k]) ? 1 : 0;
        }
    }
    size_t best = 0;
    for (size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    m_delimiter = QChar(candidates[best]);
}

bool CsvReader::readRow(QStringList *fields)
{
    fields->clear();
    if (m_error || !m_device)
        return false;
    if (!m_started) {
        m_started = true;
        if (!m_device->isReadable()) {
            m_error =
                Error(Error::Category::Internal, tr("The file cannot be read."), m_device->errorString());
            return false;
        }
        detectEncoding();
        fill();
        if (m_error)
            return false;
        sniffDelimiter();
    }

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    QString field;
    bool anyText = false;
    m_rowLine = m_line;

    const auto endOfLine = [this](QChar c) {
        if (c == kCr) {
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == kLf)
                ++m_pos;
        }
        ++m_line;
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_error)
                return false;
            if (state == State::Quoted) {
                fail(tr("A quoted field that starts on line %1 is never closed.").arg(m_rowLine));
                return false;
            }
            if (!anyText)
                return false;
            fields->append(field);
            return true;
        }
        // Why: runs of plain text are copied in one piece; only the characters that change the
        // state go through the switch below, one at a time.
        if (const qsizetype end = plainRunEnd(state == State::Quoted); end > m_pos) {
            if (state == State::Quoted) {
                countQuotedLineBreaks(end);
            } else {
                state = State::Unquoted;
                anyText = true;
            }
            field += QStringView(m_buffer).sliced(m_pos, end - m_pos);
            m_pos = end;
            continue;
        }
        const QChar c = m_buffer.at(m_pos++);
        const bool lineBreak = c == kLf || c == kCr;
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
        case State::QuoteInQuoted:
            if (c == m_delimiter) {
                fields->append(field);
                field.clear();
                state = State::FieldStart;
                anyText = true;
            } else if (lineBreak) {
                endOfLine(c);
                if (!anyText) {
                    m_rowLine = m_line; // blank line: skip it
                    continue;
                }
                fields->append(field);
                return true;
            } else if (c == kQuote && state == State::FieldStart) {
                state = State::Quoted;
                anyText = true;
            } else if (c == kQuote && state == State::QuoteInQuoted) {
                field += kQuote;
                state = State::Quoted;
            } else {
                // Text after a closing quote or a stray quote inside an unquoted field is kept as
                // written: spreadsheets produce both and refusing them helps nobody.
                field += c;
                state = State::Unquoted;
                anyText = true;
            }
            break;
        case State::Quoted:
            // Only a quote gets here: the text between quotes was copied as a plain run.
            state = State::QuoteInQuoted;
            break;
        }
    }
}

qsizetype CsvReader::plainRunEnd(bool quoted) const
{
    const QChar *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype i = m_pos;
    if (quoted) {
        while (i < size && data[i] != kQuote)
            ++i;
        return i;
    }
    while (i < size) {
        const QChar c = data[i];
        if (c == m_delimiter || c == kQuote || c == kLf || c == kCr)
            break;
        ++i;
    }
    return i;
}

void CsvReader::countQuotedLineBreaks(qsizetype end)
{
    // A CR counts as a line end unless an LF follows it in the buffer (then the LF counts).
    for (qsizetype i = m_pos; i < end; ++i) {
        const QChar c = m_buffer.at(i);
        if (c == kLf || (c == kCr && i + 1 < m_buffer.size() && m_buffer.at(i + 1) != kLf))
            ++m_line;
    }
}

Result<QList<QStringList>> CsvReader::readFile(const QString &path, Options options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const auto category = QFileInfo::exists(path) ? Error::Category::Internal : Error::Category::NotFound;
        return Error(category, tr("Cannot open %1.").arg(path), file.errorString());
    }
    CsvReader reader(&file, options);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(&row))
        rows.append(row);
    if (reader.error())
        return *reader.error();
    return rows;
}

} // namespace cw
