#pragma once

#include "exceptionrule.h"

namespace cw {

/// Hours invoiced twice: time of one placement and work date on two or more customer invoices that are not
/// cancelled, or a billed line whose external id is also a billed line of another system. One finding per
/// later invoice (the one with the higher id); the amount is the value of its duplicated lines. Stateless;
/// see ExceptionRule for threads.
class DoubleBilledRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::DoubleBilledRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
