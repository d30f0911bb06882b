#pragma once

#include <QString>

namespace cw {

/// Tuning of the invoice pusher: batching, concurrency, retry schedule, circuit breaker and the
/// Odoo records every invoice line refers to. A plain value; the defaults suit a real Odoo.
struct PushOptions
{
    /// Invoices per batch: one `load` of their headers plus one of their lines.
    int batchSize = 100;
    /// Batches in flight at once.
    int concurrency = 2;
    /// Backoff: retryBaseMs * 2^(attempt-1), at most retryMaxMs, with +-25 % jitter; a server's
    /// Retry-After is honoured when it asks for longer.
    qint64 retryBaseMs = 2000;
    qint64 retryMaxMs = 5 * 60 * 1000;
    /// After this many failed attempts the row gets an open failed_push (it keeps retrying).
    int failedPushAfterAttempts = 3;
    /// After this many failed attempts the row is dead: a person must look at it.
    int maxAttempts = 8;
    /// A run waits for retries that fall due within this time before it ends; later ones are
    /// left for the next run.
    qint64 maxWaitMs = 60 * 1000;
    /// Consecutive failures of Odoo (network, timeout, 5xx) that open the circuit, and how long
    /// it stays open before one batch probes it.
    int circuitThreshold = 5;
    qint64 circuitOpenMs = 30 * 1000;
    /// Odoo product (default_code) of the invoice lines for hours: its unit of measure is Hours.
    QString productCode = QStringLiteral("CONS-TM");
    /// Odoo product of the invoice lines for re-invoiced expenses, one unit each at the expense's
    /// amount; its unit of measure must be Units, or Odoo would count every expense as an hour.
    QString expenseProductCode = QStringLiteral("EXP-REINV");
    /// Name of the Odoo sales tax put on every line; empty leaves taxes to Odoo's defaults.
    QString taxName;
};

} // namespace cw
