#include "dashboardsummary.h"

#include "cache/database.h"
#include "pagequeries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

namespace cw {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cw::DashboardSummary)
};

Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(Tr::tr("The dashboard figures could not be read from the cache."), query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(Tr::tr("The dashboard figures could not be read from the cache."), query.lastError());
    return {};
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (auto ran = run(query, sql); !ran)
        return ran.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<void> readUnbilled(const QSqlDatabase &db, DashboardSummary::Summary &summary)
{
    // The line's own rate and currency win; lines without them take the placement's.
    QSqlQuery query(db);
    auto ran = run(query,
                   QStringLiteral("SELECT COALESCE(NULLIF(t.currency, ''), p.currency, '') AS cur, "
                                  "COALESCE(t.bill_rate_minor, p.bill_rate_minor) IS NULL AS unrated, "
                                  "COUNT(*), SUM(t.minutes), "
                                  "SUM(t.minutes * COALESCE(t.bill_rate_minor, p.bill_rate_minor, 0)) "
                                  "FROM timesheet_line t LEFT JOIN placement p ON p.id = t.placement_id "
                                  "WHERE %1 GROUP BY cur, unrated")
                       .arg(PageQueries::unbilledLineCondition()));
    if (!ran)
        return ran;
    while (query.next()) {
        const qint64 minutes = query.value(3).toLongLong();
        summary.unbilledLines += query.value(2).toLongLong();
        summary.unbilledMinutes += minutes;
        if (query.value(1).toBool()) {
            summary.unratedMinutes += minutes;
            continue;
        }
        // Rates are per hour: divide the minute-weighted sum once, rounding half up.
        summary.unbilledValue[query.value(0).toString()] += (query.value(4).toLongLong() + 30) / 60;
    }
    return {};
}

Result<void> readExceptions(const QSqlDatabase &db, DashboardSummary::Summary &summary)
{
    QSqlQuery query(db);
    auto ran = run(query,
                   QStringLiteral("SELECT e.currency, COUNT(*), SUM(e.amount_minor) FROM revenue_exception e "
                                  "WHERE %1 GROUP BY e.currency")
                       .arg(PageQueries::openExceptionCondition()));
    if (!ran)
        return ran;
    while (query.next()) {
        summary.openExceptions += query.value(1).toLongLong();
        const qint64 amount = query.value(2).toLongLong();
        if (amount != 0)
            summary.openExceptionValue[query.value(0).toString()] += amount;
    }
    return {};
}

Result<void> readSystems(const Database &database, DashboardSummary::Summary &summary)
{
    auto systems = PageQueries::systems(database);
    if (!systems)
        return systems.error();
    const QSqlDatabase db = database.connection();
    QSqlQuery customers(db);
    auto ran = run(customers,
                   QStringLiteral("SELECT c.system_id, COUNT(*), SUM(CASE WHEN %1 THEN 1 ELSE 0 END) "
                                  "FROM customer c GROUP BY c.system_id")
                       .arg(PageQueries::unmatchedCustomerCondition()));
    if (!ran)
        return ran;
    QHash<qint64, std::pair<qint64, qint64>> perSystem;
    while (customers.next())
        perSystem.insert(customers.value(0).toLongLong(),
                         { customers.value(1).toLongLong(), customers.value(2).toLongLong() });

    for (const PageQueries::System &system : systems.value()) {
        DashboardSummary::SystemFigures figures;
        figures.id = system.id;
        figures.kind = system.kind;
        figures.name = system.name;
        figures.enabled = system.enabled;
        figures.customerRecords = perSystem.value(system.id).first;
        figures.unmatchedCustomers = perSystem.value(system.id).second;
        QSqlQuery last(db);
        ran = run(last,
                  QStringLiteral("SELECT status, started_at, finished_at FROM sync_run WHERE system_id = ? "
                                 "ORDER BY started_at DESC, id DESC LIMIT 1"),
                  { system.id });
        if (!ran)
            return ran;
        if (last.next()) {
            figures.lastSyncStatus = last.value(0).toString();
            figures.lastSyncStarted = QDateTime::fromString(last.value(1).toString(), Qt::ISODate);
            figures.lastSyncFinished = QDateTime::fromString(last.value(2).toString(), Qt::ISODate);
        }
        summary.unmatchedCustomers += figures.unmatchedCustomers;
        summary.systems << figures;
    }
    return {};
}

Result<void> readCounts(const QSqlDatabase &db, DashboardSummary::Summary &summary)
{
    const std::pair<qint64 *, QString> counts[] = {
        { &summary.openFailedPushes,
          QStringLiteral("SELECT COUNT(*) FROM failed_push f WHERE %1")
              .arg(PageQueries::openFailedPushCondition()) },
        { &summary.canonicalCustomers, QStringLiteral("SELECT COUNT(*) FROM canonical_customer") },
        { &summary.customerRecords, QStringLiteral("SELECT COUNT(*) FROM customer") },
        { &summary.placements, QStringLiteral("SELECT COUNT(*) FROM placement") },
        { &summary.timesheetLines, QStringLiteral("SELECT COUNT(*) FROM timesheet_line") },
        { &summary.invoices, QStringLiteral("SELECT COUNT(*) FROM invoice") },
    };
    for (const auto &[target, sql] : counts) {
        auto value = scalar(db, sql);
        if (!value)
            return value.error();
        *target = value.value();
    }
    return {};
}

} // namespace

DashboardSummary::DashboardSummary(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_watcher, &QFutureWatcher<Result<Summary>>::finished, this, &DashboardSummary::finished);
}

DashboardSummary::~DashboardSummary()
{
    m_watcher.waitForFinished();
}

void DashboardSummary::refresh()
{
    // The watcher's own state flips when the worker ends, before finished() is delivered here;
    // m_running stays set until the result has been handed out.
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([&database = m_database] {
        Result<Summary> summary = compute(database);
        // Pool threads are reused by unrelated work: do not leave a cache connection behind.
        database.releaseThreadConnection();
        return summary;
    }));
}

Result<DashboardSummary::Summary> DashboardSummary::compute(const Database &database)
{
    Summary summary;
    const QSqlDatabase db = database.connection();
    if (auto read = readUnbilled(db, summary); !read)
        return read.error();
    if (auto read = readExceptions(db, summary); !read)
        return read.error();
    if (auto read = readSystems(database, summary); !read)
        return read.error();
    if (auto read = readCounts(db, summary); !read)
        return read.error();
    return summary;
}

void DashboardSummary::finished()
{
    m_running = false;
    const Result<Summary> result = m_watcher.result();
    if (result)
        emit ready(result.value());
    else
        emit failed(result.error());
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace cw
