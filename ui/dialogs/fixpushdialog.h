#pragma once

#include "domain/result.h"
#include "sync/failedpush.h"
#include "sync/failedpushcause.h"

#include <QDialog>
#include <QFutureWatcher>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;

namespace cw {

class Database;

/// "Fix and retry" for one failed push: one tab per fix, the likeliest for its cause
/// (FailedPushCause::fixFor()) shown first:
/// - link customer: a searchable list of the canonical customers that have an Odoo record;
/// - bill rate: the rate per hour in the placement's currency;
/// - product and tax: Odoo's internal reference of the product and the name of the tax.
/// OK stays disabled until the shown form is complete. The dialog only collects the choice;
/// FailedPushActions applies it. Customer searches run on a worker thread.
/// Lives on the GUI thread; the Database must outlive it.
class FixPushDialog : public QDialog
{
    Q_OBJECT

public:
    FixPushDialog(const Database &database, const FailedPush &push, QWidget *parent = nullptr);
    ~FixPushDialog() override;

    /// The fix of the tab shown.
    FailedPushCause::Fix fix() const;
    void setFix(FailedPushCause::Fix fix);
    /// Link customer: the chosen canonical customer, 0 while none is chosen.
    qint64 canonicalId() const;
    QString productRef() const;
    QString taxRef() const;
    /// Correct bill rate: the rate in minor units of the currency per hour.
    qint64 billRateMinor() const;

    /// Link customer: the search box and the list of matches (for keyboard use and tests).
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *customerList() const { return m_customers; }
    QDoubleSpinBox *rateEdit() const { return m_rate; }
    QLineEdit *productEdit() const { return m_product; }
    QLineEdit *taxEdit() const { return m_tax; }

signals:
    /// A customer search finished and the list shows its matches.
    void customersLoaded();

private:
    QWidget *createLinkForm();
    QWidget *createProductTaxForm();
    QWidget *createRateForm();
    void search();
    void showCustomers();
    void updateOk();
    static QLabel *explanation(const QString &text, QWidget *parent);

    const Database &m_database;
    FailedPush m_push;
    QString m_currency;
    QTabWidget *m_tabs;
    int m_digits = 2;
    QLineEdit *m_search = nullptr;
    QListWidget *m_customers = nullptr;
    QLabel *m_searchState = nullptr;
    QTimer *m_searchDelay = nullptr;
    QFutureWatcher<Result<QList<CustomerLinkTarget>>> m_searchWatcher;
    bool m_searchAgain = false;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_tax = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace cw
