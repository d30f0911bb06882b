#pragma once

#include "exceptionrule.h"

namespace cw {

/// Approved time whose own bill rate differs from the placement's rate effective on the work date
/// (RateHistory). One finding per placement; the amount is the sum of |minutes × (line rate − placement
/// rate)| / 60, rounded half up per line. Stateless; see ExceptionRule for threads.
class RateMismatchRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::RateMismatchRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
