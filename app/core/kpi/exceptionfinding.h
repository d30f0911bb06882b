#pragma once

#include <QDate>
#include <QString>

namespace cw {

/// One case a revenue exception rule found: the record it is about (its subject), the customer,
/// what is at stake, and when it happened. The runner stores it as a revenue_exception row keyed
/// by (rule, subjectEntity, subjectId).
///
/// A plain value; copy freely, use from any thread.
struct ExceptionFinding
{
    /// Table of the subject: "placement", "invoice", "payment", "customer", "timesheet_line",
    /// "placement_rate" or "failed_push".
    QString subjectEntity;
    qint64 subjectId = 0;
    /// customer.id, 0 when the subject has no customer.
    qint64 customerId = 0;
    /// Money at stake in minor units (never negative); 0 when it cannot be valued.
    qint64 amountMinor = 0;
    QString currency;
    /// When the cause happened (first day of time after the end, due date, ...).
    QDate occurredOn;
    /// The specifics in the user's language ("12.00 h after the end date 2026-01-31").
    QString detail;
};

} // namespace cw
