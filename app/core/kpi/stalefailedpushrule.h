#pragma once

#include "exceptionrule.h"

namespace cw {

/// An open failed push of a customer invoice (its outbox row writes Odoo's account.move, or its operation
/// names an invoice) first seen more than RuleContext::failedPushMaxAgeDays days before the as-of date.
/// Stateless; see ExceptionRule for threads.
class StaleFailedPushRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::StaleFailedPushRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
