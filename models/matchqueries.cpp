#include "matchqueries.h"

namespace cw {

namespace {

using Kind = QuerySpec::Kind;

// QuerySpec::column() with the header tooltip, which most columns of these lists carry.
QuerySpec::Column column(const QString &title, const QString &expression, Kind kind = Kind::Text,
                         bool filterable = false, const QString &description = {})
{
    QuerySpec::Column result = QuerySpec::column(title, expression, kind, filterable);
    result.description = description;
    return result;
}

// A candidate's score as a whole percentage, so the column sorts as a number.
QString percent(const QString &score)
{
    return QStringLiteral("CAST(ROUND(%1 * 100) AS INTEGER)").arg(score);
}

// The best candidate of record `c` not rejected, as one value of it: both directions of the pair
// are read through an index (the unique key, and match_candidate_by_right).
QString nearMiss(const QString &value)
{
    return QStringLiteral("(SELECT %1 FROM (SELECT nm.score AS score, nm.right_customer_id AS other "
                          "FROM match_candidate nm WHERE nm.left_customer_id = c.id AND nm.status <> 'rejected' "
                          "UNION ALL SELECT nm.score, nm.left_customer_id FROM match_candidate nm "
                          "WHERE nm.right_customer_id = c.id AND nm.status <> 'rejected') best "
                          "ORDER BY best.score DESC LIMIT 1)")
        .arg(value);
}

QList<QuerySpec::Column> pairColumns()
{
    QuerySpec::Column value = column(MatchQueries::tr("Value at stake"), QStringLiteral("m.value_at_stake_minor"),
                                     Kind::Money, false,
                                     MatchQueries::tr("Unbilled approved time and open invoices of both records"));
    value.currencyExpression = QStringLiteral("COALESCE(NULLIF(lc.currency, ''), NULLIF(rc.currency, ''), 'EUR')");
    QuerySpec::Column band = column(MatchQueries::tr("Band"), QStringLiteral("m.band"));
    band.labels = { { QStringLiteral("auto"), MatchQueries::tr("Sure (above the automatic threshold)") },
                    { QStringLiteral("review"), MatchQueries::tr("Needs review") },
                    { QStringLiteral("none"), MatchQueries::tr("Unlikely") } };
    return { value,
             column(MatchQueries::tr("Score %"), percent(QStringLiteral("m.score")), Kind::Count, false,
                    MatchQueries::tr("Probability that both records are the same customer")),
             band,
             column(MatchQueries::tr("Record"), QStringLiteral("lc.name"), Kind::Text, true),
             column(MatchQueries::tr("In"), QStringLiteral("ls.name"), Kind::Text, true),
             column(MatchQueries::tr("Possible match"), QStringLiteral("rc.name"), Kind::Text, true),
             column(MatchQueries::tr("In"), QStringLiteral("rs.name"), Kind::Text, true) };
}

QString pairFrom()
{
    return QStringLiteral("match_candidate m JOIN customer lc ON lc.id = m.left_customer_id "
                          "JOIN system ls ON ls.id = lc.system_id JOIN customer rc ON rc.id = m.right_customer_id "
                          "JOIN system rs ON rs.id = rc.system_id");
}

} // namespace

QString MatchQueries::valueAtStakeExpression()
{
    return QStringLiteral("((SELECT COALESCE(SUM(t.minutes * t.bill_rate_minor) / 60, 0) FROM placement p "
                          "JOIN timesheet_line t ON t.placement_id = p.id WHERE p.customer_id = c.id "
                          "AND t.status = 'approved' AND t.billable = 1 AND +t.invoice_id IS NULL) + "
                          "(SELECT COALESCE(SUM(i.amount_residual_minor), 0) FROM invoice i "
                          "WHERE i.customer_id = c.id AND i.state = 'posted'))");
}

QString MatchQueries::lastActivityExpression()
{
    return QStringLiteral("max(substr(c.modified_at, 1, 10), "
                          "COALESCE((SELECT MAX(t.work_date) FROM placement p JOIN timesheet_line t "
                          "ON t.placement_id = p.id WHERE p.customer_id = c.id), ''), "
                          "COALESCE((SELECT MAX(i.invoice_date) FROM invoice i WHERE i.customer_id = c.id), ''))");
}

QuerySpec MatchQueries::reviewQueue()
{
    QuerySpec spec;
    spec.id = QStringLiteral("customers/review");
    spec.from = pairFrom();
    spec.idExpression = QStringLiteral("m.id");
    spec.where = QStringLiteral("m.status = 'open' AND m.band IN ('review', 'auto')");
    spec.columns = pairColumns();
    spec.defaultSortColumn = 0;
    spec.defaultSortOrder = Qt::DescendingOrder;
    return spec;
}

QuerySpec MatchQueries::decidedCandidates()
{
    QuerySpec spec = reviewQueue();
    spec.id = QStringLiteral("customers/decided");
    spec.where = QStringLiteral("m.status <> 'open'");
    QuerySpec::Column status = column(tr("Decision"), QStringLiteral("m.status"));
    status.labels = { { QStringLiteral("accepted"), tr("Accepted") }, { QStringLiteral("rejected"), tr("Rejected") } };
    spec.columns << status << column(tr("Decided by"), QStringLiteral("m.decided_by"), Kind::Text, true)
                 << column(tr("Decided"), QStringLiteral("m.decided_at"), Kind::DateTime);
    spec.defaultSortColumn = int(spec.columns.size()) - 1;
    return spec;
}

QuerySpec MatchQueries::unmatchedRecords(const UnmatchedFilter &filter)
{
    QuerySpec spec;
    spec.id = QStringLiteral("unmatched/records");
    spec.from = QStringLiteral("customer c JOIN system s ON s.id = c.system_id");
    spec.idExpression = QStringLiteral("c.id");
    QStringList where { QStringLiteral("NOT EXISTS (SELECT 1 FROM link ul WHERE ul.system_id = c.system_id "
                                       "AND ul.entity = 'customer' AND ul.external_id = c.external_id)"),
                        filter.notCustomers ? QStringLiteral("c.status = 'not_customer'")
                                            : QStringLiteral("c.status <> 'not_customer'") };
    if (filter.systemId != 0) {
        where << QStringLiteral("c.system_id = ?");
        spec.whereValues << filter.systemId;
    }
    if (!filter.country.isEmpty()) {
        where << QStringLiteral("c.country = ?");
        spec.whereValues << filter.country;
    }
    if (filter.activeSince.isValid()) {
        where << lastActivityExpression() + QStringLiteral(" >= ?");
        spec.whereValues << filter.activeSince.toString(Qt::ISODate);
    }
    if (filter.minValueAtStakeMinor > 0) {
        where << valueAtStakeExpression() + QStringLiteral(" >= ?");
        spec.whereValues << filter.minValueAtStakeMinor;
    }
    spec.where = where.join(QStringLiteral(" AND "));

    QuerySpec::Column value = column(tr("Value at stake"), valueAtStakeExpression(), Kind::Money, false,
                                     tr("Unbilled approved time and open invoices: they cannot be billed or "
                                        "chased in Odoo until the record is linked"));
    value.currencyExpression = QStringLiteral("COALESCE(NULLIF(c.currency, ''), 'EUR')");
    spec.columns << column(tr("Name"), QStringLiteral("c.name"), Kind::Text, true)
                 << column(tr("System"), QStringLiteral("s.name"), Kind::Text, true)
                 << column(tr("Country"), QStringLiteral("c.country"), Kind::Text, true)
                 << column(tr("City"), QStringLiteral("c.city"), Kind::Text, true)
                 << column(tr("Last activity"), lastActivityExpression(), Kind::Date, false,
                           tr("Latest timesheet line, invoice or change of the record"))
                 << value
                 << column(tr("Best near miss"),
                           nearMiss(QStringLiteral("(SELECT o.name || ' (' || os.name || ')' FROM customer o "
                                                   "JOIN system os ON os.id = o.system_id WHERE o.id = best.other)")),
                           Kind::Text, false, tr("The most similar record of another system that is not rejected"))
                 << column(tr("Score %"), nearMiss(percent(QStringLiteral("best.score"))), Kind::Count, false,
                           tr("Probability that the near miss is the same customer"));
    spec.defaultSortColumn = 5;
    spec.defaultSortOrder = Qt::DescendingOrder;
    return spec;
}

} // namespace cw
