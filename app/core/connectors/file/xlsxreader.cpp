#include "xlsxreader.h"

#include <QDate>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

#include <unzip.h>

namespace cw {

namespace {

struct ZipCloser
{
    void operator()(void *zip) const { unzClose(zip); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

Error notWorkbook(const QString &path, const QString &detail)
{
    return Error(Error::Category::Validation,
                 XlsxReader::tr("%1 is not a readable Excel workbook (.xlsx).").arg(path), detail)
        .setCode(QStringLiteral("import.bad_xlsx"));
}

// Reads one part; an absent optional part gives an empty array.
Result<QByteArray> readPart(void *zip, const QString &name, bool required, const QString &path)
{
    const QByteArray entry = name.toUtf8();
    if (unzLocateFile(zip, entry.constData(), 1) != UNZ_OK) {
        if (required)
            return notWorkbook(path, XlsxReader::tr("the part %1 is missing").arg(name));
        return QByteArray();
    }
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || static_cast<qint64>(info.uncompressed_size) > XlsxReader::kMaxPartBytes)
        return notWorkbook(path, XlsxReader::tr("the part %1 is too large or unreadable").arg(name));
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return notWorkbook(path, XlsxReader::tr("the part %1 cannot be opened").arg(name));
    QByteArray data;
    data.reserve(static_cast<qsizetype>(info.uncompressed_size));
    char buffer[64 * 1024];
    int read = 0;
    while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        data.append(buffer, read);
        if (data.size() > XlsxReader::kMaxPartBytes)
            break;
    }
    const int closed = unzCloseCurrentFile(zip);
    if (read < 0 || closed != UNZ_OK || data.size() > XlsxReader::kMaxPartBytes)
        return notWorkbook(path, XlsxReader::tr("the part %1 is damaged").arg(name));
    return data;
}

struct Workbook
{
    QStringList names;
    QStringList targets;
};

Result<Workbook> readWorkbook(void *zip, const QString &path)
{
    auto workbook = readPart(zip, QStringLiteral("xl/workbook.xml"), true, path);
    if (!workbook)
        return workbook.error();
    auto rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), true, path);
    if (!rels)
        return rels.error();
    QHash<QString, QString> targets;
    QXmlStreamReader relsXml(rels.value());
    while (!relsXml.atEnd()) {
        relsXml.readNext();
        if (relsXml.isStartElement() && relsXml.name() == QLatin1String("Relationship")) {
            QString target = relsXml.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(relsXml.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    Workbook out;
    QXmlStreamReader xml(workbook.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("id"))
                    id = attribute.value().toString();
            }
            out.names.append(xml.attributes().value(QLatin1String("name")).toString());
            out.targets.append(targets.value(id));
        }
    }
    if (xml.hasError() || out.names.isEmpty())
        return notWorkbook(path,
                           xml.hasError() ? xml.errorString() : XlsxReader::tr("the workbook has no sheet"));
    return out;
}

QString readRichText(QXmlStreamReader &xml, const QString &end)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == end)
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            text += xml.readElementText();
        else if (xml.isStartElement() && (xml.name() == QLatin1String("rPh")))
            xml.skipCurrentElement(); // phonetic hints are not cell text
    }
    return text;
}

QStringList readSharedStrings(const QByteArray &data)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(readRichText(xml, QStringLiteral("si")));
    }
    return strings;
}

bool isDateFormatCode(QString code)
{
    code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return code.contains(QRegularExpression(QStringLiteral("[dmyDMY]")));
}

// Which cell style indexes (the `s` attribute) format numbers as dates.
QSet<int> readDateStyles(const QByteArray &data)
{
    QSet<int> customDates;
    QSet<int> dateStyles;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            if (isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()))
                customDates.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            const int format = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            if ((format >= 14 && format <= 22) || (format >= 45 && format <= 47)
                || customDates.contains(format))
                dateStyles.insert(index);
            ++index;
        }
    }
    return dateStyles;
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    QString text = QString::number(value, 'f', 10);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

} // namespace

