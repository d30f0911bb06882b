#pragma once

#include "domain/result.h"
#include "integrationhealth.h"

#include <QSqlDatabase>

namespace cw {

/// Computes IntegrationHealth as of a date from failed_push, customer, link and sync_run.
///
/// - A failed push counts while open at the end of the as-of day: first seen on or before it and
///   not resolved by then (KpiSql::failedPushOpenAsOf()); its age is whole days since first seen.
/// - A customer is unmatched when no crosswalk link of it was decided on or before the as-of day
///   (KpiSql::customerUnmatchedAsOf()). Customers do not record when they first appeared, so past
///   dates count today's customer records.
/// - The last successful sync of a system is the latest finished_at of its succeeded runs up to
///   the end of the as-of day.
/// All instants are UTC; the day of an instant is its UTC date.
/// Thread affinity: the thread that owns @p db. Stateless.
class IntegrationHealthQuery
{
public:
    static Result<IntegrationHealth> run(const QSqlDatabase &db, const QDate &asOf);

private:
    static Result<void> readFailedPushes(const QSqlDatabase &db, IntegrationHealth &health);
    static Result<void> readSystems(const QSqlDatabase &db, IntegrationHealth &health);
};

} // namespace cw
