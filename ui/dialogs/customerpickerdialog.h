#pragma once

#include <QDialog>

class QLineEdit;
class QTableView;
class QTimer;

namespace cw {

class CacheTableModel;
class Database;

/// Finds a customer of the crosswalk by name (any system's name for it) and returns its id:
/// the target of "Link to customer…". Type to search; Enter or double-click picks.
class CustomerPickerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerPickerDialog(const Database &database, const QString &recordName, QWidget *parent = nullptr);

    /// canonical_customer.id of the chosen customer; 0 when none.
    qint64 selectedCustomer() const;
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }

private:
    CacheTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QTimer *m_delay;
};

} // namespace cw