int XlsxReader::columnIndex(const QString &letters)
{
    int index = 0;
    for (const QChar c : letters) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return -1;
        index = index * 26 + (c.unicode() - 'A' + 1);
    }
    return letters.isEmpty() ? -1 : index - 1;
}

QString XlsxReader::serialToIso(double serial)
{
    // Serial 60 is 1900-02-29, which never existed; later serials are one day ahead.
    const qint64 days = static_cast<qint64>(std::floor(serial));
    const QDate date = QDate(1899, 12, 31).addDays(days > 59 ? days - 1 : days);
    const qint64 seconds = std::llround((serial - std::floor(serial)) * 86400.0);
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + QLatin1Char(' ')
        + QTime(0, 0).addSecs(static_cast<int>(seconds)).toString(QStringLiteral("HH:mm:ss"));
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    Zip zip(unzOpen64(path.toLocal8Bit().constData()));
    if (!zip)
        return notWorkbook(path, tr("not a ZIP archive"));
    auto workbook = readWorkbook(zip.get(), path);
    if (!workbook)
        return workbook.error();
    return workbook.value().names;
}

Result<QList<TabularRow>> XlsxReader::readSheet(const QString &path, const QString &sheet)
{
    Zip zip(unzOpen64(path.toLocal8Bit().constData()));
    if (!zip)
        return notWorkbook(path, tr("not a ZIP archive"));
    auto workbook = readWorkbook(zip.get(), path);
    if (!workbook)
        return workbook.error();
    const qsizetype index = sheet.isEmpty() ? 0 : workbook.value().names.indexOf(sheet);
    if (index < 0)
        return Error(Error::Category::NotFound, tr("The workbook has no sheet called %1.").arg(sheet));
    auto shared = readPart(zip.get(), QStringLiteral("xl/sharedStrings.xml"), false, path);
    auto styles = readPart(zip.get(), QStringLiteral("xl/styles.xml"), false, path);
    auto data = readPart(zip.get(), workbook.value().targets.at(index), true, path);
    if (!shared || !styles || !data)
        return !shared ? shared.error() : (!styles ? styles.error() : data.error());
    const QStringList strings = readSharedStrings(shared.value());
    const QSet<int> dateStyles = readDateStyles(styles.value());

    QList<TabularRow> rows;
    QXmlStreamReader xml(data.value());
    TabularRow row;
    qint64 nextRow = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            row = {};
            row.line = xml.attributes().hasAttribute(QLatin1String("r"))
                ? xml.attributes().value(QLatin1String("r")).toLongLong()
                : nextRow;
            nextRow = row.line + 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            while (!row.cells.isEmpty() && row.cells.last().isEmpty())
                row.cells.removeLast();
            if (!row.cells.isEmpty())
                rows.append(row);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString reference = attributes.value(QLatin1String("r")).toString();
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            int column =
                columnIndex(reference.left(reference.indexOf(QRegularExpression(QStringLiteral("\\d")))));
            if (column < 0)
                column = static_cast<int>(row.cells.size());
            QString value;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                    inlineText = readRichText(xml, QStringLiteral("is"));
            }
            QString text;
            if (type == QLatin1String("s"))
                text = strings.value(value.toInt());
            else if (type == QLatin1String("inlineStr"))
                text = inlineText;
            else if (type == QLatin1String("b"))
                text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else if (type == QLatin1String("str") || type == QLatin1String("e"))
                text = value;
            else if (!value.isEmpty() && dateStyles.contains(style))
                text = serialToIso(value.toDouble());
            else
                text = numberText(value);
            while (row.cells.size() <= column)
                row.cells.append(QString());
            row.cells[column] = text;
        }
    }
    if (xml.hasError())
        return notWorkbook(path, xml.errorString());
    return rows;
}

} // namespace cw
