#include "stalefailedpushrule.h"

#include "sqlitereader.h"

namespace cw {

QString StaleFailedPushRule::id() const
{
    return QStringLiteral("failed_invoice_push_stale");
}

QString StaleFailedPushRule::title() const
{
    return tr("Invoice push failing for days");
}

QString StaleFailedPushRule::definition() const
{
    return tr("An invoice that could not be pushed to Odoo and is still failing several days after the first "
              "attempt (the number of days is a setting).");
}

Result<QList<ExceptionFinding>> StaleFailedPushRule::evaluate(const QSqlDatabase &db,
                                                              const RuleContext &context) const
{
    SqliteReader reader(db,
                        QStringLiteral("SELECT fp.id, substr(fp.first_seen, 1, 10), fp.category, fp.message "
                                       "FROM failed_push fp LEFT JOIN outbox o ON o.id = fp.outbox_id "
                                       "WHERE fp.state = 'open' AND substr(fp.first_seen, 1, 10) < ? "
                                       "AND (o.model = 'account.move' OR o.operation LIKE '%invoice%')"));
    reader.bind(context.asOf.addDays(-context.failedPushMaxAgeDays));
    QList<ExceptionFinding> findings;
    auto done = reader.forEachRow([&findings, &context](const SqliteReader &r) {
        ExceptionFinding finding;
        finding.subjectEntity = QStringLiteral("failed_push");
        finding.subjectId = r.int64(0);
        finding.occurredOn = r.date(1);
        const int days = int(finding.occurredOn.daysTo(context.asOf));
        finding.detail = tr("Failing for %n day(s) (%1): %2", nullptr, days).arg(r.text(2), r.text(3));
        findings.append(finding);
    });
    if (!done)
        return done.error();
    return findings;
}

} // namespace cw
