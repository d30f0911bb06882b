#include "doublebilledrule.h"

#include "kpisql.h"
#include "sqlitereader.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace cw {

namespace {

// One billed line found twice: on its invoice, and earlier on another one.
struct Duplicate
{
    qint64 lineId = 0;
    qint64 invoiceId = 0;
    qint64 valueMinor = 0;
    qint64 earlierInvoiceId = 0;
};

struct InvoiceFinding
{
    QSet<qint64> lines;
    qint64 amountMinor = 0;
    QSet<qint64> earlierInvoices;
};

// Invoices that count as billing: customer invoices not cancelled.
const char *const kBilling = "%1.state <> 'cancel' AND %1.move_type = 'out_invoice'";

QString billing(const char *alias)
{
    return QString::fromLatin1(kBilling).arg(QLatin1String(alias));
}

// Same placement and work date on two or more invoices. The grouping runs over the covering
// period index without touching rows; only the few candidate days are then read with their
// invoices.
Result<QList<Duplicate>> sameDay(const QSqlDatabase &db, const QDate &asOf)
{
    SqliteReader reader(
        db,
        QStringLiteral(
            "WITH dup AS (SELECT t.placement_id AS placement_id, t.work_date AS work_date "
            "FROM timesheet_line t INDEXED BY timesheet_period WHERE t.placement_id IS NOT NULL "
            "AND t.invoice_id IS NOT NULL AND t.work_date <= ? GROUP BY t.placement_id, t.work_date "
            "HAVING MIN(t.invoice_id) <> MAX(t.invoice_id)) "
            "SELECT t.placement_id, t.work_date, t.id, t.invoice_id, COALESCE(%1, 0) FROM dup "
            "JOIN timesheet_line t ON t.placement_id = dup.placement_id AND t.work_date = dup.work_date "
            "JOIN invoice i ON i.id = t.invoice_id WHERE %2 "
            "ORDER BY t.placement_id, t.work_date, t.invoice_id, t.id")
            .arg(KpiSql::lineValue(), billing("i")));
    reader.bind(asOf);
    QList<Duplicate> duplicates;
    qint64 placement = -1;
    QString day;
    qint64 firstInvoice = 0;
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return duplicates;
        if (reader.int64(0) != placement || reader.text(1) != day) {
            placement = reader.int64(0);
            day = reader.text(1);
            firstInvoice = reader.int64(3);
        }
        if (reader.int64(3) != firstInvoice)
            duplicates.append({ reader.int64(2), reader.int64(3), reader.int64(4), firstInvoice });
    }
}

Result<QList<qint64>> systemsWithLines(const QSqlDatabase &db)
{
    SqliteReader reader(
        db,
        QStringLiteral("SELECT s.id FROM system s WHERE EXISTS "
                       "(SELECT 1 FROM timesheet_line t WHERE t.system_id = s.id) ORDER BY s.id"));
    QList<qint64> systems;
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!row.value())
            return systems;
        systems.append(reader.int64(0));
    }
}

// The same external id billed in two systems (one source line imported twice). External ids
// are unique per system, so only pairs of systems can repeat one; each pair is one indexed join.
Result<QList<Duplicate>> sameExternalId(const QSqlDatabase &db, const QDate &asOf)
{
    auto systems = systemsWithLines(db);
    if (!systems)
        return systems.error();
    QList<Duplicate> duplicates;
    const QList<qint64> &ids = systems.value();
    for (int a = 0; a < ids.size(); ++a) {
        for (int b = a + 1; b < ids.size(); ++b) {
            SqliteReader reader(
                db,
                QStringLiteral(
                    "SELECT u.id, u.invoice_id, COALESCE(%1, 0), t.id, t.invoice_id, COALESCE(%2, 0) "
                    "FROM timesheet_line u JOIN timesheet_line t ON t.system_id = ? "
                    "AND t.external_id = u.external_id "
                    "JOIN invoice ui ON ui.id = u.invoice_id JOIN invoice i ON i.id = t.invoice_id "
                    "WHERE u.system_id = ? AND u.invoice_id IS NOT NULL AND t.invoice_id IS NOT NULL "
                    "AND u.invoice_id <> t.invoice_id AND u.work_date <= ? AND %3 AND %4")
                    .arg(KpiSql::lineValue(QStringLiteral("u")), KpiSql::lineValue(), billing("ui"),
                         billing("i")));
            reader.bind(ids[b]).bind(ids[a]).bind(asOf);
            for (;;) {
                auto row = reader.next();
                if (!row)
                    return row.error();
                if (!row.value())
                    break;
                // The later invoice is the one that bills the line again.
                const bool uLater = reader.int64(1) > reader.int64(4);
                const int later = uLater ? 0 : 3;
                const int earlier = uLater ? 3 : 0;
                duplicates.append({ reader.int64(later), reader.int64(later + 1), reader.int64(later + 2),
                                    reader.int64(earlier + 1) });
            }
        }
    }
    return duplicates;
}

