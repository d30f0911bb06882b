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
    /// Approved lines of one placement billed at another rate than the placement's, from the
    /// first such work date on.
    struct Mismatch
    {
        qint64 placementId = 0;
        qint64 customerId = 0;
        QString currency;
        QDate first;
        /// The rates on the first such day.
        qint64 lineRate = 0;
        qint64 placementRate = 0;
        qint64 lines = 0;
        qint64 amountMinor = 0;

        /// Counts one such line: |minutes × (line rate − placement rate)| / 60, rounded half up.
        void add(const QDate &workDate, qint64 minutes, qint64 billed, qint64 agreed);
    };

    /// The case as this rule reports it (subject, amount, date, words): evaluate() and the demo
    /// data both describe cases through it, so they name the same subject.
    static ExceptionFinding finding(const Mismatch &mismatch);

    QString id() const override;
    QString title() const override;
    QString definition() const override;
    Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                             const RuleContext &context) const override;
};

} // namespace cw
