#pragma once

#include "cellformatter.h"
#include "domain/result.h"
#include "queryspec.h"
#include "tableexporter.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QSet>
#include <QVector>

#include <atomic>
#include <memory>

namespace cw {

class Database;
class QueryThread;

/// A read-only, windowed table over one cache query, for lists of any length (millions of
/// timesheet lines).
///
/// Only the rows a view asks for are in memory: data() for a row not loaded yet returns a grey
/// "…" placeholder and queues a query for its page of kPageSize rows. Queries run on a thread
/// owned by the model, with its own cache connection; the row count comes from a separate
/// COUNT(*) on a second thread, so the first rows show before a slow count finishes. Sorting
/// (ORDER BY the column's expression, ties by id) and filtering (LIKE over the spec's filterable
/// columns) happen in SQL. Every change of query, sort or filter starts a new generation and
/// results of older generations are dropped, so fast typing in a filter box never shows stale
/// rows.
///
/// Ownership and threads: lives on the GUI thread; the Database must outlive the model. Signals
/// are emitted on the GUI thread.
class CacheTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        /// qint64 row id (QuerySpec::idExpression), invalid while the row is not loaded.
        RowIdRole = Qt::UserRole + 1,
        /// The stored value before formatting (minor units, minutes, ISO text).
        RawValueRole,
        /// bool: the row's data has arrived.
        LoadedRole,
    };

    static constexpr int kPageSize = 200;
    /// Pages kept in memory; the least recently shown are dropped beyond this.
    static constexpr int kMaxCachedPages = 64;

    explicit CacheTableModel(const Database &database, QObject *parent = nullptr);
    ~CacheTableModel() override;

    /// Replaces the query and sorts by its default column; clears the filter.
    void setQuery(const QuerySpec &spec);
    const QuerySpec &query() const { return m_spec; }

    /// Filters rows by @p text (see QuerySpec::filterTerms); empty shows all rows.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    /// Sorts in SQL by @p column's expression; -1 sorts by row id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Personal columns (QuerySpec::Column::personal) show "•••" while on. On by default.
    void setMaskPersonalData(bool mask);
    bool maskPersonalData() const { return m_mask; }

    /// Drops every loaded row and queries again (after a sync changed the cache).
    void refresh();

    /// True while a page or the count of the current generation is being queried.
    bool isLoading() const { return m_outstanding > 0; }
    /// True once the COUNT(*) of the current generation has arrived.
    bool isCountKnown() const { return m_countKnown; }
    /// Rows matching the filter; meaningful once isCountKnown().
    qint64 totalCount() const { return m_count; }

    /// Writes every row matching the current filter, in the current order, as CSV or XLSX (see
    /// TableExporter) on a worker thread. Masked columns stay masked. The future holds the
    /// number of rows written or the error.
    QFuture<Result<qint64>> exportTo(const QString &path, TableExporter::Format format) const;
    QFuture<Result<qint64>> exportCsv(const QString &path) const { return exportTo(path, TableExporter::Format::Csv); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    /// The COUNT(*) of the current query and filter arrived.
    void countChanged(qint64 count);
    /// Rows of @p page arrived (page 0 first after every reset).
    void pageLoaded(int page);
    /// A query failed; the message is for the user, the detail for logs.
    void loadFailed(const cw::Error &error);

private:
    struct Row
    {
        qint64 id = 0;
        QVariantList values;
    };
    using Page = QVector<Row>;

    void restart();
    void requestPage(int page) const;
    void requestCount();
    void pageArrived(quint64 generation, int page, const Page &rows);
    void countArrived(quint64 generation, qint64 count);
    void queryFailed(quint64 generation, const Error &error);
    void finishRequest();
    void growTo(qint64 rows);
    void evictPages() const;
    const Row *rowAt(int row) const;
    QString displayValue(const Row &row, int column) const;

    const Database &m_database;
    QuerySpec m_spec;
    // Index in Row::values of each column's value (money columns take two slots).
    QVector<int> m_valueSlot;
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_mask = true;
    CellFormatter m_formatter;

    quint64 m_generation = 0;
    // Read by the query threads to skip work queued before the latest reset.
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    int m_rowCount = 0;
    qint64 m_count = 0;
    bool m_countKnown = false;
    mutable int m_outstanding = 0;
    mutable QHash<int, Page> m_pages;
    mutable QHash<int, quint64> m_pageUse;
    mutable quint64 m_useTick = 0;
    mutable QSet<int> m_pendingPages;

    std::unique_ptr<QueryThread> m_pageThread;
    std::unique_ptr<QueryThread> m_countThread;
};

} // namespace cw
