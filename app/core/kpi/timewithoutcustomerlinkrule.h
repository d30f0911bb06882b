#pragma once

#include "exceptionrule.h"

namespace cw {

/// Approved, billable time not yet billed for a customer record that has no crosswalk link, so it cannot be
/// invoiced in Odoo. One finding per customer (per placement when the placement names no customer); the
/// amount is the value of that time. Stateless; see ExceptionRule for threads.
class TimeWithoutCustomerLinkRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::TimeWithoutCustomerLinkRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
