#pragma once

#include "exceptionrule.h"

namespace cw {

/// Pay rate raised without a bill rate change: a placement_rate row raises the pay rate while the bill rate
/// stays the same or drops (rates carried forward as in RateHistory). One finding per such rate row; the
/// amount is the pay increase × approved minutes worked from its effective date to the as-of date / 60.
/// Stateless; see ExceptionRule for threads.
class MarginErosionRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::MarginErosionRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
