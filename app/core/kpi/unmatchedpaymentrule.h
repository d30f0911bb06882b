#pragma once

#include "exceptionrule.h"

namespace cw {

/// A payment received on or before the as-of date that is not allocated to any invoice. The amount is the
/// payment. Stateless; see ExceptionRule for threads.
class UnmatchedPaymentRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::UnmatchedPaymentRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
