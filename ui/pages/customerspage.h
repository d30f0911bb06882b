#pragma once

#include "widgets/tablepage.h"

namespace cw {

/// Customers: the canonical customers of the crosswalk with the name of their record in each
/// system, and every customer record with its link state.
class CustomersPage : public TablePage
{
    Q_OBJECT

public:
    enum ViewIndex { CanonicalView = 0, RecordsView = 1 };

    CustomersPage(const Database &database, Settings &settings, QWidget *parent = nullptr);

public slots:
    /// Rebuilds the columns after systems were added, renamed or removed.
    void reloadSystems();
    /// Shows every customer record, most unbilled hours first (the Dashboard's unbilled tiles).
    void showUnbilledRecords();

private:
    const Database &m_database;
};

} // namespace cw
