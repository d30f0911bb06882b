#pragma once

#include "matchqueries.h"
#include "widgets/tablepage.h"

class QAction;
class QComboBox;
class QSpinBox;

namespace cw {

class DecisionBar;

/// Unmatched: per system the customer records no crosswalk link places, with their best near
/// miss and its score, most value at stake first; filters by system, country, last activity and
/// value at stake.
///
/// Actions over the selection: link to the near miss (accepts that match), link to a customer
/// found by search, create the customer in Odoo (queued in the outbox for the sync engine, never
/// pushed from here), mark as "not a customer" (customer.status; the second view lists them and
/// can take the mark back); Undo (Ctrl+Z) / Redo (Ctrl+Shift+Z). Lives on the GUI thread.
class UnmatchedPage : public TablePage
{
    Q_OBJECT

public:
    enum ViewIndex { UnmatchedView = 0, NotCustomerView = 1 };

    UnmatchedPage(const Database &database, Settings &settings, QWidget *parent = nullptr);

    DecisionBar *decisionBar() const { return m_bar; }
    QAction *linkNearMissAction() const { return m_linkNearMiss; }
    QAction *linkToCustomerAction() const { return m_linkToCustomer; }
    QAction *createInOdooAction() const { return m_createInOdoo; }
    QAction *notCustomerAction() const { return m_notCustomer; }
    QComboBox *systemFilter() const { return m_system; }
    QComboBox *countryFilter() const { return m_country; }
    QComboBox *activityFilter() const { return m_activity; }
    QSpinBox *valueFilter() const { return m_value; }

public slots:
    /// Re-reads the systems and countries offered by the filters.
    void reloadFilters();
    /// Applies the filter boxes to the list.
    void applyFilters();

private:
    QWidget *createFilters();
    void createActions();
    void updateActions();
    MatchQueries::UnmatchedFilter currentFilter(bool notCustomers) const;
    void linkToNearMiss();
    void linkToCustomer();
    void createInOdoo();
    void toggleNotCustomer();

    const Database &m_database;
    DecisionBar *m_bar;
    QAction *m_linkNearMiss = nullptr;
    QAction *m_linkToCustomer = nullptr;
    QAction *m_createInOdoo = nullptr;
    QAction *m_notCustomer = nullptr;
    QComboBox *m_system = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_activity = nullptr;
    QSpinBox *m_value = nullptr;
};

} // namespace cw
