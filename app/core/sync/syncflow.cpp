#include "syncflow.h"

#include <algorithm>

namespace cw {

QList<SyncFlow> SyncFlows::all()
{
    return { SyncFlow::Pull,       SyncFlow::Customers, SyncFlow::Projects, SyncFlow::Placements,
             SyncFlow::Timesheets, SyncFlow::Expenses,  SyncFlow::Invoices, SyncFlow::Payments };
}

QString SyncFlows::name(SyncFlow flow)
{
    switch (flow) {
    case SyncFlow::Pull:
        return QStringLiteral("pull");
    case SyncFlow::Customers:
        return QStringLiteral("customers");
    case SyncFlow::Projects:
        return QStringLiteral("projects");
    case SyncFlow::Placements:
        return QStringLiteral("placements");
    case SyncFlow::Timesheets:
        return QStringLiteral("timesheets");
    case SyncFlow::Expenses:
        return QStringLiteral("expenses");
    case SyncFlow::Invoices:
        return QStringLiteral("invoices");
    case SyncFlow::Payments:
        break;
    }
    return QStringLiteral("payments");
}

QString SyncFlows::title(SyncFlow flow)
{
    switch (flow) {
    case SyncFlow::Pull:
        return tr("Pull from the CRM and the staffing platform");
    case SyncFlow::Customers:
        return tr("Customers to Odoo");
    case SyncFlow::Projects:
        return tr("Won deals to Odoo projects");
    case SyncFlow::Placements:
        return tr("Placements to Odoo");
    case SyncFlow::Timesheets:
        return tr("Approved time to draft invoices");
    case SyncFlow::Expenses:
        return tr("Billable expenses to invoices");
    case SyncFlow::Invoices:
        return tr("Invoice status from Odoo");
    case SyncFlow::Payments:
        break;
    }
    return tr("Payment status from Odoo");
}

Result<QList<SyncFlow>> SyncFlows::parse(const QStringList &names)
{
    QList<SyncFlow> wanted;
    for (const QString &item : names) {
        for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString word = part.trimmed().toLower();
            if (word == QLatin1String("all")) {
                wanted = all();
                continue;
            }
            const QList<SyncFlow> flows = all();
            const auto found = std::find_if(flows.cbegin(), flows.cend(),
                                            [&word](SyncFlow flow) { return name(flow) == word; });
            if (found == flows.cend())
                return Error(
                    Error::Category::Config,
                    tr("Unknown flow \"%1\". Known flows: pull, customers, projects, placements, timesheets, "
                       "expenses, invoices, payments, all.")
                        .arg(word));
            if (!wanted.contains(*found))
                wanted.append(*found);
        }
    }
    std::sort(wanted.begin(), wanted.end());
    return wanted;
}

} // namespace cw
