#pragma once

#include "domain/error.h"
#include "invoicekey.h"
#include "outboxrow.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

/// One planned invoice as read from the cache at push time: the outbox row, the placement, the
/// Odoo partner, and the approved time and billable expenses of the month not yet on an invoice.
/// A plain value.
struct InvoiceDraft
{
    struct Line
    {
        qint64 id = 0;
        QString externalId;
        QString workDate;
        qint64 minutes = 0;
        qint64 rateMinor = 0;
    };

    /// A billable expense, invoiced as one line at its amount.
    struct Expense
    {
        qint64 id = 0;
        QString externalId;
        QString date;
        QString category;
        QString description;
        qint64 amountMinor = 0;
    };

    /// What an expense's external id is prefixed with in its invoice line's external id, so an
    /// expense and a timesheet line with the same id in the staffing system never share a line.
    static inline const QString kExpensePrefix = QStringLiteral("expense:");

    OutboxRow row;
    InvoiceKey key;
    qint64 placementId = 0;
    QString jobTitle;
    QString currency;
    qint64 customerId = 0;
    QString customerName;
    /// The customer's res.partner id in Odoo; 0 when not linked.
    qint64 partnerId = 0;
    QList<Line> lines;
    QList<Expense> expenses;
    /// Why it cannot be pushed as it stands (a person must act); empty when it can.
    std::optional<Error> problem;

    /// Lines x rates plus expenses, in minor units of currency.
    qint64 amountMinor() const;
    /// The invoice line's source id of @p expense for InvoiceKey::lineXmlId (see kExpensePrefix).
    static QString expenseLineId(const Expense &expense) { return kExpensePrefix + expense.externalId; }
    /// External ids of all the invoice's lines: time first, then expenses.
    QStringList lineXmlIds() const;
    qint64 minutes() const;
    /// Last day of the billing month, the invoice date.
    QString periodEnd() const;
    QString periodStart() const { return key.period + QStringLiteral("-01"); }
    /// The failed_push source: placement, customer, period, line and expense ids, amount.
    QJsonObject source() const;
};

} // namespace cw
