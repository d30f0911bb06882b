#include "tabularfile.h"

#include "csvreader.h"
#include "windows1252device.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace cw {

namespace {

constexpr qint64 kChunk = 1024 * 1024;

Result<QByteArray> head(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const auto category = QFileInfo::exists(path) ? Error::Category::Internal : Error::Category::NotFound;
        return Error(category, TabularFile::tr("Cannot open %1.").arg(path), file.errorString());
    }
    return file.read(bytes);
}

bool looksUtf16(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return true;
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 == 0 ? even : odd);
    }
    const qsizetype half = bytes.size() / 2;
    return half >= 2
        && ((odd * 10 > half * 3 && even * 10 < half) || (even * 10 > half * 3 && odd * 10 < half));
}

} // namespace

QString TabularFile::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case Encoding::Windows1252:
        break;
    }
    return QStringLiteral("Windows-1252");
}

Result<TabularFile::Format> TabularFile::formatOf(const QString &path)
{
    auto bytes = head(path, 4);
    if (!bytes)
        return bytes.error();
    return bytes.value().startsWith("PK\x03\x04") ? Format::Xlsx : Format::Csv;
}

Result<TabularFile::Encoding> TabularFile::detectEncoding(const QString &path)
{
    auto start = head(path, 64 * 1024);
    if (!start)
        return start.error();
    if (start.value().startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    if (looksUtf16(start.value()))
        return Encoding::Utf16;
    if (start.value().contains('\0'))
        return Error(Error::Category::Validation,
                     tr("%1 looks like a binary file, not a text or spreadsheet export.").arg(path))
            .setCode(QStringLiteral("import.binary"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Category::Internal, tr("Cannot open %1.").arg(path), file.errorString());
    QStringDecoder decoder(QStringConverter::Utf8);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.contains('\0'))
            return Error(Error::Category::Validation,
                         tr("%1 looks like a binary file, not a text or spreadsheet export.").arg(path))
                .setCode(QStringLiteral("import.binary"));
        // decode() is lazy: the text must be materialised for the decoder to see the bytes.
        const QString decoded = decoder.decode(chunk);
        if (decoder.hasError())
            return Encoding::Windows1252;
    }
    return Encoding::Utf8;
}

Result<void> TabularFile::forEachRow(const QString &path, const Options &options,
                                     const std::function<bool(const TabularRow &row)> &sink)
{
    auto format = formatOf(path);
    if (!format)
        return format.error();
    if (format.value() == Format::Xlsx) {
        auto rows = XlsxReader::readSheet(path, options.sheet);
        if (!rows)
            return rows.error();
        for (const TabularRow &row : rows.value()) {
            if (!sink(row))
                break;
        }
        return {};
    }
    Encoding encoding = options.encoding;
    if (encoding == Encoding::Auto) {
        auto detected = detectEncoding(path);
        if (!detected)
            return detected.error();
        encoding = detected.value();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Category::Internal, tr("Cannot open %1.").arg(path), file.errorString());
    Windows1252Device transcoded(&file);
    QIODevice *device = encoding == Encoding::Windows1252 ? static_cast<QIODevice *>(&transcoded) : &file;
    CsvReader reader(device, CsvReader::Options { options.delimiter });
    TabularRow row;
    while (reader.readRow(&row.cells)) {
        row.line = reader.rowLine();
        if (!sink(row))
            return {};
    }
    if (reader.error())
        return *reader.error();
    return {};
}

} // namespace cw
