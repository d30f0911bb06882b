#pragma once

#include "exceptionrule.h"

namespace cw {

/// Approved time worked after the placement's end date (billed or not). One finding per placement; the amount
/// is the value of that time; it happened on the first such work date. Stateless; see ExceptionRule for
/// threads.
class TimeAfterEndRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::TimeAfterEndRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
