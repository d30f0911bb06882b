#pragma once

#include "queryspec.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QHeaderView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace cw {

class CacheTableModel;
class Database;
class EmptyState;
class MessageBanner;
class Error;
class Settings;

/// A list page: heading, description, a filter box (Ctrl+F focuses it through the main window,
/// Esc clears it), the record count, a loading indicator, the table itself over a
/// CacheTableModel, an empty-state panel saying what will appear and how to get it, and Export
/// (CSV or XLSX, see TableExporter) of the rows the filter shows.
///
/// A page may offer several views of its data ("Open" / "All"); column widths, order and sort
/// are remembered per view. Lives on the GUI thread; the Database and Settings must outlive it.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    /// One way of looking at the page's data.
    struct View
    {
        /// Name in the view switcher ("Open", "All").
        QString title;
        QuerySpec spec;
        /// Shown instead of the table when the view has no rows and no filter is set.
        QString emptyTitle;
        QString emptyText;
    };

    /// @p iconName (under :/icons/) illustrates the empty state.
    TablePage(const Database &database, Settings &settings, const QString &iconName,
              QWidget *parent = nullptr);
    ~TablePage() override;

    void setHeading(const QString &title, const QString &description);
    QString title() const;

    /// Sets the views and shows the first.
    void setViews(const QList<View> &views);
    int currentView() const { return m_current; }
    void setCurrentView(int index);
    /// Adds a page-specific control (an action button) to the toolbar, after the filter box.
    void addToolbarWidget(QWidget *widget);
    /// Sorts the current view as if the user clicked the header of @p column.
    void sortBy(int column, Qt::SortOrder order);

    CacheTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    EmptyState *emptyState() const { return m_empty; }
    /// True while the empty-state panel stands in for the table.
    bool isShowingEmptyState() const;
    /// "1,234 records", "Counting…"
    QString countText() const;

public slots:
    /// Queries the current view again, keeping filter and sort.
    void refresh();
    /// Moves the keyboard focus to the filter box and selects its text.
    void focusFilter();
    /// Asks for a file name and exports the rows the filter shows as CSV.
    void exportCsv();
    /// The same as an Excel workbook.
    void exportXlsx();
    /// Exports to @p path without asking, as XLSX when it ends in .xlsx, else as CSV;
    /// exportFinished() reports the outcome.
    void exportTo(const QString &path);
    void setMaskPersonalData(bool mask);

signals:
    void exportFinished(const QString &path, bool ok, const QString &message);
    /// A short message for the status bar.
    void statusMessage(const QString &message);

protected:
    /// Adds @p widget between the toolbar and the list, for a summary of what the list shows.
    void addHeaderWidget(QWidget *widget);
    /// Shows @p panel next to the list (Qt::Horizontal: at its right; Qt::Vertical: below it),
    /// in a splitter the user can drag; for the details of the selected row.
    void setDetailPanel(QWidget *panel, Qt::Orientation orientation);

    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    void exportAs(const QString &suffix, const QString &filter);
    void configureTable();
    void applyView(int index);
    void applyFilter();
    void updateState();
    void showError(const Error &error);
    void firstPageLoaded(int page);
    void fitColumnsWhenReady();
    void saveHeaderState() const;
    QString headerKey() const;

    const Database &m_database;
    Settings &m_settings;
    QString m_iconName;
    QList<View> m_views;
    int m_current = -1;
    bool m_fitPending = false;
    bool m_firstPageLoaded = false;

    CacheTableModel *m_model;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_viewLabel;
    QComboBox *m_viewSwitcher;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QProgressBar *m_busy;
    QTimer *m_busyDelay;
    QLabel *m_count;
    QPushButton *m_export;
    QHBoxLayout *m_toolbarRow = nullptr;
    int m_toolbarInsert = 0;
    MessageBanner *m_error;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QTimer *m_saveDelay;
    QVBoxLayout *m_layout;
};

} // namespace cw
