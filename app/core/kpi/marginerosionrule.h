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
    /// A pay raise by the placement_rate row @p rateId that the bill rate did not follow.
    struct Raise
    {
        qint64 rateId = 0;
        qint64 placementId = 0;
        QDate effective;
        /// Last day the raise went unmatched: the day before the next bill raise, or the as-of date.
        QDate until;
        qint64 payBefore = 0;
        qint64 payAfter = 0;
        qint64 bill = 0;
    };

    /// The case as this rule reports it, with @p approvedMinutes worked from the raise to its
    /// end (subject, amount, date, words): evaluate() and the demo data both describe cases
    /// through it, so they name the same subject.
    static ExceptionFinding finding(const Raise &raise, qint64 customerId, const QString &currency,
                                    qint64 approvedMinutes);

    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
