#pragma once

#include "domain/result.h"
#include "sync/cacherecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace cw {

/// The rows an import refused, for the import's report: line of the file, reason and technical
/// detail, sortable by any column (lines numerically) and written to CSV with CsvWriter so the
/// owner of the source file can correct them. Rows the cache refused after reading carry no
/// line; they show their key instead.
///
/// Thread affinity: the GUI thread; writeCsv() writes on the calling thread (a report holds at
/// most the refused rows of one file).
class RefusedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ReasonColumn, DetailColumn, ColumnCount };

    explicit RefusedRowsModel(QObject *parent = nullptr);

    void setFailures(const QList<RecordFailure> &failures);
    const QList<RecordFailure> &failures() const { return m_failures; }

    /// Writes the rows in their current order with a header row to @p path; the file is left as
    /// it was when writing fails.
    Result<void> writeCsv(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    /// "line 12", or the key for rows without a line.
    static QString where(const RecordFailure &failure);

    QList<RecordFailure> m_failures;
};

} // namespace cw
