#include "odooseeder.h"

#include "odoobusinessrules.h"
#include "odooorm.h"
#include "sandbox/demodataset.h"
#include "sandbox/demolocale.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

struct Country
{
    int id;
    const char *code;
    const char *english;
    const char *german;
    const char *french;
};

// Ascending ids, as a standard database numbers them (the demo data refers to these ids).
constexpr Country kCountries[] = {
    { 13, "AT", "Austria", "Österreich", "Autriche" },
    { 20, "BE", "Belgium", "Belgien", "Belgique" },
    { 43, "CH", "Switzerland", "Schweiz", "Suisse" },
    { 57, "DE", "Germany", "Deutschland", "Allemagne" },
    { 75, "FR", "France", "Frankreich", "France" },
    { 101, "IE", "Ireland", "Irland", "Irlande" },
    { 165, "NL", "Netherlands", "Niederlande", "Pays-Bas" },
    { 231, "GB", "United Kingdom", "Vereinigtes Königreich", "Royaume-Uni" },
    { 233, "US", "United States", "Vereinigte Staaten", "États-Unis" },
};

struct Currency
{
    const char *code;
    const char *symbol;
    const char *name;
    const char *position;
    bool active;
};

constexpr Currency kCurrencies[] = {
    { "EUR", "€", "Euro", "after", true },           { "USD", "$", "US Dollar", "before", true },
    { "GBP", "£", "British Pound", "before", true }, { "CHF", "CHF", "Swiss Franc", "after", true },
    { "JPY", "¥", "Japanese Yen", "before", false },
};

qint64 currencyId(const QString &code)
{
    for (qsizetype i = 0; i < static_cast<qsizetype>(std::size(kCurrencies)); ++i) {
        if (code == QString::fromUtf8(kCurrencies[i].code))
            return i + 1;
    }
    return 1;
}

QJsonObject parse(const QByteArray &raw)
{
    return QJsonDocument::fromJson(raw).object();
}

QJsonValue many2one(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().first() : QJsonValue(false);
}

QString odooStamp(const QString &isoInstant)
{
    return isoInstant.left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QString xmlName(const QString &text)
{
    QString name = text.toLower();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    return name;
}

} // namespace

OdooSeeder::OdooSeeder(OdooOrm &orm, const QDateTime &now)
    : m_orm(orm)
{
    m_env.uid = 1;
    m_env.companyIds = { 1 };
    m_env.now = now.toUTC();
    m_env.activeTest = false;
}

qint64 OdooSeeder::create(const QString &model, const QJsonObject &vals, qint64 id)
{
    if (id > 0)
        m_orm.store().setNextId(model, id);
    Result<QList<qint64>> created = m_orm.create(model, QJsonArray { vals }, m_env);
    if (!created) {
        qCWarning(lcSandbox).noquote()
            << QStringLiteral("Odoo seeding: %1 not created: %2").arg(model, created.error().userMessage());
        return 0;
    }
    return created.value().first();
}

void OdooSeeder::externalId(const QString &module, const QString &name, const QString &model, qint64 id)
{
    if (id > 0) {
        create(QStringLiteral("ir.model.data"),
               { { QStringLiteral("module"), module },
                 { QStringLiteral("name"), name },
                 { QStringLiteral("model"), model },
                 { QStringLiteral("res_id"), static_cast<double>(id) },
                 { QStringLiteral("noupdate"), true } });
    }
}

void OdooSeeder::stamp(const QString &model, qint64 id, const QString &writeDate)
{
    if (id > 0 && !writeDate.isEmpty())
        m_orm.store().update(
            model, id,
            { { QStringLiteral("create_date"), writeDate }, { QStringLiteral("write_date"), writeDate } });
}

void OdooSeeder::translate(const QString &model, qint64 id, const QString &field, const QString &lang,
                           const QString &text)
{
    OdooEnv env = m_env;
    env.lang = lang;
    Result<void> written = m_orm.write(model, { id }, { { field, text } }, env);
    if (!written)
        qCWarning(lcSandbox).noquote() << written.error().userMessage();
}

