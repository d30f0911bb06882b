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
    /// Approved time of one placement worked after its end date.
    struct LateTime
    {
        qint64 placementId = 0;
        qint64 customerId = 0;
        QString currency;
        QDate endDate;
        /// The first work date after the end.
        QDate first;
        qint64 minutes = 0;
        qint64 valueMinor = 0;
    };

    /// The case as this rule reports it (subject, amount, date, words): evaluate() and the demo
    /// data both describe cases through it, so they name the same subject.
    static ExceptionFinding finding(const LateTime &late);

    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
