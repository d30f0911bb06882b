#include "cachetablemodel.h"

#include "cache/database.h"
#include "cellformatter.h"
#include "querythread.h"
#include "tableexporter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

namespace cw {

namespace {

// Long cells (audit before/after, messages) are cut by the view; the tooltip shows them whole.
constexpr int kTooltipThreshold = 40;

// Grey of disabled text in the user's palette; a model used without a GUI (crosswalkctl, tests)
// has no palette, and any grey tells a view the same thing.
QBrush placeholderBrush()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return QBrush(Qt::gray);
}

QString oneLine(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

Result<void> runStatement(QSqlQuery &query, const QuerySpec::Statement &statement)
{
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql))
        return sqlError(CacheTableModel::tr("The list could not be read from the cache."), query.lastError());
    for (const QVariant &value : statement.values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(CacheTableModel::tr("The list could not be read from the cache."), query.lastError());
    return {};
}

// Index of each column's value within a row (money columns also carry their currency).
QVector<int> valueSlots(const QuerySpec &spec)
{
    QVector<int> slotOf;
    int slot = 0;
    for (const QuerySpec::Column &column : spec.columns) {
        slotOf << slot;
        slot += column.kind == QuerySpec::Kind::Money ? 2 : 1;
    }
    slotOf << slot;
    return slotOf;
}

QVariant currencyOf(const QuerySpec &spec, const QVector<int> &slotOf, const QVariantList &values, int column)
{
    if (spec.columns.at(column).kind != QuerySpec::Kind::Money)
        return {};
    return values.value(slotOf.at(column) + 1);
}

} // namespace

CacheTableModel::CacheTableModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
    , m_pageThread(std::make_unique<QueryThread>(database, QStringLiteral("cw-table-rows")))
    , m_countThread(std::make_unique<QueryThread>(database, QStringLiteral("cw-table-count")))
{ }

CacheTableModel::~CacheTableModel()
{
    // Stop the threads first: after this no job can post a result back to this object.
    m_latestGeneration->store(~quint64(0));
    m_pageThread.reset();
    m_countThread.reset();
}

void CacheTableModel::setQuery(const QuerySpec &spec)
{
    m_spec = spec;
    m_valueSlot = valueSlots(spec);
    m_filter.clear();
    m_sortColumn = spec.defaultSortColumn;
    m_sortOrder = spec.defaultSortOrder;
    restart();
}

void CacheTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    restart();
}

void CacheTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_spec.columns.size())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    restart();
}

void CacheTableModel::setMaskPersonalData(bool mask)
{
    if (mask == m_mask)
        return;
    m_mask = mask;
    if (m_rowCount > 0 && !m_spec.columns.isEmpty())
        emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1), { Qt::DisplayRole });
}

void CacheTableModel::refresh()
{
    restart();
}

void CacheTableModel::restart()
{
    ++m_generation;
    m_latestGeneration->store(m_generation);
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_pendingPages.clear();
    m_rowCount = 0;
    m_count = 0;
    m_countKnown = false;
    const bool wasLoading = m_outstanding > 0;
    m_outstanding = 0;
    endResetModel();
    if (m_spec.columns.isEmpty() || m_spec.from.isEmpty()) {
        if (wasLoading)
            emit loadingChanged(false);
        return;
    }
    requestPage(0);
    requestCount();
    if (!wasLoading)
        emit loadingChanged(true);
}

void CacheTableModel::requestPage(int page) const
{
    if (m_pendingPages.contains(page))
        return;
    m_pendingPages.insert(page);
    const bool wasIdle = m_outstanding == 0;
    ++m_outstanding;
    if (wasIdle && page != 0) {
        // data() is const and may run inside a paint event: report the change from the event loop.
        QMetaObject::invokeMethod(
            const_cast<CacheTableModel *>(this),
            [self = const_cast<CacheTableModel *>(this)] {
                if (self->m_outstanding > 0)
                    emit self->loadingChanged(true);
            },
            Qt::QueuedConnection);
    }
    const QuerySpec::Statement statement =
        m_spec.selectStatement(m_filter, m_sortColumn, m_sortOrder, kPageSize, qint64(page) * kPageSize);
    const int valueCount = m_valueSlot.isEmpty() ? 0 : m_valueSlot.last();
    auto *self = const_cast<CacheTableModel *>(this);
    m_pageThread->post([&database = m_database, statement, valueCount, page, self, generation = m_generation,
                        latest = m_latestGeneration] {
        if (generation != latest->load())
            return;
        QSqlQuery results(database.connection());
        if (auto ran = runStatement(results, statement); !ran) {
            QMetaObject::invokeMethod(
                self, [self, generation, error = ran.error()] { self->queryFailed(generation, error); });
            return;
        }
        Page rows;
        rows.reserve(kPageSize);
        while (results.next()) {
            Row row;
            row.id = results.value(0).toLongLong();
            row.values.reserve(valueCount);
            for (int i = 1; i <= valueCount; ++i)
                row.values << results.value(i);
            rows << row;
        }
        QMetaObject::invokeMethod(
            self, [self, generation, page, rows] { self->pageArrived(generation, page, rows); });
    });
}

