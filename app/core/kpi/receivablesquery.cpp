#include "receivablesquery.h"

#include "kpisql.h"
#include "sqlitereader.h"

namespace cw {

Result<std::vector<ReceivablesQuery::Fact>> ReceivablesQuery::run(const QSqlDatabase &db, const QDate &asOf,
                                                                  int windowDays)
{
    // Same figure as KpiSql::receivableAsOf(), but the payments after the date are summed once
    // and joined, instead of one correlated sum per invoice: most invoices have none.
    SqliteReader reader(
        db, QStringLiteral("WITH late AS (SELECT invoice_id, SUM(amount_minor) AS amount FROM payment "
                           "WHERE payment_date > ? AND invoice_id IS NOT NULL GROUP BY invoice_id) "
                           "SELECT id, customer_id, placement_id, currency, receivable, revenue FROM ("
                           "SELECT i.id AS id, COALESCE(i.customer_id, 0) AS customer_id, "
                           "COALESCE(i.placement_id, 0) AS placement_id, i.currency AS currency, "
                           "MIN(i.amount_total_minor, i.amount_residual_minor + COALESCE(late.amount, 0)) AS receivable, "
                           "CASE WHEN i.invoice_date > ? THEN i.amount_total_minor ELSE 0 END AS revenue "
                           "FROM invoice i LEFT JOIN late ON late.invoice_id = i.id WHERE %1) "
                           "WHERE receivable > 0 OR revenue <> 0")
                .arg(KpiSql::postedInvoiceBy()));
    reader.bind(asOf).bind(asOf.addDays(-windowDays)).bind(asOf);
    std::vector<Fact> facts;
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return facts;
        facts.push_back({ reader.int64(0), reader.int64(1), reader.int64(2), reader.text(3),
                          std::max<qint64>(0, reader.int64(4)), reader.int64(5) });
    }
}

} // namespace cw
