#pragma once

#include "exceptionrule.h"

namespace cw {

/// A posted customer invoice with an open amount whose due date lies before the as-of date. The amount is the
/// open amount; it happened on the due date. Stateless; see ExceptionRule for threads.
class InvoiceOverdueRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::InvoiceOverdueRule)

public:
    /// A posted invoice with @p residualMinor still open.
    struct Overdue
    {
        qint64 invoiceId = 0;
        qint64 customerId = 0;
        QString currency;
        QString number;
        QDate dueDate;
        qint64 residualMinor = 0;
    };

    /// The case as this rule reports it as of @p asOf (subject, amount, date, words): evaluate()
    /// and the demo data both describe cases through it, so they name the same subject.
    static ExceptionFinding finding(const Overdue &overdue, const QDate &asOf);

    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