struct InvoiceInfo
{
    qint64 customerId = 0;
    QString currency;
    QString number;
    QDate date;
};

Result<InvoiceInfo> invoiceInfo(const QSqlDatabase &db, qint64 id)
{
    SqliteReader reader(db,
                        QStringLiteral("SELECT COALESCE(customer_id, 0), currency, "
                                       "COALESCE(NULLIF(number, ''), external_id), %1 FROM invoice i "
                                       "WHERE i.id = ?")
                            .arg(KpiSql::billedOn(QStringLiteral("i"))));
    reader.bind(id);
    auto row = reader.next();
    if (!row)
        return row.error();
    if (!row.value())
        return InvoiceInfo {};
    return InvoiceInfo { reader.int64(0), reader.text(1), reader.text(2), reader.date(3) };
}

} // namespace

QString DoubleBilledRule::id() const
{
    return QStringLiteral("hours_invoiced_twice");
}

QString DoubleBilledRule::title() const
{
    return tr("Hours invoiced twice");
}

QString DoubleBilledRule::definition() const
{
    return tr("Time of one placement and day that appears on two customer invoices that are not cancelled, "
              "or one timesheet line (same external id) invoiced from two systems. The later invoice is "
              "the exception; the amount is the value of the time it bills again.");
}

Result<QList<ExceptionFinding>> DoubleBilledRule::evaluate(const QSqlDatabase &db,
                                                           const RuleContext &context) const
{
    auto byDay = sameDay(db, context.asOf);
    if (!byDay)
        return byDay.error();
    auto byExternalId = sameExternalId(db, context.asOf);
    if (!byExternalId)
        return byExternalId.error();
    QMap<qint64, InvoiceFinding> invoices;
    for (const Duplicate &d : byDay.value() + byExternalId.value()) {
        InvoiceFinding &f = invoices[d.invoiceId];
        if (f.lines.contains(d.lineId))
            continue;
        f.lines.insert(d.lineId);
        f.amountMinor += d.valueMinor;
        f.earlierInvoices.insert(d.earlierInvoiceId);
    }
    QList<ExceptionFinding> findings;
    for (auto it = invoices.cbegin(); it != invoices.cend(); ++it) {
        auto info = invoiceInfo(db, it.key());
        if (!info)
            return info.error();
        QStringList earlier;
        QList<qint64> earlierIds = it->earlierInvoices.values();
        std::sort(earlierIds.begin(), earlierIds.end());
        for (const qint64 id : earlierIds) {
            auto other = invoiceInfo(db, id);
            if (!other)
                return other.error();
            earlier << other.value().number;
        }
        ExceptionFinding finding;
        finding.subjectEntity = QStringLiteral("invoice");
        finding.subjectId = it.key();
        finding.customerId = info.value().customerId;
        finding.currency = info.value().currency;
        finding.amountMinor = it->amountMinor;
        finding.occurredOn = info.value().date;
        finding.detail = tr("%n timesheet line(s) on this invoice were already invoiced on %1.", nullptr,
                            int(it->lines.size()))
                             .arg(earlier.join(QStringLiteral(", ")));
        findings.append(finding);
    }
    return findings;
}

} // namespace cw
