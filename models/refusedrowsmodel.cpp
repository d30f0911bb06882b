#include "refusedrowsmodel.h"

#include "csvwriter.h"

#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace cw {

RefusedRowsModel::RefusedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RefusedRowsModel::setFailures(const QList<RecordFailure> &failures)
{
    beginResetModel();
    m_failures = failures;
    endResetModel();
}

QString RefusedRowsModel::where(const RecordFailure &failure)
{
    return failure.line > 0 ? QLocale().toString(failure.line) : failure.externalId;
}

Result<void> RefusedRowsModel::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Category::Internal, tr("Cannot write %1.").arg(path), file.errorString());
    CsvWriter writer(&file);
    bool written = writer.writeRow({ tr("Line"), tr("Key"), tr("Reason"), tr("Detail") });
    for (const RecordFailure &failure : m_failures) {
        // Plain digits, so a spreadsheet reads the line as a number whatever the locale.
        const QString line = failure.line > 0 ? QString::number(failure.line) : QString();
        written = written && writer.writeRow({ line, failure.externalId, failure.message, failure.detail });
    }
    if (!written || !file.commit())
        return Error(Error::Category::Internal, tr("Cannot write %1.").arg(path), file.errorString());
    return {};
}

int RefusedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_failures.size());
}

int RefusedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_failures.size())
        return {};
    const RecordFailure &failure = m_failures.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return where(failure);
    case ReasonColumn:
        return failure.message;
    case DetailColumn:
        return failure.detail;
    default:
        return {};
    }
}

QVariant RefusedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Reason");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

void RefusedRowsModel::sort(int column, Qt::SortOrder order)
{
    const auto less = [column](const RecordFailure &a, const RecordFailure &b) {
        switch (column) {
        case ReasonColumn:
            return a.message.localeAwareCompare(b.message) < 0;
        case DetailColumn:
            return a.detail.localeAwareCompare(b.detail) < 0;
        default:
            return a.line < b.line;
        }
    };
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Stable, so rows with the same reason stay in file order.
    if (order == Qt::AscendingOrder)
        std::stable_sort(m_failures.begin(), m_failures.end(), less);
    else
        std::stable_sort(m_failures.begin(), m_failures.end(),
                         [&less](const RecordFailure &a, const RecordFailure &b) { return less(b, a); });
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace cw
