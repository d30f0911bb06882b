#pragma once

#include "domain/result.h"

#include <QWidget>

#include <memory>

class QAction;
class QHBoxLayout;
class QTableView;
class QToolButton;

namespace cw {

class Database;
class MappingService;
class MessageBanner;

/// The action row of the mapping pages: the page's own decision buttons, then Undo (Ctrl+Z) and
/// Redo (Ctrl+Shift+Z) over MappingService's history, and a message strip for the outcome.
///
/// Undo and redo act on the latest decision made on either page (the history lives in the
/// audit log). The shortcuts work while the focus is anywhere in @p shortcutScope.
/// Lives on the GUI thread; the Database must outlive it.
class DecisionBar : public QWidget
{
    Q_OBJECT

public:
    DecisionBar(const Database &database, QWidget *shortcutScope, QWidget *parent = nullptr);
    ~DecisionBar() override;

    MappingService &service() const { return *m_service; }

    /// Adds a button for @p action to the row, before Undo; returns the button.
    QToolButton *addAction(QAction *action);
    /// Adds any widget (threshold boxes, a progress bar) after the buttons.
    void addWidget(QWidget *widget, int stretch = 0);

    /// Shows the outcome of a decision: @p done on success, the error otherwise; emits changed()
    /// on success. Returns whether it succeeded.
    bool report(const Result<qint64> &result, const QString &done);
    MessageBanner *banner() const { return m_banner; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    /// Asks for a customer (CustomerPickerDialog) and links the records selected in @p view to it;
    /// the current row's first column names the record in the dialog.
    void linkSelectionToSearchedCustomer(const QTableView *view);

    /// Row ids (CacheTableModel::RowIdRole) of the rows selected in @p view, in row order.
    static QList<qint64> selectedIds(const QTableView *view);

public slots:
    /// Re-reads the history for the Undo / Redo texts.
    void updateHistory();

signals:
    /// A decision, undo or redo changed the crosswalk.
    void changed();

private:
    const Database &m_database;
    std::unique_ptr<MappingService> m_service;
    QHBoxLayout *m_row;
    int m_insertAt = 0;
    QAction *m_undo;
    QAction *m_redo;
    MessageBanner *m_banner;
};

} // namespace cw
