#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace cw {

/// Writes one worksheet of rows into an .xlsx file with libxlsxwriter: a bold, frozen header row
/// with an autofilter, numbers as numbers (money with its currency in the number format, so
/// Excel sums them), everything else as text. Text is always stored as a string cell, never as a
/// formula, so "=cmd|..." in a customer name stays inert.
///
/// The file appears only when finish() succeeds (written under a temporary name, then renamed),
/// so a failed export never leaves half a workbook behind. A worksheet holds at most
/// kMaxRows rows including the header; writeRow() fails beyond that.
/// Thread affinity: one thread at a time.
class XlsxSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(cw::XlsxSheetWriter)

public:
    /// One cell: a number (int or double QVariant) or text (anything else, converted).
    struct Cell
    {
        QVariant value;
        /// Excel number format for numbers ("#,##0.00 \"EUR\""); empty for General.
        QString numberFormat;
    };

    static constexpr qint64 kMaxRows = 1048576;

    /// Starts a workbook that finish() writes to @p path, with one sheet named @p sheetName.
    XlsxSheetWriter(const QString &path, const QString &sheetName);
    ~XlsxSheetWriter();
    XlsxSheetWriter(const XlsxSheetWriter &) = delete;
    XlsxSheetWriter &operator=(const XlsxSheetWriter &) = delete;

    /// The first row: bold, frozen, with an autofilter over every column.
    Result<void> writeHeader(const QStringList &titles);
    Result<void> writeRow(const QList<Cell> &cells);
    /// Writes the file; the writer is unusable afterwards.
    Result<void> finish();

    /// Excel number format showing @p digits decimals and the currency code (none when empty).
    static QString moneyFormat(const QString &currency, int digits);

private:
    lxw_format *format(const QString &numberFormat);
    Error failure(const QString &detail) const;

    QString m_path;
    QString m_partPath;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    QHash<QString, lxw_format *> m_formats;
    QList<double> m_widths;
    qint64 m_row = 0;
    int m_columns = 0;
};

} // namespace cw
