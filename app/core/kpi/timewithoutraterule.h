#pragma once

#include "exceptionrule.h"

namespace cw {

/// Approved, billable time not yet billed whose placement has no bill rate for the work date (or that has no
/// placement at all). One finding per placement (per line without a placement); the amount is the value at
/// the lines' own rates, when they carry one. Stateless; see ExceptionRule for threads.
class TimeWithoutRateRule final : public ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::TimeWithoutRateRule)

public:
    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
