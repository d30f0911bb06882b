#include "ratemismatchrule.h"

#include "ratehistory.h"
#include "sqlitereader.h"

#include <QHash>

#include <cstdlib>

namespace cw {

namespace {

struct Mismatch
{
    qint64 lines = 0;
    qint64 amountMinor = 0;
    QDate first;
    qint64 lineRate = 0;
    qint64 placementRate = 0;
};

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
    auto done = forEachRow(reader, [&](const SqliteReader &r) {
        const qint64 placementId = r.int64(0);
        const QDate workDate = r.date(1);
        const auto expected = rates.value().billRateOn(placementId, workDate);
        const qint64 lineRate = r.int64(3);
        if (!expected || *expected == lineRate)
            return;
        Mismatch &m = mismatches[placementId];
        if (m.lines == 0 || workDate < m.first) {
            m.first = workDate;
            m.lineRate = lineRate;
            m.placementRate = *expected;
        }
        ++m.lines;
        m.amountMinor += (std::llabs(r.int64(2) * (lineRate - *expected)) + 30) / 60;
    });
    if (!done)
        return done.error();
    QList<ExceptionFinding> findings;
    for (auto it = mismatches.cbegin(); it != mismatches.cend(); ++it) {
        const PlacementInfo info = placements.value().value(it.key());
        ExceptionFinding finding;
        finding.subjectEntity = QStringLiteral("placement");
        finding.subjectId = it.key();
        finding.customerId = info.customerId;
        finding.currency = info.currency;
        finding.amountMinor = it->amountMinor;
        finding.occurredOn = it->first;
        finding.detail = tr("%n line(s) from %1 on carry a bill rate of %2 where the placement's rate is %3.",
                            nullptr, int(it->lines))
                             .arg(it->first.toString(Qt::ISODate), money(it->lineRate, info.currency),
                                  money(it->placementRate, info.currency));
        findings.append(finding);
    }
    return findings;
}

} // namespace cw