void OdooSeeder::seedBase(const QString &adminLogin)
{
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    for (const Currency &currency : kCurrencies) {
        const qint64 id = create(s("res.currency"),
                                 { { s("name"), s(currency.code) },
                                   { s("symbol"), s(currency.symbol) },
                                   { s("full_name"), s(currency.name) },
                                   { s("position"), s(currency.position) },
                                   { s("rounding"), currency.active ? 0.01 : 1.0 },
                                   { s("active"), currency.active } });
        externalId(s("base"), s(currency.code), s("res.currency"), id);
    }
    for (const Country &country : kCountries) {
        const qint64 id =
            create(s("res.country"), { { s("name"), s(country.english) }, { s("code"), s(country.code) } },
                   country.id);
        translate(s("res.country"), id, s("name"), s("de_DE"), s(country.german));
        translate(s("res.country"), id, s("name"), s("fr_FR"), s(country.french));
        externalId(s("base"), s(country.code).toLower(), s("res.country"), id);
    }
    const qint64 mainPartner = create(s("res.partner"),
                                      { { s("name"), s("Crosswalk Demo Ltd") },
                                        { s("is_company"), true },
                                        { s("country_id"), 20 },
                                        { s("email"), s("info@crosswalk-demo.example") } });
    const qint64 botPartner =
        create(s("res.partner"), { { s("name"), s("OdooBot") }, { s("active"), false } });
    const qint64 adminPartner =
        create(s("res.partner"),
               { { s("name"), s("Mitchell Admin") }, { s("email"), s("admin@crosswalk-demo.example") } });
    const qint64 secondPartner = create(
        s("res.partner"),
        { { s("name"), s("Crosswalk Demo Inc") }, { s("is_company"), true }, { s("country_id"), 233 } });
    const qint64 mainCompany = create(s("res.company"),
                                      { { s("name"), s("Crosswalk Demo Ltd") },
                                        { s("partner_id"), static_cast<double>(mainPartner) },
                                        { s("currency_id"), 1 },
                                        { s("country_id"), 20 },
                                        { s("sequence"), 0 } });
    const qint64 secondCompany = create(s("res.company"),
                                        { { s("name"), s("Crosswalk Demo Inc") },
                                          { s("partner_id"), static_cast<double>(secondPartner) },
                                          { s("currency_id"), 2 },
                                          { s("country_id"), 233 } });
    m_orm.store().update(s("res.partner"), mainPartner,
                         { { s("company_id"), static_cast<double>(mainCompany) } });
    m_orm.store().update(s("res.partner"), secondPartner,
                         { { s("company_id"), static_cast<double>(secondCompany) } });
    create(s("res.users"),
           { { s("login"), s("__system__") },
             { s("name"), s("OdooBot") },
             { s("partner_id"), static_cast<double>(botPartner) },
             { s("company_id"), static_cast<double>(mainCompany) },
             { s("company_ids"), QJsonArray { static_cast<double>(mainCompany) } },
             { s("active"), false } });
    const qint64 admin =
        create(s("res.users"),
               { { s("login"), adminLogin },
                 { s("name"), s("Mitchell Admin") },
                 { s("partner_id"), static_cast<double>(adminPartner) },
                 { s("company_id"), static_cast<double>(mainCompany) },
                 { s("company_ids"),
                   QJsonArray { static_cast<double>(mainCompany), static_cast<double>(secondCompany) } },
                 { s("tz"), s("Europe/Brussels") },
                 { s("lang"), s("en_US") },
                 { s("email"), s("admin@crosswalk-demo.example") } });
    externalId(s("base"), s("main_company"), s("res.company"), mainCompany);
    externalId(s("base"), s("main_partner"), s("res.partner"), mainPartner);
    externalId(s("base"), s("partner_admin"), s("res.partner"), adminPartner);
    externalId(s("base"), s("user_admin"), s("res.users"), admin);
    struct Journal
    {
        const char *name;
        const char *code;
        const char *type;
        qint64 company;
    };
    const Journal journals[] = {
        { "Customer Invoices", "INV", "sale", mainCompany },
        { "Vendor Bills", "BILL", "purchase", mainCompany },
        { "Bank", "BNK1", "bank", mainCompany },
        { "Miscellaneous Operations", "MISC", "general", mainCompany },
        { "Customer Invoices", "INV", "sale", secondCompany },
        { "Bank", "BNK1", "bank", secondCompany },
    };
    for (const Journal &journal : journals) {
        create(s("account.journal"),
               { { s("name"), s(journal.name) },
                 { s("code"), s(journal.code) },
                 { s("type"), s(journal.type) },
                 { s("company_id"), static_cast<double>(journal.company) } });
    }
    taxFor(210);
    m_consultingProduct = create(s("product.product"),
                                 { { s("name"), s("Consulting (time and material)") },
                                   { s("default_code"), s("CONS-TM") },
                                   { s("type"), s("service") },
                                   { s("invoice_policy"), s("delivery") },
                                   { s("service_type"), s("timesheet") },
                                   { s("list_price"), 100.0 },
                                   { s("uom_name"), s("Hours") } });
    translate(s("product.product"), m_consultingProduct, s("name"), s("de_DE"), s("Beratung (nach Aufwand)"));
    translate(s("product.product"), m_consultingProduct, s("name"), s("fr_FR"), s("Conseil (en régie)"));
    create(s("product.product"),
           { { s("name"), s("Re-invoiced expenses") },
             { s("default_code"), s("EXP-REINV") },
             { s("type"), s("service") },
             { s("invoice_policy"), s("delivery") },
             { s("list_price"), 0.0 },
             { s("uom_name"), s("Units") } });
    for (const QString &name : m_orm.store().schema().modelNames()) {
        create(s("ir.model"),
               { { s("model"), name }, { s("name"), m_orm.store().modelDef(name)->description() } });
    }
}

