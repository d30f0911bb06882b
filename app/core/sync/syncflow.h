#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cw {

/// The flows the sync engine runs, in the order it runs them when several are asked for.
/// Pull reads the CRM and the staffing platform into the cache (first, so the others see fresh
/// records); Timesheets plans approved billable time into draft customer invoices and pushes them,
/// Expenses does the same for approved billable expenses (one invoice per placement and month
/// carries both);
/// Invoices and Payments read invoice state and payment state back from Odoo into the cache.
enum class SyncFlow { Pull, Customers, Projects, Placements, Timesheets, Expenses, Invoices, Payments };

/// Names and parsing of SyncFlow for the command line, sync_run.flow and the Sync page.
/// Thread affinity: none (pure functions).
class SyncFlows
{
    Q_DECLARE_TR_FUNCTIONS(cw::SyncFlows)

public:
    /// Every flow in run order.
    static QList<SyncFlow> all();
    /// Stable lowercase name: "customers", "timesheets", ...
    static QString name(SyncFlow flow);
    /// The flow in the user's language, for lists and progress.
    static QString title(SyncFlow flow);
    /// Parses names (and "all"), possibly comma separated; the result is in run order without
    /// repeats. An unknown name is a Config error naming it.
    static Result<QList<SyncFlow>> parse(const QStringList &names);
};

} // namespace cw

Q_DECLARE_METATYPE(cw::SyncFlow)
