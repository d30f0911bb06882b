#pragma once

#include "domain/error.h"
#include "invoicekey.h"
#include "outboxrow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

/// One planned invoice as read from the cache at push time: the outbox row, the placement, the
/// Odoo partner and the approved lines not yet on an invoice. A plain value.
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
    /// Why it cannot be pushed as it stands (a person must act); empty when it can.
    std::optional<Error> problem;

    /// Lines x rates, in minor units of currency.
    qint64 amountMinor() const;
    qint64 minutes() const;
    /// Last day of the billing month, the invoice date.
    QString periodEnd() const;
    QString periodStart() const { return key.period + QStringLiteral("-01"); }
    /// The failed_push source: placement, customer, period, line ids, amount.
    QJsonObject source() const;
};

} // namespace cw
