#include "kpifilteroptions.h"

#include "cache/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

namespace cw {

namespace {

Result<QStringList> distinctTexts(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return sqlError(KpiFilterOptions::tr("The dashboard filters could not be read from the cache."),
                        query.lastError());
    QStringList texts;
    while (query.next())
        texts << query.value(0).toString();
    return texts;
}

} // namespace

KpiFilterOptions::KpiFilterOptions(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_watcher, &QFutureWatcher<Result<Options>>::finished, this, [this] {
        const Result<Options> result = m_watcher.result();
        if (result)
            emit ready(result.value());
        else
            emit failed(result.error());
    });
}

KpiFilterOptions::~KpiFilterOptions()
{
    m_watcher.waitForFinished();
}

void KpiFilterOptions::load()
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([&database = m_database] {
        Result<Options> options = read(database);
        // Pool threads are reused by unrelated work: do not leave a cache connection behind.
        database.releaseThreadConnection();
        return options;
    }));
}

Result<KpiFilterOptions::Options> KpiFilterOptions::read(const Database &database)
{
    const QSqlDatabase db = database.connection();
    Options options;
    QSqlQuery customers(db);
    customers.setForwardOnly(true);
    if (!customers.exec(QStringLiteral("SELECT c.id, c.name FROM customer c WHERE EXISTS "
                                       "(SELECT 1 FROM placement p WHERE p.customer_id = c.id) "
                                       "ORDER BY c.name COLLATE NOCASE, c.id"))) {
        return sqlError(tr("The dashboard filters could not be read from the cache."), customers.lastError());
    }
    while (customers.next())
        options.customers << Customer { customers.value(0).toLongLong(), customers.value(1).toString() };
    const std::pair<QStringList *, QString> lists[] = {
        { &options.businessUnits, QStringLiteral("SELECT DISTINCT business_unit FROM customer "
                                                 "WHERE business_unit <> '' ORDER BY 1") },
        { &options.costCenters, QStringLiteral("SELECT DISTINCT cost_center FROM placement "
                                               "WHERE cost_center <> '' ORDER BY 1") },
        { &options.currencies, QStringLiteral("SELECT currency FROM placement WHERE currency <> '' UNION "
                                              "SELECT currency FROM customer WHERE currency <> '' ORDER BY 1") },
    };
    for (const auto &[target, sql] : lists) {
        auto texts = distinctTexts(db, sql);
        if (!texts)
            return texts.error();
        *target = texts.value();
    }
    return options;
}

} // namespace cw
