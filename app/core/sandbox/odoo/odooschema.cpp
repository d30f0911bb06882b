#include "odooschema.h"

namespace cw {

namespace {

using F = OdooFieldDef;

F chr(const char *name, const char *label)
{
    return F(QString::fromLatin1(name), F::Char, QString::fromLatin1(label));
}

F typed(const char *name, F::Type type, const char *label)
{
    return F(QString::fromLatin1(name), type, QString::fromLatin1(label));
}

F m2o(const char *name, const char *label, const char *comodel)
{
    return F(QString::fromLatin1(name), F::Many2one, QString::fromLatin1(label))
        .relation(QString::fromLatin1(comodel));
}

F o2m(const char *name, const char *label, const char *comodel, const char *inverse)
{
    return F(QString::fromLatin1(name), F::One2many, QString::fromLatin1(label))
        .relation(QString::fromLatin1(comodel))
        .inverse(QString::fromLatin1(inverse));
}

F m2m(const char *name, const char *label, const char *comodel)
{
    return F(QString::fromLatin1(name), F::Many2many, QString::fromLatin1(label))
        .relation(QString::fromLatin1(comodel));
}

F sel(const char *name, const char *label,
      std::initializer_list<std::pair<const char *, const char *>> values)
{
    QList<QPair<QString, QString>> options;
    for (const auto &[key, text] : values)
        options.append({ QString::fromLatin1(key), QString::fromLatin1(text) });
    return F(QString::fromLatin1(name), F::Selection, QString::fromLatin1(label)).options(options);
}

F active()
{
    return typed("active", F::Boolean, "Active").byDefault(true);
}

F company()
{
    return m2o("company_id", "Company", "res.company");
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

OdooSchema OdooSchema::build(int majorVersion)
{
    OdooSchema schema;
    schema.m_version = std::clamp(majorVersion, 16, 19);
    schema.addPartnerAndCompany();
    schema.addProductsAndAccounting();
    schema.addProjectsAndTime();
    schema.addSalesAndCrm();
    schema.addInvoicing();
    schema.addTechnical();
    return schema;
}

const OdooModelDef *OdooSchema::model(const QString &name) const
{
    const auto it = m_models.constFind(name);
    return it == m_models.constEnd() ? nullptr : &*it;
}

OdooModelDef &OdooSchema::add(OdooModelDef model)
{
    const QString name = model.name();
    m_order.append(name);
    return *m_models.insert(name, std::move(model));
}

void OdooSchema::addPartnerAndCompany()
{
    OdooModelDef &partner =
        add(OdooModelDef(s("res.partner"), s("Contact"), s("complete_name ASC, id DESC")));
    partner.add(chr("name", "Name"));
    partner.add(chr("complete_name", "Complete Name").isComputed());
    partner.add(typed("is_company", F::Boolean, "Is a Company").byDefault(false));
    partner.add(m2o("parent_id", "Related Company", "res.partner"));
    partner.add(o2m("child_ids", "Contact", "res.partner", "parent_id"));
    partner.add(m2o("commercial_partner_id", "Commercial Entity", "res.partner").isComputed());
    if (m_version <= 16) {
        partner.add(sel("type", "Address Type",
                        { { "contact", "Contact" },
                          { "invoice", "Invoice Address" },
                          { "delivery", "Delivery Address" },
                          { "private", "Private Address" },
                          { "other", "Other Address" } })
                        .byDefault(s("contact")));
    } else {
        partner.add(sel("type", "Address Type",
                        { { "contact", "Contact" },
                          { "invoice", "Invoice Address" },
                          { "delivery", "Delivery Address" },
                          { "other", "Other Address" } })
                        .byDefault(s("contact")));
    }
    partner.add(chr("ref", "Reference"));
    partner.add(chr("vat", "Tax ID"));
    partner.add(chr("company_registry", "Company ID"));
    partner.add(chr("email", "Email"));
    partner.add(chr("phone", "Phone"));
    if (m_version <= 17)
        partner.add(chr("mobile", "Mobile"));
    partner.add(chr("website", "Website Link"));
    partner.add(chr("street", "Street"));
    partner.add(chr("street2", "Street2"));
    partner.add(chr("zip", "Zip"));
    partner.add(chr("city", "City"));
    partner.add(m2o("country_id", "Country", "res.country"));
    partner.add(sel("lang", "Language",
                    { { "en_US", "English (US)" },
                      { "en_GB", "English (UK)" },
                      { "de_DE", "German / Deutsch" },
                      { "fr_FR", "French / Français" },
                      { "nl_NL", "Dutch / Nederlands" } }));
    partner.add(chr("tz", "Timezone"));
    partner.add(m2o("user_id", "Salesperson", "res.users"));
    partner.add(company());
    partner.add(active());
    partner.add(chr("function", "Job Position"));
    partner.add(typed("comment", F::Html, "Notes"));
    partner.add(typed("customer_rank", F::Integer, "Customer Rank").byDefault(0));
    partner.add(typed("supplier_rank", F::Integer, "Supplier Rank").byDefault(0));
    partner.setRecName(s("name"));

    OdooModelDef &users = add(OdooModelDef(s("res.users"), s("User"), s("name, login")));
    users.add(chr("name", "Name"));
    users.add(chr("login", "Login").isRequired());
    users.add(m2o("partner_id", "Related Partner", "res.partner"));
    users.add(m2o("company_id", "Company", "res.company"));
    users.add(m2m("company_ids", "Companies", "res.company"));
    users.add(active());
    users.add(sel("lang", "Language", { { "en_US", "English (US)" }, { "de_DE", "German / Deutsch" } }));
    users.add(chr("tz", "Timezone"));
    users.add(chr("email", "Email"));
    users.add(typed("share", F::Boolean, "Share User").byDefault(false));

    OdooModelDef &companies = add(OdooModelDef(s("res.company"), s("Companies"), s("sequence, name")));
    companies.add(chr("name", "Company Name").isRequired());
    companies.add(m2o("partner_id", "Partner", "res.partner"));
    companies.add(m2o("currency_id", "Currency", "res.currency"));
    companies.add(m2o("country_id", "Country", "res.country"));
    companies.add(m2o("parent_id", "Parent Company", "res.company"));
    companies.add(chr("vat", "Tax ID"));
    companies.add(chr("email", "Email"));
    companies.add(chr("phone", "Phone"));
    companies.add(typed("sequence", F::Integer, "Sequence").byDefault(10));
    companies.add(active());

    OdooModelDef &currency = add(OdooModelDef(s("res.currency"), s("Currency"), s("active desc, name")));
    currency.add(chr("name", "Currency").isRequired());
    currency.add(chr("symbol", "Symbol"));
    currency.add(chr("full_name", "Name"));
    currency.add(typed("rounding", F::Float, "Rounding Factor").byDefault(0.01));
    currency.add(typed("decimal_places", F::Integer, "Decimal Places").isComputed());
    currency.add(
        sel("position", "Symbol Position", { { "after", "After Amount" }, { "before", "Before Amount" } })
            .byDefault(s("after")));
    currency.add(typed("rate", F::Float, "Current Rate").byDefault(1.0));
    currency.add(active());

    OdooModelDef &country = add(OdooModelDef(s("res.country"), s("Country"), s("name")));
    country.add(chr("name", "Country Name").isRequired().translated());
    country.add(chr("code", "Country Code"));
}

void OdooSchema::addProductsAndAccounting()
{
    OdooModelDef &product =
        add(OdooModelDef(s("product.product"), s("Product Variant"), s("default_code, name, id")));
    product.add(chr("name", "Name").isRequired().translated());
    product.add(chr("default_code", "Internal Reference"));
    if (m_version <= 17) {
        product.add(
            sel("type", "Product Type",
                { { "consu", "Consumable" }, { "service", "Service" }, { "product", "Storable Product" } })
                .byDefault(s("consu")));
    } else {
        product.add(sel("type", "Product Type",
                        { { "consu", "Goods" }, { "service", "Service" }, { "combo", "Combo" } })
                        .byDefault(s("consu")));
    }
    product.add(typed("list_price", F::Float, "Sales Price").byDefault(1.0));
    product.add(typed("standard_price", F::Float, "Cost").byDefault(0.0));
    product.add(typed("sale_ok", F::Boolean, "Can be Sold").byDefault(true));
    product.add(typed("purchase_ok", F::Boolean, "Can be Purchased").byDefault(true));
    product.add(sel("invoice_policy", "Invoicing Policy",
                    { { "order", "Ordered quantities" }, { "delivery", "Delivered quantities" } })
                    .byDefault(s("order")));
    product.add(
        sel("service_type", "Track Service",
            { { "manual", "Manually set quantities on order" }, { "timesheet", "Timesheets on project" } })
            .byDefault(s("manual")));
    product.add(chr("uom_name", "Unit of Measure Name").byDefault(s("Units")));
    product.add(m2m("taxes_id", "Customer Taxes", "account.tax"));
    product.add(chr("barcode", "Barcode"));
    product.add(company());
    product.add(active());

    OdooModelDef &tax = add(OdooModelDef(s("account.tax"), s("Tax"), s("sequence,id")));
    tax.add(chr("name", "Tax Name").isRequired().translated());
    tax.add(typed("amount", F::Float, "Amount").byDefault(0.0));
    tax.add(sel("amount_type", "Tax Computation",
                { { "group", "Group of Taxes" },
                  { "fixed", "Fixed" },
                  { "percent", "Percentage of Price" },
                  { "division", "Percentage of Price Tax Included" } })
                .byDefault(s("percent")));
    tax.add(sel("type_tax_use", "Tax Type",
                { { "sale", "Sales" }, { "purchase", "Purchases" }, { "none", "None" } })
                .byDefault(s("sale")));
    tax.add(typed("price_include", F::Boolean, "Included in Price").byDefault(false));
    tax.add(chr("invoice_label", "Label on Invoices"));
    tax.add(typed("sequence", F::Integer, "Sequence").byDefault(1));
    tax.add(company());
    tax.add(active());

    OdooModelDef &journal = add(OdooModelDef(s("account.journal"), s("Journal"), s("sequence, type, code")));
    journal.add(chr("name", "Journal Name").isRequired().translated());
    journal.add(chr("code", "Short Code").isRequired());
    journal.add(sel("type", "Type",
                    { { "sale", "Sales" },
                      { "purchase", "Purchase" },
                      { "cash", "Cash" },
                      { "bank", "Bank" },
                      { "general", "Miscellaneous" } })
                    .isRequired());
    journal.add(m2o("currency_id", "Currency", "res.currency"));
    journal.add(typed("sequence", F::Integer, "Sequence").byDefault(10));
    journal.add(company());
    journal.add(active());

    OdooModelDef &analytic =
        add(OdooModelDef(s("account.analytic.account"), s("Analytic Account"), s("plan_id, name asc")));
    analytic.add(chr("name", "Analytic Account").isRequired().translated());
    analytic.add(chr("code", "Reference"));
    analytic.add(chr("plan_id", "Plan").byDefault(s("Projects")));
    analytic.add(m2o("partner_id", "Customer", "res.partner"));
    analytic.add(company());
    analytic.add(active());
}

void OdooSchema::addProjectsAndTime()
{
    OdooModelDef &employee = add(OdooModelDef(s("hr.employee"), s("Employee"), s("name")));
    employee.add(chr("name", "Employee Name"));
    employee.add(active());
    employee.add(m2o("user_id", "User", "res.users"));
    employee.add(m2o("work_contact_id", "Work Contact", "res.partner"));
    employee.add(chr("work_email", "Work Email"));
    employee.add(chr("work_phone", "Work Phone"));
    employee.add(chr("job_title", "Job Title"));
    employee.add(m2o("parent_id", "Manager", "hr.employee"));
    employee.add(sel("employee_type", "Employee Type",
                     { { "employee", "Employee" },
                       { "worker", "Worker" },
                       { "student", "Student" },
                       { "trainee", "Trainee" },
                       { "contractor", "Contractor" },
                       { "freelance", "Freelancer" } })
                     .byDefault(s("employee")));
    employee.add(typed("hourly_cost", F::Monetary, "Hourly Cost").byDefault(0.0));
    employee.add(chr("barcode", "Badge ID"));
    employee.add(chr("identification_id", "Identification No"));
    employee.add(company());

    OdooModelDef &project = add(OdooModelDef(s("project.project"), s("Project"), s("sequence, name, id")));
    project.add(chr("name", "Name").isRequired().translated());
    project.add(m2o("partner_id", "Customer", "res.partner"));
    project.add(m2o("user_id", "Project Manager", "res.users"));
    project.add(company());
    project.add(active());
    project.add(m2o(m_version >= 18 ? "account_id" : "analytic_account_id", "Analytic Account",
                    "account.analytic.account"));
    project.add(typed("allow_timesheets", F::Boolean, "Timesheets").byDefault(true));
    project.add(typed("allow_billable", F::Boolean, "Billable").byDefault(false));
    project.add(typed("date_start", F::Date, "Start Date"));
    project.add(typed("date", F::Date, "Expiration Date"));
    project.add(o2m("task_ids", "Tasks", "project.task", "project_id"));
    project.add(typed("sequence", F::Integer, "Sequence").byDefault(10));
    project.add(sel("privacy_visibility", "Visibility",
                    { { "followers", "Invited internal users" },
                      { "employees", "All internal users" },
                      { "portal", "Invited portal users and all internal users" } })
                    .byDefault(s("portal")));
    project.add(typed("description", F::Html, "Description"));

    OdooModelDef &task =
        add(OdooModelDef(s("project.task"), s("Task"), s("priority desc, sequence, id desc")));
    task.add(chr("name", "Title").isRequired());
    task.add(m2o("project_id", "Project", "project.project"));
    task.add(m2o("parent_id", "Parent Task", "project.task"));
    task.add(o2m("child_ids", "Sub-tasks", "project.task", "parent_id"));
    task.add(m2m("user_ids", "Assignees", "res.users"));
    task.add(m2o("partner_id", "Customer", "res.partner"));
    if (m_version >= 17) {
        task.add(sel("state", "State",
                     { { "01_in_progress", "In Progress" },
                       { "02_changes_requested", "Changes Requested" },
                       { "03_approved", "Approved" },
                       { "1_done", "Done" },
                       { "1_canceled", "Canceled" },
                       { "04_waiting_normal", "Waiting" } })
                     .byDefault(s("01_in_progress")));
        task.add(typed("allocated_hours", F::Float, "Allocated Time").byDefault(0.0));
        task.add(typed("date_deadline", F::Datetime, "Deadline"));
    } else {
        task.add(typed("planned_hours", F::Float, "Initially Planned Hours").byDefault(0.0));
        task.add(typed("date_deadline", F::Date, "Deadline"));
    }
    task.add(sel("priority", "Priority", { { "0", "Low" }, { "1", "High" } }).byDefault(s("0")));
    task.add(o2m("timesheet_ids", "Timesheets", "account.analytic.line", "task_id"));
    task.add(typed("sequence", F::Integer, "Sequence").byDefault(10));
    task.add(company());
    task.add(active());
    task.add(typed("description", F::Html, "Description"));

    OdooModelDef &line =
        add(OdooModelDef(s("account.analytic.line"), s("Analytic Line"), s("date desc, id desc")));
    line.add(chr("name", "Description").isRequired());
    line.add(typed("date", F::Date, "Date").isRequired());
    line.add(m2o("employee_id", "Employee", "hr.employee"));
    line.add(m2o("user_id", "User", "res.users").isComputed());
    line.add(m2o("project_id", "Project", "project.project"));
    line.add(m2o("task_id", "Task", "project.task"));
    line.add(typed("unit_amount", F::Float, "Quantity").byDefault(0.0));
    line.add(typed("amount", F::Monetary, "Amount").isComputed());
    line.add(m2o("account_id", "Analytic Account", "account.analytic.account"));
    line.add(m2o("partner_id", "Partner", "res.partner"));
    line.add(m2o("currency_id", "Currency", "res.currency").isComputed());
    line.add(m2o("timesheet_invoice_id", "Invoice", "account.move").isReadonly());
    line.add(typed("validated", F::Boolean, "Validated").byDefault(false));
    line.add(company());
}

void OdooSchema::addSalesAndCrm()
{
    OdooModelDef &order = add(OdooModelDef(s("sale.order"), s("Sales Order"), s("date_order desc, id desc")));
    order.add(chr("name", "Order Reference").byDefault(s("New")));
    order.add(m2o("partner_id", "Customer", "res.partner").isRequired());
    order.add(typed("date_order", F::Datetime, "Order Date"));
    if (m_version <= 16) {
        order.add(sel("state", "Status",
                      { { "draft", "Quotation" },
                        { "sent", "Quotation Sent" },
                        { "sale", "Sales Order" },
                        { "done", "Locked" },
                        { "cancel", "Cancelled" } })
                      .byDefault(s("draft"))
                      .isReadonly());
    } else {
        order.add(sel("state", "Status",
                      { { "draft", "Quotation" },
                        { "sent", "Quotation Sent" },
                        { "sale", "Sales Order" },
                        { "cancel", "Cancelled" } })
                      .byDefault(s("draft"))
                      .isReadonly());
        order.add(typed("locked", F::Boolean, "Locked").byDefault(false));
    }
    order.add(sel("invoice_status", "Invoice Status",
                  { { "upselling", "Upselling Opportunity" },
                    { "invoiced", "Fully Invoiced" },
                    { "to invoice", "To Invoice" },
                    { "no", "Nothing to Invoice" } })
                  .byDefault(s("no")));
    order.add(chr("client_order_ref", "Customer Reference"));
    order.add(chr("origin", "Source Document"));
    order.add(typed("amount_untaxed", F::Monetary, "Untaxed Amount").byDefault(0.0));
    order.add(typed("amount_total", F::Monetary, "Total").byDefault(0.0));
    order.add(m2o("currency_id", "Currency", "res.currency"));
    order.add(m2o("user_id", "Salesperson", "res.users"));
    order.add(m2o("opportunity_id", "Opportunity", "crm.lead"));
    // Odoo 18 moved the order's analytic account to the analytic distribution of its lines.
    if (m_version <= 17)
        order.add(m2o("analytic_account_id", "Analytic Account", "account.analytic.account"));
    order.add(o2m("order_line", "Order Lines", "sale.order.line", "order_id"));
    order.add(company());

    OdooModelDef &orderLine =
        add(OdooModelDef(s("sale.order.line"), s("Sales Order Line"), s("order_id, sequence, id")));
    orderLine.add(m2o("order_id", "Order Reference", "sale.order").isRequired());
    orderLine.add(m2o("product_id", "Product", "product.product"));
    orderLine.add(typed("name", F::Text, "Description").isRequired());
    orderLine.add(typed("product_uom_qty", F::Float, "Quantity").byDefault(1.0));
    orderLine.add(typed("price_unit", F::Float, "Unit Price").byDefault(0.0));
    orderLine.add(typed("discount", F::Float, "Discount (%)").byDefault(0.0));
    orderLine.add(typed("analytic_distribution", F::Json, "Analytic Distribution"));
    orderLine.add(
        sel("display_type", "Display Type", { { "line_section", "Section" }, { "line_note", "Note" } }));
    orderLine.add(typed("sequence", F::Integer, "Sequence").byDefault(10));
    orderLine.setRecName(s("name"));

    OdooModelDef &lead = add(OdooModelDef(s("crm.lead"), s("Lead/Opportunity"), s("priority desc, id desc")));
    lead.add(chr("name", "Opportunity").isRequired());
    lead.add(sel("type", "Type", { { "lead", "Lead" }, { "opportunity", "Opportunity" } })
                 .byDefault(s("opportunity")));
    lead.add(m2o("partner_id", "Customer", "res.partner"));
    lead.add(chr("partner_name", "Company Name"));
    lead.add(chr("contact_name", "Contact Name"));
    lead.add(chr("email_from", "Email"));
    lead.add(chr("phone", "Phone"));
    lead.add(typed("probability", F::Float, "Probability").byDefault(10.0));
    lead.add(typed("expected_revenue", F::Monetary, "Expected Revenue").byDefault(0.0));
    lead.add(typed("date_deadline", F::Date, "Expected Closing"));
    lead.add(typed("date_closed", F::Datetime, "Closed Date"));
    lead.add(m2o("user_id", "Salesperson", "res.users"));
    lead.add(sel("priority", "Priority",
                 { { "0", "Low" }, { "1", "Medium" }, { "2", "High" }, { "3", "Very High" } })
                 .byDefault(s("0")));
    lead.add(chr("lost_reason", "Lost Reason"));
    if (m_version >= 17)
        lead.add(
            sel("won_status", "Is Won", { { "won", "Won" }, { "lost", "Lost" }, { "pending", "Pending" } })
                .isComputed());
    lead.add(company());
    lead.add(active());
    lead.add(typed("description", F::Html, "Notes"));
}

void OdooSchema::addInvoicing()
{
    OdooModelDef &move =
        add(OdooModelDef(s("account.move"), s("Journal Entry"),
                         m_version >= 18 ? s("date desc, name desc, invoice_date desc, id desc")
                                         : s("date desc, name desc, id desc")));
    move.add(chr("name", "Number").byDefault(s("/")).isReadonly());
    move.add(sel("move_type", "Type",
                 { { "entry", "Journal Entry" },
                   { "out_invoice", "Customer Invoice" },
                   { "out_refund", "Customer Credit Note" },
                   { "in_invoice", "Vendor Bill" },
                   { "in_refund", "Vendor Credit Note" },
                   { "out_receipt", "Sales Receipt" },
                   { "in_receipt", "Purchase Receipt" } })
                 .byDefault(s("entry"))
                 .isRequired());
    move.add(
        sel("state", "Status", { { "draft", "Draft" }, { "posted", "Posted" }, { "cancel", "Cancelled" } })
            .byDefault(s("draft"))
            .isReadonly());
    if (m_version >= 18) {
        move.add(sel("payment_state", "Payment Status",
                     { { "not_paid", "Not Paid" },
                       { "in_payment", "In Payment" },
                       { "paid", "Paid" },
                       { "partial", "Partially Paid" },
                       { "reversed", "Reversed" },
                       { "blocked", "Blocked" },
                       { "invoicing_legacy", "Invoicing App Legacy" } })
                     .isComputed());
    } else {
        move.add(sel("payment_state", "Payment Status",
                     { { "not_paid", "Not Paid" },
                       { "in_payment", "In Payment" },
                       { "paid", "Paid" },
                       { "partial", "Partially Paid" },
                       { "reversed", "Reversed" },
                       { "invoicing_legacy", "Invoicing App Legacy" } })
                     .isComputed());
    }
    move.add(m2o("partner_id", "Partner", "res.partner"));
    move.add(m2o("commercial_partner_id", "Commercial Entity", "res.partner").isComputed());
    move.add(typed("invoice_date", F::Date, "Invoice/Bill Date"));
    move.add(typed("date", F::Date, "Date"));
    move.add(typed("invoice_date_due", F::Date, "Due Date"));
    move.add(chr("ref", "Reference"));
    move.add(chr("payment_reference", "Payment Reference"));
    move.add(chr("invoice_origin", "Origin"));
    move.add(m2o("currency_id", "Currency", "res.currency"));
    move.add(m2o("journal_id", "Journal", "account.journal"));
    move.add(company());
    move.add(typed("amount_untaxed", F::Monetary, "Untaxed Amount").isComputed());
    move.add(typed("amount_tax", F::Monetary, "Tax").isComputed());
    move.add(typed("amount_total", F::Monetary, "Total").isComputed());
    move.add(typed("amount_residual", F::Monetary, "Amount Due").isComputed());
    move.add(o2m("invoice_line_ids", "Invoice lines", "account.move.line", "move_id"));
    move.add(m2o("invoice_user_id", "Salesperson", "res.users"));
    move.add(typed("narration", F::Html, "Terms and Conditions"));
    move.add(typed("posted_before", F::Boolean, "Posted Before").isComputed());

    OdooModelDef &line =
        add(OdooModelDef(s("account.move.line"), s("Journal Item"), s("date desc, move_name desc, id")));
    line.add(m2o("move_id", "Journal Entry", "account.move").isRequired());
    line.add(chr("move_name", "Number").isComputed());
    line.add(chr("name", "Label"));
    line.add(m2o("product_id", "Product", "product.product"));
    line.add(typed("quantity", F::Float, "Quantity").byDefault(1.0));
    line.add(typed("price_unit", F::Float, "Unit Price").byDefault(0.0));
    line.add(typed("discount", F::Float, "Discount (%)").byDefault(0.0));
    line.add(m2m("tax_ids", "Taxes", "account.tax"));
    line.add(typed("price_subtotal", F::Monetary, "Subtotal").isComputed());
    line.add(typed("price_total", F::Monetary, "Total").isComputed());
    line.add(sel("display_type", "Display Type",
                 { { "product", "Product" }, { "line_section", "Section" }, { "line_note", "Note" } })
                 .byDefault(s("product")));
    line.add(typed("analytic_distribution", F::Json, "Analytic Distribution"));
    line.add(m2o("partner_id", "Partner", "res.partner").isComputed());
    line.add(m2o("currency_id", "Currency", "res.currency").isComputed());
    line.add(typed("date", F::Date, "Date").isComputed());
    line.add(sel("parent_state", "Status",
                 { { "draft", "Draft" }, { "posted", "Posted" }, { "cancel", "Cancelled" } })
                 .isComputed());
    line.add(company().isComputed());
    line.setRecName(s("name"));

    OdooModelDef &payment = add(OdooModelDef(s("account.payment"), s("Payments"), s("date desc, name desc")));
    payment.add(chr("name", "Number").byDefault(s("/")).isReadonly());
    payment.add(typed("date", F::Date, "Date"));
    payment.add(typed("amount", F::Monetary, "Amount").byDefault(0.0));
    payment.add(sel("payment_type", "Payment Type", { { "outbound", "Send" }, { "inbound", "Receive" } })
                    .byDefault(s("inbound")));
    payment.add(sel("partner_type", "Partner Type", { { "customer", "Customer" }, { "supplier", "Vendor" } })
                    .byDefault(s("customer")));
    payment.add(m2o("partner_id", "Customer/Vendor", "res.partner"));
    payment.add(m2o("journal_id", "Journal", "account.journal"));
    payment.add(m2o("currency_id", "Currency", "res.currency"));
    payment.add(company());
    payment.add(typed("is_reconciled", F::Boolean, "Is Reconciled").isComputed());
    if (m_version >= 18) {
        payment.add(sel("state", "Status",
                        { { "draft", "Draft" },
                          { "in_process", "In Process" },
                          { "paid", "Paid" },
                          { "canceled", "Canceled" },
                          { "rejected", "Rejected" } })
                        .byDefault(s("draft"))
                        .isReadonly());
        payment.add(chr("memo", "Memo"));
        payment.add(chr("payment_reference", "Payment Reference"));
        payment.add(m2m("invoice_ids", "Invoices", "account.move"));
        payment.add(typed("is_matched", F::Boolean, "Is Matched With a Bank Statement").isComputed());
        payment.add(m2o("move_id", "Journal Entry", "account.move"));
    } else {
        payment.add(sel("state", "Status",
                        { { "draft", "Draft" }, { "posted", "Posted" }, { "cancel", "Cancelled" } })
                        .byDefault(s("draft"))
                        .isReadonly());
        payment.add(chr("ref", "Memo"));
        payment.add(typed("is_matched", F::Boolean, "Is Matched With a Bank Statement").isComputed());
        payment.add(m2o("move_id", "Journal Entry", "account.move"));
        payment.add(m2m("reconciled_invoice_ids", "Reconciled Invoices", "account.move"));
    }
}

void OdooSchema::addTechnical()
{
    OdooModelDef &data = add(OdooModelDef(s("ir.model.data"), s("Model Data"), s("module, model, name")));
    data.add(chr("name", "External Identifier").isRequired());
    data.add(chr("module", "Module").isRequired().byDefault(QString()));
    data.add(chr("model", "Model Name").isRequired());
    data.add(typed("res_id", F::Many2oneReference, "Record ID"));
    data.add(typed("noupdate", F::Boolean, "Non Updatable").byDefault(false));
    data.add(chr("complete_name", "Complete ID").isComputed());

    OdooModelDef &model = add(OdooModelDef(s("ir.model"), s("Models"), s("model")));
    model.add(chr("name", "Model Description").isRequired().translated());
    model.add(chr("model", "Model").isRequired());
    model.add(typed("transient", F::Boolean, "Transient Model").byDefault(false));
}

} // namespace cw