qint64 OdooSeeder::taxFor(int perMille)
{
    const auto found = m_taxes.constFind(perMille);
    if (found != m_taxes.constEnd())
        return *found;
    for (const auto &[id, values] : m_orm.store().table(QStringLiteral("account.tax"))) {
        if (std::llround(values.value(QStringLiteral("amount")).toDouble() * 10.0) == perMille
            && values.value(QStringLiteral("type_tax_use")).toString() == QLatin1String("sale")) {
            m_taxes.insert(perMille, id);
            return id;
        }
    }
    const QString label = QStringLiteral("%1%").arg(perMille / 10.0);
    const qint64 id = create(QStringLiteral("account.tax"),
                             { { QStringLiteral("name"), tr("VAT %1").arg(label) },
                               { QStringLiteral("amount"), perMille / 10.0 },
                               { QStringLiteral("type_tax_use"), QStringLiteral("sale") },
                               { QStringLiteral("invoice_label"), label } });
    m_taxes.insert(perMille, id);
    return id;
}

void OdooSeeder::seedDemo(const DemoDataset &data)
{
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    m_env.uid = 2;
    for (const auto &[id, values] : m_orm.store().table(s("product.product"))) {
        if (values.value(s("default_code")).toString() == QLatin1String("CONS-TM"))
            m_consultingProduct = id;
    }
    m_orm.store().update(s("res.company"), 1,
                         { { s("currency_id"), static_cast<double>(currencyId(data.companyCurrency)) } });

    // Customers and their contacts share Odoo's partner sequence; create them in id order.
    struct PartnerRow
    {
        qint64 id;
        QJsonObject raw;
        QString modified;
    };
    std::vector<PartnerRow> partners;
    for (const DemoDataset::Customer &customer : data.customers) {
        if (customer.system == DemoDataset::Odoo)
            partners.push_back(
                { customer.externalId.toLongLong(), parse(customer.raw), customer.modifiedAt });
    }
    for (const DemoDataset::Contact &contact : data.contacts) {
        if (contact.system == DemoDataset::Odoo)
            partners.push_back({ contact.externalId.toLongLong(), parse(contact.raw), contact.modifiedAt });
    }
    std::sort(partners.begin(), partners.end(),
              [](const PartnerRow &a, const PartnerRow &b) { return a.id < b.id; });
    static const QStringList copied { s("name"),  s("is_company"), s("vat"),           s("company_registry"),
                                      s("phone"), s("email"),      s("website"),       s("street"),
                                      s("zip"),   s("city"),       s("customer_rank"), s("active"),
                                      s("type"),  s("function") };
    for (const PartnerRow &row : partners) {
        QJsonObject vals;
        for (const QString &field : copied) {
            if (row.raw.contains(field))
                vals.insert(field, row.raw.value(field));
        }
        vals.insert(s("country_id"), many2one(row.raw.value(s("country_id"))));
        vals.insert(s("parent_id"), many2one(row.raw.value(s("parent_id"))));
        const qint64 id = create(s("res.partner"), vals, row.id);
        stamp(s("res.partner"), id, row.raw.value(s("write_date")).toString(odooStamp(row.modified)));
    }

    QHash<qint64, qint64> employeeOfConsultant;
    for (const DemoDataset::Consultant &consultant : data.consultants) {
        static const QStringList types { s("employee"), s("contractor"), s("freelance") };
        const QString type = consultant.employmentType == QLatin1String("freelancer")
            ? s("freelance")
            : consultant.employmentType;
        qint64 payRate = 0;
        for (const DemoDataset::Placement &placement : data.placements) {
            if (placement.consultantId == consultant.id) {
                payRate = placement.payRateMinor;
                break;
            }
        }
        const qint64 id = create(s("hr.employee"),
                                 { { s("name"), consultant.name },
                                   { s("work_email"), consultant.email },
                                   { s("employee_type"), types.contains(type) ? type : s("contractor") },
                                   { s("hourly_cost"), payRate / 100.0 } });
        employeeOfConsultant.insert(consultant.id, id);
        externalId(s("crosswalk"), s("consultant_") + consultant.externalId, s("hr.employee"), id);
        stamp(s("hr.employee"), id, odooStamp(consultant.modifiedAt));
    }

    std::vector<qint64> projectOfPlacement(data.placements.size(), 0);
    for (std::size_t p = 0; p < data.placements.size(); ++p) {
        const DemoDataset::Placement &placement = data.placements[p];
        const DemoDataset::Company &company =
            data.companies[static_cast<std::size_t>(placement.companyIndex)];
        const int record = company.recordIndex[DemoDataset::Odoo];
        if (record < 0)
            continue;
        const DemoDataset::Customer &customer = data.customers[static_cast<std::size_t>(record)];
        QJsonObject vals { { s("name"), tr("%1 (%2)").arg(placement.jobTitle, placement.externalId) },
                           { s("partner_id"), customer.externalId.toDouble() },
                           { s("allow_timesheets"), true },
                           { s("allow_billable"), true },
                           { s("date_start"), placement.start.toString(Qt::ISODate) } };
        if (placement.end.isValid())
            vals.insert(s("date"), placement.end.toString(Qt::ISODate));
        projectOfPlacement[p] = create(s("project.project"), vals);
        externalId(s("crosswalk"), s("placement_") + placement.externalId, s("project.project"),
                   projectOfPlacement[p]);
    }

    QHash<qint64, qint64> odooInvoice;
    std::vector<const DemoDataset::Invoice *> invoices;
    for (const DemoDataset::Invoice &invoice : data.invoices)
        invoices.push_back(&invoice);
    std::sort(invoices.begin(), invoices.end(), [](const auto *a, const auto *b) {
        return a->externalId.toLongLong() < b->externalId.toLongLong();
    });
    for (const DemoDataset::Invoice *invoice : invoices) {
        const DemoDataset::Placement &placement =
            data.placements[static_cast<std::size_t>(invoice->placementIndex)];
        const DemoDataset::Company &company =
            data.companies[static_cast<std::size_t>(placement.companyIndex)];
        const DemoDataset::Customer &customer =
            data.customers[static_cast<std::size_t>(invoice->customerId - 1)];
        const int perMille = DemoLocale::forCountry(company.country).vatPerMille();
        QJsonObject line { { s("name"),
                             tr("%1, %2 to %3")
                                 .arg(placement.jobTitle, invoice->periodStart.toString(Qt::ISODate),
                                      invoice->periodEnd.toString(Qt::ISODate)) },
                           { s("product_id"), static_cast<double>(m_consultingProduct) },
                           { s("quantity"), 1.0 },
                           { s("price_unit"), invoice->amountUntaxedMinor / 100.0 },
                           { s("tax_ids"), QJsonArray { static_cast<double>(taxFor(perMille)) } } };
        QJsonArray lines;
        lines.append(QJsonArray { 0, 0, line });
        const QJsonObject vals { { s("move_type"), s("out_invoice") },
                                 { s("partner_id"), customer.externalId.toDouble() },
                                 { s("invoice_date"), invoice->invoiceDate.toString(Qt::ISODate) },
                                 { s("date"), invoice->invoiceDate.toString(Qt::ISODate) },
                                 { s("invoice_date_due"), invoice->dueDate.toString(Qt::ISODate) },
                                 { s("ref"), invoice->ref },
                                 { s("invoice_origin"),
                                   tr("%1 / %2").arg(placement.jobTitle, placement.externalId) },
                                 { s("currency_id"), static_cast<double>(currencyId(invoice->currency)) },
                                 { s("invoice_line_ids"), lines } };
        const qint64 id = create(s("account.move"), vals, invoice->externalId.toLongLong());
        if (id == 0)
            continue;
        odooInvoice.insert(invoice->id, id);
        if (invoice->state != QLatin1String("draft")) {
            if (!invoice->number.isEmpty())
                m_orm.store().update(s("account.move"), id, { { s("name"), invoice->number } });
            m_orm.rules().callMethod(s("account.move"), s("action_post"), { id }, {}, {}, m_env);
            if (invoice->state == QLatin1String("cancel")) {
                m_orm.rules().callMethod(s("account.move"), s("button_draft"), { id }, {}, {}, m_env);
                m_orm.rules().callMethod(s("account.move"), s("button_cancel"), { id }, {}, {}, m_env);
            }
        }
        // Why: a cancelled invoice and its replacement share the reference; the key names the live one.
        if (invoice->state != QLatin1String("cancel"))
            externalId(s("crosswalk"), xmlName(invoice->ref), s("account.move"), id);
        stamp(s("account.move"), id, odooStamp(invoice->modifiedAt));
    }

    const bool newPayments = m_orm.majorVersion() >= 18;
    std::vector<const DemoDataset::Payment *> payments;
    for (const DemoDataset::Payment &payment : data.payments)
        payments.push_back(&payment);
    std::sort(payments.begin(), payments.end(), [](const auto *a, const auto *b) {
        return a->externalId.toLongLong() < b->externalId.toLongLong();
    });
    for (const DemoDataset::Payment *payment : payments) {
        const DemoDataset::Customer &customer =
            data.customers[static_cast<std::size_t>(payment->customerId - 1)];
        const QJsonObject raw = parse(payment->raw);
        QJsonObject vals { { s("payment_type"), s("inbound") },
                           { s("partner_type"), s("customer") },
                           { s("partner_id"), customer.externalId.toDouble() },
                           { s("amount"), payment->amountMinor / 100.0 },
                           { s("date"), payment->date.toString(Qt::ISODate) },
                           { s("currency_id"), static_cast<double>(currencyId(payment->currency)) },
                           { s("name"), raw.value(s("name")) } };
        const qint64 invoice = odooInvoice.value(payment->invoiceId);
        if (invoice > 0)
            vals.insert(newPayments ? s("invoice_ids") : s("reconciled_invoice_ids"),
                        QJsonArray { static_cast<double>(invoice) });
        const qint64 id = create(s("account.payment"), vals, payment->externalId.toLongLong());
        if (id == 0)
            continue;
        if (!newPayments)
            m_orm.store().update(s("account.payment"), id, { { s("is_matched"), true } });
        m_orm.rules().callMethod(s("account.payment"), s("action_post"), { id }, {}, {}, m_env);
        if (newPayments)
            m_orm.store().update(s("account.payment"), id, { { s("state"), s("paid") } });
        m_orm.rules().recompute(s("account.payment"), { id }, m_env);
        stamp(s("account.payment"), id, odooStamp(payment->modifiedAt));
    }

    data.forEachTimesheetLine([&](const DemoDataset::TimesheetLine &line) {
        const qint64 invoice = odooInvoice.value(line.invoiceId);
        if (invoice == 0 || line.status != DemoDataset::LineStatus::Approved)
            return;
        const DemoDataset::Placement &placement =
            data.placements[static_cast<std::size_t>(line.placementIndex)];
        const qint64 project = projectOfPlacement[static_cast<std::size_t>(line.placementIndex)];
        if (project == 0)
            return;
        const QJsonObject vals { { s("name"), placement.jobTitle },
                                 { s("date"), line.workDate.toString(Qt::ISODate) },
                                 { s("employee_id"),
                                   static_cast<double>(employeeOfConsultant.value(placement.consultantId)) },
                                 { s("project_id"), static_cast<double>(project) },
                                 { s("unit_amount"), line.minutes / 60.0 },
                                 { s("timesheet_invoice_id"), static_cast<double>(invoice) },
                                 { s("validated"), true } };
        const qint64 id = create(s("account.analytic.line"), vals);
        stamp(s("account.analytic.line"), id, DemoDataset::odooTimestamp(line.workDate, 17 * 3600));
    });
}

} // namespace cw
