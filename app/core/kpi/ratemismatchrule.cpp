#include "ratemismatchrule.h"

#include "ratehistory.h"
#include "sqlitereader.h"

#include <QHash>

#include <cstdlib>

namespace cw {

namespace {

struct PlacementInfo
{
    qint64 customerId = 0;
    QString currency;
};

Result<QHash<qint64, PlacementInfo>> loadPlacements(const QSqlDatabase &db)
{
    SqliteReader reader(db,
                        QStringLiteral("SELECT p.id, COALESCE(p.customer_id, 0), "
                                       "COALESCE(NULLIF(p.currency, ''), c.currency, '') FROM placement p "
                                       "LEFT JOIN customer c ON c.id = p.customer_id"));
    QHash<qint64, PlacementInfo> placements;
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return placements;
        placements.insert(reader.int64(0), { reader.int64(1), reader.text(2) });
    }
}

} // namespace

void RateMismatchRule::Mismatch::add(const QDate &workDate, qint64 minutes, qint64 billed, qint64 agreed)
{
    if (lines == 0 || workDate < first) {
        first = workDate;
        lineRate = billed;
        placementRate = agreed;
    }
    ++lines;
    amountMinor += (std::llabs(minutes * (billed - agreed)) + 30) / 60;
}

ExceptionFinding RateMismatchRule::finding(const Mismatch &mismatch)
{
    const QString detail =
        tr("%n line(s) from %1 on carry a bill rate of %2 where the placement's rate is %3.", nullptr,
           int(mismatch.lines))
            .arg(mismatch.first.toString(Qt::ISODate), money(mismatch.lineRate, mismatch.currency),
                 money(mismatch.placementRate, mismatch.currency));
    return { QStringLiteral("placement"),
             mismatch.placementId,
             mismatch.customerId,
             mismatch.amountMinor,
             mismatch.currency,
             mismatch.first,
             detail };
}

QString RateMismatchRule::id() const
{
    return QStringLiteral("rate_mismatch");
}

QString RateMismatchRule::title() const
{
    return tr("Bill rate differs from the placement");
}

QString RateMismatchRule::definition() const
{
    return tr("Approved time whose bill rate differs from the placement's bill rate in effect on the work "
              "date. The amount is the difference in value over all such time.");
}

Result<QList<ExceptionFinding>> RateMismatchRule::evaluate(const QSqlDatabase &db,
                                                           const RuleContext &context) const
{
    auto rates = RateHistory::load(db);
    if (!rates)
        return rates.error();
    auto placements = loadPlacements(db);
    if (!placements)
        return placements.error();
    // One pass over the covering period index: comparing in C++ against the in-memory history
    // avoids a correlated rate lookup per line in SQL.
    SqliteReader reader(db,
                        QStringLiteral("SELECT t.placement_id, t.work_date, t.minutes, t.bill_rate_minor "
                                       "FROM timesheet_line t INDEXED BY timesheet_period "
                                       "WHERE t.placement_id IS NOT NULL AND t.status = 'approved' "
                                       "AND t.bill_rate_minor IS NOT NULL AND t.work_date <= ?"));
    reader.bind(context.asOf);
    QHash<qint64, Mismatch> mismatches;
    auto done = reader.forEachRow([&](const SqliteReader &r) {
        const qint64 placementId = r.int64(0);
        const QDate workDate = r.date(1);
        const auto expected = rates.value().billRateOn(placementId, workDate);
        const qint64 lineRate = r.int64(3);
        if (!expected || *expected == lineRate)
            return;
        mismatches[placementId].add(workDate, r.int64(2), lineRate, *expected);
    });
    if (!done)
        return done.error();
    QList<ExceptionFinding> findings;
    for (auto it = mismatches.begin(); it != mismatches.end(); ++it) {
        const PlacementInfo info = placements.value().value(it.key());
        it->placementId = it.key();
        it->customerId = info.customerId;
        it->currency = info.currency;
        findings.append(finding(*it));
    }
    return findings;
}

} // namespace cw
