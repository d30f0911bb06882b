#include "unbilledquery.h"

#include "agebuckets.h"
#include "kpisql.h"
#include "sqlitereader.h"

#include <QHash>

namespace cw {

namespace {

// The lines are streamed and summed here rather than by SQL GROUP BY: grouping by bucket and
// currency would make SQLite sort every line, while a plain index scan hands them over in
// placement order at a fraction of the cost.
QString linesSelect()
{
    return QStringLiteral("SELECT COALESCE(t.placement_id, 0), t.currency, t.work_date, t.minutes, %1 ")
        .arg(KpiSql::lineRate());
}

// Lines on no invoice. INDEXED BY: without statistics the planner prefers the invoice_id index
// for "invoice_id IS NULL", which reads the table rows instead of the covering partial index.
QString notInvoicedSql()
{
    return linesSelect()
        + QStringLiteral("FROM timesheet_line t INDEXED BY timesheet_unbilled "
                         "WHERE t.status = 'approved' AND t.billable = 1 AND t.invoice_id IS NULL "
                         "AND t.work_date <= ?");
}

// Lines of invoices that had not billed them as of the date. CROSS JOIN keeps invoices outside:
// the invoices dated after the date lead to their lines (each a range of timesheet_billed up to
// the date), not the other way round.
QString invoicedLaterSql()
{
    return linesSelect()
        + QStringLiteral("FROM invoice i CROSS JOIN timesheet_line t INDEXED BY timesheet_billed "
                         "ON t.invoice_id = i.id "
                         "WHERE (i.state = 'cancel' OR %1 > ?) AND t.status = 'approved' AND t.billable = 1 "
                         "AND t.invoice_id IS NOT NULL AND t.work_date <= ?")
              .arg(KpiSql::billedOn(QStringLiteral("i")));
}

struct Key
{
    qint64 placementId = -1;
    QString currency;
    int bucket = 0;
    bool operator==(const Key &other) const = default;
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.placementId, key.currency, key.bucket);
}

class Accumulator
{
public:
    explicit Accumulator(const QDate &asOf)
        : m_asOf(asOf)
    { }

    Result<void> read(SqliteReader &reader)
    {
        for (;;) {
            auto row = reader.next();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            add(reader);
        }
    }

    std::vector<UnbilledQuery::Fact> facts() const
    {
        std::vector<UnbilledQuery::Fact> result;
        result.reserve(m_facts.size());
        for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it)
            result.push_back(it.value());
        return result;
    }

private:
    void add(const SqliteReader &r)
    {
        // Consecutive lines mostly share placement and currency: reuse the currency string.
        const QByteArrayView currency = r.utf8(1);
        if (currency != QByteArrayView(m_lastCurrencyUtf8)) {
            m_lastCurrencyUtf8 = currency.toByteArray();
            m_lastCurrency = QString::fromUtf8(m_lastCurrencyUtf8);
            m_last = nullptr;
        }
        const QDate workDate = r.date(2);
        const qint64 placementId = r.int64(0);
        const int bucket = AgeBuckets::bucketOf(workDate.daysTo(m_asOf));
        if (!m_last || placementId != m_lastKey.placementId || bucket != m_lastKey.bucket) {
            m_lastKey = Key { placementId, m_lastCurrency, bucket };
            m_last = &m_facts[m_lastKey];
            m_last->placementId = placementId;
            m_last->lineCurrency = m_lastCurrency;
            m_last->bucket = bucket;
        }
        UnbilledQuery::Fact &fact = *m_last;
        const qint64 minutes = r.int64(3);
        if (fact.lines == 0 || workDate < fact.oldestWorkDate)
            fact.oldestWorkDate = workDate;
        ++fact.lines;
        fact.minutes += minutes;
        if (r.isNull(4))
            fact.unratedMinutes += minutes;
        else
            fact.valueMinor += (minutes * r.int64(4) + 30) / 60;
    }

    QDate m_asOf;
    QHash<Key, UnbilledQuery::Fact> m_facts;
    Key m_lastKey;
    UnbilledQuery::Fact *m_last = nullptr;
    QByteArray m_lastCurrencyUtf8;
    QString m_lastCurrency;
};

} // namespace

Result<std::vector<UnbilledQuery::Fact>> UnbilledQuery::run(const QSqlDatabase &db, const QDate &asOf)
{
    Accumulator accumulator(asOf);
    SqliteReader notInvoiced(db, notInvoicedSql());
    notInvoiced.bind(asOf);
    if (auto done = accumulator.read(notInvoiced); !done)
        return done.error();

    SqliteReader invoicedLater(db, invoicedLaterSql());
    invoicedLater.bind(asOf).bind(asOf);
    if (auto done = accumulator.read(invoicedLater); !done)
        return done.error();
    return accumulator.facts();
}

} // namespace cw
