#include "marginerosionrule.h"

#include "ratehistory.h"
#include "sqlitereader.h"

namespace cw {

namespace {

QList<MarginErosionRule::Raise> erosions(const RateHistory &rates, const QDate &asOf)
{
    QList<MarginErosionRule::Raise> found;
    for (const qint64 placementId : rates.placementsWithHistory()) {
        const QList<RateHistory::Rate> history = rates.history(placementId);
        for (int k = 1; k < history.size() && history[k].effectiveDate <= asOf; ++k) {
            const RateHistory::Rate &before = history[k - 1];
            const RateHistory::Rate &after = history[k];
            if (!before.payRateMinor || !after.payRateMinor || !before.billRateMinor || !after.billRateMinor)
                continue;
            if (*after.payRateMinor <= *before.payRateMinor || *after.billRateMinor > *before.billRateMinor)
                continue;
            MarginErosionRule::Raise e { after.id,
                                         placementId,
                                         after.effectiveDate,
                                         asOf,
                                         *before.payRateMinor,
                                         *after.payRateMinor,
                                         *after.billRateMinor };
            for (int next = k + 1; next < history.size() && history[next].effectiveDate <= asOf; ++next) {
                if (history[next].billRateMinor && *history[next].billRateMinor > *after.billRateMinor) {
                    e.until = history[next].effectiveDate.addDays(-1);
                    break;
                }
            }
            found.append(e);
        }
    }
    return found;
}

} // namespace

QString MarginErosionRule::id() const
{
    return QStringLiteral("pay_raised_without_bill");
}

QString MarginErosionRule::title() const
{
    return tr("Pay raised, bill rate unchanged");
}

QString MarginErosionRule::definition() const
{
    return tr("A placement's pay rate was raised while its bill rate stayed the same or went down, so the "
              "margin shrinks. The amount is the raise times the approved hours worked since, until the bill "
              "rate was raised.");
}

ExceptionFinding MarginErosionRule::finding(const Raise &raise, qint64 customerId, const QString &currency,
                                            qint64 approvedMinutes)
{
    const QString detail = tr("Pay rate raised from %1 to %2 on %3 while the bill rate stayed at %4.")
                               .arg(money(raise.payBefore, currency), money(raise.payAfter, currency),
                                    raise.effective.toString(Qt::ISODate), money(raise.bill, currency));
    return { QStringLiteral("placement_rate"),
             raise.rateId,
             customerId,
             ((raise.payAfter - raise.payBefore) * approvedMinutes + 30) / 60,
             currency,
             raise.effective,
             detail };
}

Result<QList<ExceptionFinding>> MarginErosionRule::evaluate(const QSqlDatabase &db,
                                                            const RuleContext &context) const
{
    auto rates = RateHistory::load(db);
    if (!rates)
        return rates.error();
    QList<ExceptionFinding> findings;
    for (const Raise &e : erosions(rates.value(), context.asOf)) {
        SqliteReader reader(db,
                            QStringLiteral("SELECT COALESCE(p.customer_id, 0), "
                                           "COALESCE(NULLIF(p.currency, ''), c.currency, ''), "
                                           "(SELECT COALESCE(SUM(t.minutes), 0) FROM timesheet_line t "
                                           "WHERE t.placement_id = p.id AND t.status = 'approved' "
                                           "AND t.work_date >= ? AND t.work_date <= ?) "
                                           "FROM placement p LEFT JOIN customer c ON c.id = p.customer_id "
                                           "WHERE p.id = ?"));
        reader.bind(e.effective).bind(e.until).bind(e.placementId);
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        findings.append(finding(e, reader.int64(0), reader.text(1), reader.int64(2)));
    }
    return findings;
}

} // namespace cw
