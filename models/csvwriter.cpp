#include "csvwriter.h"

#include <QIODevice>

namespace cw {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{ }

bool CsvWriter::writeRow(const QStringList &cells)
{
    QByteArray line;
    if (!m_started) {
        line = QByteArrayLiteral("\xEF\xBB\xBF");
        m_started = true;
    }
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &cell : cells)
        escaped << escapeCell(cell);
    line += escaped.join(u',').toUtf8() + QByteArrayLiteral("\r\n");
    return m_device->write(line) == line.size();
}

QString CsvWriter::escapeCell(const QString &cell)
{
    QString text = cell;
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            text.prepend(u'\'');
    }
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

} // namespace cw
