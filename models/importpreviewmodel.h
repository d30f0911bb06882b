#pragma once

#include "connectors/file/importmapping.h"
#include "connectors/file/tabularrow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace cw {

/// The first rows of an import file as the import will read them under a mapping: per row its
/// line in the file, the key it gets (the key fields joined, or a hash of the row), the converted
/// value of every mapped field (dates in ISO form, amounts with two decimals, hours as decimal
/// hours), or the reason the import would refuse it. Conversion is RowConverter's, so the preview
/// cannot drift from what the import writes.
///
/// Columns: Line, Key, one per mapped field in the table's field order, Problem. A preview holds
/// a few dozen rows, so setRows() and setMapping() convert on the calling thread.
/// Thread affinity: the GUI thread.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, KeyColumn, FirstFieldColumn };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// The file's header and first data rows; converts them under the current mapping.
    void setRows(const QStringList &header, const QList<TabularRow> &rows);
    /// Converts the rows again under @p mapping.
    void setMapping(const ImportMapping &mapping);

    /// Rows of the preview the import would refuse.
    int refusedCount() const;
    /// The Problem column's index.
    int problemColumn() const { return FirstFieldColumn + static_cast<int>(m_fields.size()); }

    /// A field's name as the user reads it ("Work date" for work_date); @p name itself if unknown.
    static QString fieldTitle(const QString &name);
    /// A table's name as the user reads it ("Time entries" for timesheet_line).
    static QString tableTitle(const QString &table);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// One file row after conversion.
    struct Line
    {
        qint64 line = 0;
        QString key;
        /// Converted values, one per mapped field.
        QStringList values;
        /// Why the import would refuse the row; empty when it reads.
        QString problem;
    };

    void convert();

    QStringList m_header;
    QList<TabularRow> m_rows;
    ImportMapping m_mapping;
    QList<ImportMapping::Field> m_fields;
    QList<Line> m_lines;
};

} // namespace cw
