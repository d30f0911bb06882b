#include "xlsxsheetwriter.h"

#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace cw {

namespace {

// Excel's limit on sheet names: 31 characters, none of []:*?/\ .
QByteArray sheetNameOf(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = u' ';
    }
    name = name.trimmed().left(31);
    return (name.isEmpty() ? QStringLiteral("Sheet1") : name).toUtf8();
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// Column widths in characters, grown to fit what is written, within readable bounds.
constexpr double kMinWidth = 8.0;
constexpr double kMaxWidth = 60.0;

} // namespace

XlsxSheetWriter::XlsxSheetWriter(const QString &path, const QString &sheetName)
    : m_path(path)
    , m_partPath(path + QStringLiteral(".part"))
{
    m_workbook = workbook_new(QFile::encodeName(m_partPath).constData());
    if (m_workbook)
        m_sheet = workbook_add_worksheet(m_workbook, sheetNameOf(sheetName).constData());
}

XlsxSheetWriter::~XlsxSheetWriter()
{
    if (!m_workbook)
        return;
    // Abandoned: closing is the only way to free the workbook; the partial file goes with it.
    workbook_close(m_workbook);
    QFile::remove(m_partPath);
}

Error XlsxSheetWriter::failure(const QString &detail) const
{
    Error error(Error::Category::Config, tr("The file %1 cannot be written: %2.").arg(m_path, detail));
    return error;
}

lxw_format *XlsxSheetWriter::format(const QString &numberFormat)
{
    if (numberFormat.isEmpty())
        return nullptr;
    auto it = m_formats.constFind(numberFormat);
    if (it != m_formats.constEnd())
        return it.value();
    lxw_format *created = workbook_add_format(m_workbook);
    format_set_num_format(created, numberFormat.toUtf8().constData());
    m_formats.insert(numberFormat, created);
    return created;
}

QString XlsxSheetWriter::moneyFormat(const QString &currency, int digits)
{
    QString format = QStringLiteral("#,##0");
    if (digits > 0)
        format += u'.' + QString(digits, u'0');
    if (!currency.isEmpty())
        format += QStringLiteral(" \"%1\"").arg(currency);
    return format;
}

Result<void> XlsxSheetWriter::writeHeader(const QStringList &titles)
{
    if (!m_sheet)
        return failure(tr("the workbook could not be created"));
    lxw_format *bold = workbook_add_format(m_workbook);
    format_set_bold(bold);
    m_columns = int(titles.size());
    for (int column = 0; column < m_columns; ++column) {
        worksheet_write_string(m_sheet, 0, lxw_col_t(column), titles.at(column).toUtf8().constData(), bold);
        m_widths << std::clamp(double(titles.at(column).size()) + 2, kMinWidth, kMaxWidth);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return {};
}

Result<void> XlsxSheetWriter::writeRow(const QList<Cell> &cells)
{
    if (!m_sheet)
        return failure(tr("the workbook could not be created"));
    if (m_row >= kMaxRows)
        return failure(tr("a worksheet holds at most %1 rows; export to CSV instead").arg(kMaxRows));
    for (int column = 0; column < cells.size(); ++column) {
        const Cell &cell = cells.at(column);
        const auto row = lxw_row_t(m_row);
        const auto col = lxw_col_t(column);
        lxw_error written;
        qsizetype length = 0;
        if (isNumber(cell.value)) {
            written = worksheet_write_number(m_sheet, row, col, cell.value.toDouble(), format(cell.numberFormat));
            length = cell.value.toString().size() + 4;
        } else {
            const QString text = cell.value.toString();
            written = worksheet_write_string(m_sheet, row, col, text.toUtf8().constData(), nullptr);
            length = text.size();
        }
        if (written != LXW_NO_ERROR)
            return failure(QString::fromUtf8(lxw_strerror(written)));
        if (column < m_widths.size())
            m_widths[column] = std::clamp(double(length) + 2, m_widths.at(column), kMaxWidth);
    }
    ++m_row;
    return {};
}

Result<void> XlsxSheetWriter::finish()
{
    if (!m_sheet)
        return failure(tr("the workbook could not be created"));
    for (int column = 0; column < m_widths.size(); ++column)
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), m_widths.at(column), nullptr);
    if (m_columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::max<qint64>(m_row - 1, 0)), lxw_col_t(m_columns - 1));
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        return failure(QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_partPath, m_path)) {
        QFile::remove(m_partPath);
        return failure(tr("the finished file could not be moved into place"));
    }
    return {};
}

} // namespace cw
