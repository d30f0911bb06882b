#include "exceptionfactsquery.h"

#include "kpisql.h"
#include "sqlitereader.h"

namespace cw {

Result<std::vector<ExceptionFactsQuery::Fact>> ExceptionFactsQuery::run(const QSqlDatabase &db)
{
    SqliteReader reader(
        db,
        QStringLiteral("SELECT e.rule, COALESCE(e.customer_id, 0), COALESCE(%1, 0), e.currency, "
                       "e.amount_minor, e.detected_at, "
                       "CASE WHEN e.state = 'resolved' THEN e.updated_at END, %2 "
                       "FROM revenue_exception e")
            .arg(KpiSql::exceptionPlacement(), KpiSql::exceptionDate()));
    std::vector<Fact> facts;
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return facts;
        facts.push_back({ reader.text(0), reader.int64(1), reader.int64(2), reader.text(3), reader.int64(4),
                          reader.date(5), reader.date(6), reader.date(7) });
    }
}

} // namespace cw
