#pragma once

#include "exceptionrule.h"

namespace cw {

/// A posted customer invoice with an open amount whose due date lies before the as-of date. The amount is the
/// open amount; it happened on the due date. Stateless; see ExceptionRule for threads.
class InvoiceOverdueRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::InvoiceOverdueRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