void CacheTableModel::requestCount()
{
    ++m_outstanding;
    const QuerySpec::Statement statement = m_spec.countStatement(m_filter);
    m_countThread->post([&database = m_database, statement, self = this, generation = m_generation,
                         latest = m_latestGeneration] {
        if (generation != latest->load())
            return;
        QSqlQuery results(database.connection());
        if (auto ran = runStatement(results, statement); !ran) {
            QMetaObject::invokeMethod(
                self, [self, generation, error = ran.error()] { self->queryFailed(generation, error); });
            return;
        }
        const qint64 count = results.next() ? results.value(0).toLongLong() : 0;
        QMetaObject::invokeMethod(self, [self, generation, count] { self->countArrived(generation, count); });
    });
}

void CacheTableModel::pageArrived(quint64 generation, int page, const Page &rows)
{
    if (generation != m_generation)
        return;
    m_pendingPages.remove(page);
    m_pages.insert(page, rows);
    m_pageUse.insert(page, ++m_useTick);
    const int shownBefore = m_rowCount;
    const qint64 first = qint64(page) * kPageSize;
    const qint64 end = first + rows.size();
    // Before the count arrives, the rows seen so far are a lower bound: show them right away.
    if (!m_countKnown)
        growTo(end);
    if (!rows.isEmpty() && first < shownBefore) {
        const int last = int(std::min<qint64>(end, shownBefore)) - 1;
        emit dataChanged(index(int(first), 0), index(last, columnCount() - 1));
    }
    evictPages();
    emit pageLoaded(page);
    finishRequest();
}

void CacheTableModel::countArrived(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_count = count;
    m_countKnown = true;
    growTo(count);
    if (count < m_rowCount) {
        // The cache shrank between the first page and the count (a sync deleted rows).
        beginRemoveRows({}, int(count), m_rowCount - 1);
        m_rowCount = int(count);
        endRemoveRows();
    }
    emit countChanged(count);
    finishRequest();
}

void CacheTableModel::queryFailed(quint64 generation, const Error &error)
{
    if (generation != m_generation)
        return;
    emit loadFailed(error);
    finishRequest();
}

void CacheTableModel::finishRequest()
{
    if (m_outstanding == 0)
        return;
    if (--m_outstanding == 0)
        emit loadingChanged(false);
}

void CacheTableModel::growTo(qint64 rows)
{
    const int target = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    if (target <= m_rowCount)
        return;
    beginInsertRows({}, m_rowCount, target - 1);
    m_rowCount = target;
    endInsertRows();
}

void CacheTableModel::evictPages() const
{
    while (m_pages.size() > kMaxCachedPages) {
        auto oldest = m_pageUse.constBegin();
        for (auto it = m_pageUse.constBegin(); it != m_pageUse.constEnd(); ++it) {
            if (it.value() < oldest.value())
                oldest = it;
        }
        m_pages.remove(oldest.key());
        m_pageUse.remove(oldest.key());
    }
}

const CacheTableModel::Row *CacheTableModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    m_pageUse[page] = ++m_useTick;
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString CacheTableModel::displayValue(const Row &row, int column) const
{
    const QVariant &value = row.values.at(m_valueSlot.at(column));
    return m_formatter.text(m_spec.columns.at(column), value,
                            currencyOf(m_spec, m_valueSlot, row.values, column), m_mask);
}

QFuture<Result<qint64>> CacheTableModel::exportTo(const QString &path, TableExporter::Format format) const
{
    const QuerySpec::Statement statement = m_spec.selectStatement(m_filter, m_sortColumn, m_sortOrder);
    return QtConcurrent::run([&database = m_database, spec = m_spec, statement, mask = m_mask, path, format] {
        Result<qint64> written = TableExporter::write(database, spec, statement, mask, path, format);
        // Pool threads are reused by unrelated work: do not leave a cache connection behind.
        database.releaseThreadConnection();
        return written;
    });
}

int CacheTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CacheTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant CacheTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return int(m_spec.alignmentOf(column));
    const Row *row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!row)
            return column == 0 ? QStringLiteral("…") : QString();
        // A cell shows one line: a multi-line message reads on instead of stopping at its first break.
        return oneLine(displayValue(*row, column));
    case Qt::ToolTipRole: {
        if (!row)
            return tr("Loading…");
        const QString text = displayValue(*row, column);
        return text.size() > kTooltipThreshold || text.contains(u'\n') ? text : QVariant();
    }
    case Qt::ForegroundRole:
        return row ? QVariant() : placeholderBrush();
    case RowIdRole:
        return row ? QVariant(row->id) : QVariant();
    case RawValueRole:
        return row ? row->values.at(m_valueSlot.at(column)) : QVariant();
    case LoadedRole:
        return row != nullptr;
    default:
        return {};
    }
}

QVariant CacheTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_spec.columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_spec.columns.at(section).title;
    case Qt::ToolTipRole:
        return m_spec.columns.at(section).description.isEmpty() ? QVariant()
                                                                : m_spec.columns.at(section).description;
    case Qt::TextAlignmentRole:
        return int(m_spec.alignmentOf(section));
    default:
        return {};
    }
}

} // namespace cw
