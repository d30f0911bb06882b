#include "unbilledlines.h"

#include "agebuckets.h"
#include "kpisql.h"
#include "sqlitereader.h"

namespace cw {

namespace {

// The lines are streamed and summed here rather than by SQL GROUP BY: grouping by bucket and
// currency would make SQLite sort every line, while a plain index scan hands them over in
// placement order at a fraction of the cost. The last column is the day the line was billed,
// NULL when it never was (on no invoice, or on a cancelled one).
QString linesSelect(const QString &billed)
{
    return QStringLiteral("SELECT COALESCE(t.placement_id, 0), t.currency, t.work_date, t.minutes, %1, %2 ")
        .arg(KpiSql::lineRate(), billed);
}

// Lines on no invoice. INDEXED BY: without statistics the planner prefers the invoice_id index
// for "invoice_id IS NULL", which reads the table rows instead of the covering partial index.
QString notInvoicedSql()
{
    return linesSelect(QStringLiteral("NULL"))
        + QStringLiteral("FROM timesheet_line t INDEXED BY timesheet_unbilled "
                         "WHERE t.status = 'approved' AND t.billable = 1 AND t.invoice_id IS NULL");
}

// Lines of invoices billed in a range of days (after the first placeholder, up to the second),
// and with a third placeholder of 1 the lines of cancelled invoices too. CROSS JOIN keeps
// invoices outside: the invoices in range lead to their lines, not the other way round.
QString invoicedSql()
{
    const QString billedOn = KpiSql::billedOn(QStringLiteral("i"));
    return linesSelect(QStringLiteral("CASE WHEN i.state = 'cancel' THEN NULL ELSE %1 END").arg(billedOn))
        + QStringLiteral(
              "FROM invoice i CROSS JOIN timesheet_line t INDEXED BY timesheet_billed "
              "ON t.invoice_id = i.id "
              "WHERE ((i.state <> 'cancel' AND %1 > ? AND %1 <= ?) OR (i.state = 'cancel' AND ? = 1)) "
              "AND t.status = 'approved' AND t.billable = 1 AND t.invoice_id IS NOT NULL")
              .arg(billedOn);
}

} // namespace

Result<UnbilledLines> UnbilledLines::read(const QSqlDatabase &db, const QDate &from)
{
    UnbilledLines lines;
    if (auto done = lines.append(db, notInvoicedSql(), {}, {}); !done)
        return done.error();
    if (auto done = lines.append(db, invoicedSql(), from, {}); !done)
        return done.error();
    lines.m_from = from;
    return lines;
}

Result<void> UnbilledLines::extendTo(const QSqlDatabase &db, const QDate &from)
{
    if (covers(from))
        return {};
    if (auto done = append(db, invoicedSql(), from, m_from); !done)
        return done;
    m_from = from;
    return {};
}

Result<void> UnbilledLines::append(const QSqlDatabase &db, const QString &sql, const QDate &after,
                                   const QDate &until)
{
    SqliteReader reader(db, sql);
    if (after.isValid()) {
        // No upper bound (a first read) also takes the cancelled invoices' lines.
        const bool first = !until.isValid();
        reader.bind(after)
            .bind(first ? QStringLiteral("9999-12-31") : until.toString(Qt::ISODate))
            .bind(first ? 1 : 0);
    }
    return reader.forEachRow([this](const SqliteReader &r) {
        Line line;
        line.placementId = r.int64(0);
        line.currency = currencyIndex(r.utf8(1));
        line.workDay = r.date(2).toJulianDay();
        line.minutes = qint32(r.int64(3));
        line.rated = !r.isNull(4);
        line.valueMinor = line.rated ? (line.minutes * r.int64(4) + 30) / 60 : 0;
        line.billedDay = r.isNull(5) ? kNeverBilled : r.date(5).toJulianDay();
        m_lines.push_back(line);
    });
}

qint16 UnbilledLines::currencyIndex(QByteArrayView utf8)
{
    // A handful of currencies: a linear search beats hashing the text of every line.
    for (qsizetype i = 0; i < m_currencies.size(); ++i) {
        if (m_currencies.at(i) == utf8)
            return qint16(i);
    }
    m_currencies.append(utf8.toByteArray());
    return qint16(m_currencies.size() - 1);
}

std::vector<UnbilledLines::Fact> UnbilledLines::factsAsOf(const QDate &asOf) const
{
    Q_ASSERT(covers(asOf));
    const qint64 day = asOf.toJulianDay();
    QStringList currencies;
    for (const QByteArray &currency : m_currencies)
        currencies.append(QString::fromUtf8(currency));
    // The lines come in placement and work date order (each invoice's lines together), so a fact
    // is complete when the next line has another placement, currency or bucket. A few facts for
    // the same key (lines of several invoices) are summed by UnbilledSummary like any others, so
    // no hash of the keys is needed: it took most of the time of a new date.
    std::vector<Fact> facts;
    qint16 factCurrency = -1;
    for (const Line &line : m_lines) {
        if (line.workDay > day || line.billedDay <= day)
            continue;
        const int bucket = AgeBuckets::bucketOf(day - line.workDay);
        if (facts.empty() || facts.back().placementId != line.placementId || facts.back().bucket != bucket
            || factCurrency != line.currency) {
            Fact fact;
            fact.placementId = line.placementId;
            fact.lineCurrency = currencies.at(line.currency);
            fact.bucket = bucket;
            facts.push_back(fact);
            factCurrency = line.currency;
        }
        Fact &fact = facts.back();
        const QDate workDate = QDate::fromJulianDay(line.workDay);
        if (fact.lines == 0 || workDate < fact.oldestWorkDate)
            fact.oldestWorkDate = workDate;
        ++fact.lines;
        fact.minutes += line.minutes;
        if (line.rated)
            fact.valueMinor += line.valueMinor;
        else
            fact.unratedMinutes += line.minutes;
    }
    return facts;
}

} // namespace cw
