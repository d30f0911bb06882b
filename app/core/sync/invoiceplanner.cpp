#include "invoiceplanner.h"

#include "cache/database.h"
#include "invoicekey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {

// Reads the partial index timesheet_unbilled only.
const QString kUnbilledTime =
    QStringLiteral("SELECT t.placement_id, p.external_id, substr(t.work_date, 1, 7) AS period, COUNT(*) "
                   "FROM timesheet_line t JOIN placement p ON p.id = t.placement_id "
                   "WHERE t.status = 'approved' AND t.billable = 1 AND t.invoice_id IS NULL "
                   "GROUP BY t.placement_id, period ORDER BY t.placement_id, period");

const QString kUnbilledExpenses =
    QStringLiteral("SELECT e.placement_id, p.external_id, substr(e.expense_date, 1, 7) AS period, COUNT(*) "
                   "FROM expense e JOIN placement p ON p.id = e.placement_id "
                   "WHERE e.status = 'approved' AND e.billable = 1 AND e.invoice_id IS NULL "
                   "GROUP BY e.placement_id, period ORDER BY e.placement_id, period");

} // namespace

InvoicePlanner::InvoicePlanner(const Database &database, qint64 odooSystemId, Source source,
                               std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_systemId(odooSystemId)
    , m_source(source)
    , m_clock(std::move(clock))
{ }

Result<InvoicePlanner::Summary> InvoicePlanner::plan() const
{
    Summary summary;
    auto done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery groups(db);
        groups.setForwardOnly(true);
        if (!groups.exec(m_source == Source::Time ? kUnbilledTime : kUnbilledExpenses))
            return sqlError(m_source == Source::Time ? tr("Unbilled time could not be read.")
                                                     : tr("Unbilled expenses could not be read."),
                            groups.lastError());
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT idempotency_key, state FROM outbox WHERE idempotency_key = ? "
                                        "OR (idempotency_key > ? AND idempotency_key < ?)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO outbox (idempotency_key, system_id, operation, model, payload, state, created_at, "
            "updated_at) VALUES (?, ?, ?, 'account.move', ?, 'pending', ?, ?)"));
        const QString now = m_clock->now().toUTC().toString(Qt::ISODate);
        while (groups.next()) {
            ++summary.groups;
            InvoiceKey key;
            key.placementExternalId = groups.value(1).toString();
            key.period = groups.value(2).toString();
            const QString base = key.toString();
            existing.addBindValue(base);
            existing.addBindValue(QString(base + QLatin1Char(':')));
            existing.addBindValue(QString(base + QLatin1Char(';')));
            if (!existing.exec())
                return sqlError(tr("The outbox could not be read."), existing.lastError());
            int rows = 0;
            bool open = false;
            while (existing.next()) {
                ++rows;
                open = open || existing.value(1).toString() != QLatin1String("done");
            }
            if (open) {
                ++summary.waiting;
                continue;
            }
            key.sequence = rows + 1;
            const QJsonObject payload { { QStringLiteral("move_type"), QStringLiteral("out_invoice") },
                                        { QStringLiteral("placement_id"), groups.value(0).toLongLong() },
                                        { QStringLiteral("placement"), key.placementExternalId },
                                        { QStringLiteral("period"), key.period } };
            insert.addBindValue(key.toString());
            insert.addBindValue(m_systemId);
            insert.addBindValue(kOperation);
            insert.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
            insert.addBindValue(now);
            insert.addBindValue(now);
            if (!insert.exec())
                return sqlError(tr("An invoice could not be planned."), insert.lastError());
            ++summary.planned;
        }
        return {};
    });
    if (!done)
        return done.error();
    return summary;
}

} // namespace cw
