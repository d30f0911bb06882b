#pragma once

#include "domain/result.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>

namespace cw {

class Database;

/// The choices of the dashboard's filters, read from the cache on a worker thread: customers
/// that have placements (a choice also selects their linked records in other systems, see
/// KpiFilter), business units, cost centers and currencies in use.
///
/// load() starts reading; ready() delivers the options on the owner's thread. A load() while one
/// runs is ignored (the running one reads the same tables).
/// Ownership and threads: lives on the GUI thread; the Database must outlive it; the destructor
/// waits for a running read.
class KpiFilterOptions : public QObject
{
    Q_OBJECT

public:
    struct Customer
    {
        qint64 id = 0;
        QString name;
    };

    struct Options
    {
        /// Ascending by name.
        QList<Customer> customers;
        QStringList businessUnits;
        QStringList costCenters;
        QStringList currencies;
    };

    explicit KpiFilterOptions(const Database &database, QObject *parent = nullptr);
    ~KpiFilterOptions() override;

    void load();
    /// Reads the options on the calling thread with its cache connection.
    static Result<Options> read(const Database &database);

signals:
    void ready(const cw::KpiFilterOptions::Options &options);
    void failed(const cw::Error &error);

private:
    const Database &m_database;
    QFutureWatcher<Result<Options>> m_watcher;
};

} // namespace cw
