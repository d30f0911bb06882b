#include "unmatchedpaymentrule.h"

#include "sqlitereader.h"

#include <cstdlib>

namespace cw {

QString UnmatchedPaymentRule::id() const
{
    return QStringLiteral("payment_unmatched");
}

QString UnmatchedPaymentRule::title() const
{
    return tr("Payment not matched to an invoice");
}

QString UnmatchedPaymentRule::definition() const
{
    return tr("A payment received that is not allocated to any invoice, so the customer's open invoices "
              "look unpaid.");
}

Result<QList<ExceptionFinding>> UnmatchedPaymentRule::evaluate(const QSqlDatabase &db,
                                                               const RuleContext &context) const
{
    SqliteReader reader(db,
                        QStringLiteral("SELECT pay.id, COALESCE(pay.customer_id, 0), pay.currency, "
                                       "pay.amount_minor, pay.payment_date, pay.external_id FROM payment pay "
                                       "WHERE pay.invoice_id IS NULL AND pay.payment_date <= ?"));
    reader.bind(context.asOf);
    QList<ExceptionFinding> findings;
    auto done = reader.forEachRow([&findings](const SqliteReader &r) {
        const QString currency = r.text(2);
        ExceptionFinding finding;
        finding.subjectEntity = QStringLiteral("payment");
        finding.subjectId = r.int64(0);
        finding.customerId = r.int64(1);
        finding.currency = currency;
        finding.amountMinor = std::llabs(r.int64(3));
        finding.occurredOn = r.date(4);
        finding.detail = tr("Payment %1 of %2 received on %3 is not allocated to an invoice.")
                             .arg(r.text(5), money(r.int64(3), currency), r.text(4));
        findings.append(finding);
    });
    if (!done)
        return done.error();
    return findings;
}

} // namespace cw
