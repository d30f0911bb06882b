#include "invoicedraft.h"

#include <QDate>
#include <QJsonArray>

namespace cw {

namespace {
QString decimalText(qint64 minor)
{
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 value = minor < 0 ? -minor : minor;
    return sign + QString::number(value / 100) + QLatin1Char('.')
        + QString::number(value % 100).rightJustified(2, QLatin1Char('0'));
}
} // namespace

qint64 InvoiceDraft::amountMinor() const
{
    // Per line, as Odoo rounds each line's subtotal.
    qint64 total = 0;
    for (const Line &line : lines)
        total += (line.minutes * line.rateMinor + 30) / 60;
    for (const Expense &expense : expenses)
        total += expense.amountMinor;
    return total;
}

qint64 InvoiceDraft::minutes() const
{
    qint64 total = 0;
    for (const Line &line : lines)
        total += line.minutes;
    return total;
}

QStringList InvoiceDraft::lineXmlIds() const
{
    QStringList ids;
    ids.reserve(lines.size() + expenses.size());
    for (const Line &line : lines)
        ids.append(InvoiceKey::lineXmlId(row.key, line.externalId));
    for (const Expense &expense : expenses)
        ids.append(InvoiceKey::lineXmlId(row.key, expenseLineId(expense)));
    return ids;
}

QString InvoiceDraft::periodEnd() const
{
    const QDate start = QDate::fromString(periodStart(), Qt::ISODate);
    return start.isValid() ? start.addMonths(1).addDays(-1).toString(Qt::ISODate) : QString();
}

QJsonObject InvoiceDraft::source() const
{
    QJsonArray ids;
    for (const Line &line : lines)
        ids.append(line.id);
    QJsonArray expenseIds;
    for (const Expense &expense : expenses)
        expenseIds.append(expense.id);
    return { { QStringLiteral("entity"), QStringLiteral("placement") },
             { QStringLiteral("placement"), key.placementExternalId },
             { QStringLiteral("placement_id"), placementId },
             { QStringLiteral("customer"), customerName },
             { QStringLiteral("customer_id"), customerId },
             { QStringLiteral("period"), key.period },
             { QStringLiteral("lines"), ids.size() },
             { QStringLiteral("line_ids"), ids },
             { QStringLiteral("expense_ids"), expenseIds },
             { QStringLiteral("minutes"), minutes() },
             { QStringLiteral("amount"), decimalText(amountMinor()) },
             { QStringLiteral("currency"), currency } };
}

} // namespace cw
