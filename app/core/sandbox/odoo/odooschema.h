#pragma once

#include "odoomodeldef.h"

#include <QHash>
#include <QStringList>

namespace cw {

/// The models and fields the Odoo simulator serves, as Odoo @ref majorVersion (16 to 19) defines
/// them for a professional-services integration: res.partner, res.users, res.company,
/// res.currency, res.country, product.product, account.tax, account.journal,
/// account.analytic.account, hr.employee, project.project, project.task, account.analytic.line,
/// sale.order, crm.lead, account.move, account.move.line, account.payment, ir.model.data and
/// ir.model.
///
/// Version differences follow the protocol notes: account.payment's own model and states from 18,
/// payment_state `blocked` from 18, project `account_id` (18+) versus `analytic_account_id`,
/// res.partner `mobile` up to 17, task `allocated_hours` (17+) versus `planned_hours`, sale order
/// state `done` up to 16, crm.lead `won_status` from 17.
/// A plain value; immutable after build().
class OdooSchema
{
public:
    /// The schema of Odoo @p majorVersion; versions outside 16..19 are clamped.
    static OdooSchema build(int majorVersion);

    int majorVersion() const { return m_version; }
    /// Null when the model is unknown.
    const OdooModelDef *model(const QString &name) const;
    QStringList modelNames() const { return m_order; }

private:
    OdooModelDef &add(OdooModelDef model);
    void addPartnerAndCompany();
    void addProductsAndAccounting();
    void addProjectsAndTime();
    void addSalesAndCrm();
    void addInvoicing();
    void addTechnical();

    int m_version = 17;
    QHash<QString, OdooModelDef> m_models;
    QStringList m_order;
};

} // namespace cw
