#pragma once

#include "odooenv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace cw {

class DemoDataset;
class OdooOrm;

/// Fills a simulated Odoo with data, through the ORM so computed fields and rules apply.
///
/// seedBase(): what every fresh database has — two companies (the second for multi-company
/// tests), currencies EUR/USD/GBP/CHF (ids 1-4, as the demo data expects) plus an inactive JPY,
/// countries with the ids of a standard database (and German/French names), OdooBot (uid 1,
/// archived) and the admin user (uid 2), journals, a sales tax, a timesheet-billed consulting
/// product (translated), one ir.model row per model and the `base.*` external ids.
/// seedDemo(): Odoo's side of a DemoDataset, keeping the dataset's Odoo ids — its spelling of each
/// customer and contacts (res.partner), employees for consultants, one project per placement,
/// invoices with lines, taxes, states and numbers, payments reconciled to them, and the analytic
/// lines (timesheets) of invoiced time; placements, invoices and consultants get `crosswalk.*`
/// external ids.
/// Thread affinity: the ORM's.
class OdooSeeder
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooSeeder)

public:
    /// @p now stamps the base records.
    OdooSeeder(OdooOrm &orm, const QDateTime &now);

    void seedBase(const QString &adminLogin);
    void seedDemo(const DemoDataset &data);

private:
    qint64 create(const QString &model, const QJsonObject &vals, qint64 id = 0);
    void externalId(const QString &module, const QString &name, const QString &model, qint64 id);
    void stamp(const QString &model, qint64 id, const QString &writeDate);
    void translate(const QString &model, qint64 id, const QString &field, const QString &lang,
                   const QString &text);
    qint64 taxFor(int perMille);

    OdooOrm &m_orm;
    OdooEnv m_env;
    qint64 m_consultingProduct = 0;
    QHash<int, qint64> m_taxes;
};

} // namespace cw
