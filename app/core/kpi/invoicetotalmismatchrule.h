#pragma once

#include "exceptionrule.h"

namespace cw {

/// A customer invoice (not cancelled) whose untaxed total differs from the sum of its source lines: its
/// approved billable timesheet lines valued at minutes × rate / 60 (KpiSql::lineValue()) plus its billable
/// expenses. Each timesheet line may round by one minor unit, so the rule fires when the difference exceeds
/// the number of timesheet lines, in minor units. The amount is the difference. Stateless; see ExceptionRule
/// for threads.
class InvoiceTotalMismatchRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::InvoiceTotalMismatchRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
