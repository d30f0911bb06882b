#include "odoobusinessrules.h"

#include "odoofault.h"
#include "odooorm.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace cw {

namespace {

const QString kName = QStringLiteral("name");
const QString kState = QStringLiteral("state");
const QString kCompany = QStringLiteral("company_id");
const QString kCurrency = QStringLiteral("currency_id");
const QString kPartner = QStringLiteral("partner_id");
const QString kMove = QStringLiteral("move_id");
const QString kActive = QStringLiteral("active");
const QString kEmployee = QStringLiteral("employee_id");
const QString kProject = QStringLiteral("project_id");

qint64 toId(const QJsonValue &value)
{
    return value.isDouble() ? static_cast<qint64>(value.toDouble()) : 0;
}

bool truthy(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    return value.isString() || value.isArray() || value.isObject();
}

QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(static_cast<double>(id)) : QJsonValue(false);
}

// Models whose company_id defaults to the current company (partners and products stay shared).
bool companyScoped(const QString &model)
{
    static const QSet<QString> models {
        QStringLiteral("account.tax"),
        QStringLiteral("account.journal"),
        QStringLiteral("account.move"),
        QStringLiteral("account.payment"),
        QStringLiteral("account.analytic.account"),
        QStringLiteral("hr.employee"),
        QStringLiteral("project.project"),
        QStringLiteral("project.task"),
        QStringLiteral("account.analytic.line"),
        QStringLiteral("sale.order"),
        QStringLiteral("crm.lead"),
    };
    return models.contains(model);
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

OdooBusinessRules::OdooBusinessRules(OdooOrm &orm)
    : m_orm(orm)
{ }

OdooStore &OdooBusinessRules::store() const
{
    return m_orm.store();
}

QJsonValue OdooBusinessRules::get(const QString &model, qint64 id, const QString &field) const
{
    return store().value(model, id, field, QStringLiteral("en_US"));
}

void OdooBusinessRules::set(const QString &model, qint64 id, const QString &field, const QJsonValue &value)
{
    if (get(model, id, field) != value)
        store().update(model, id, { { field, value } });
}

qint64 OdooBusinessRules::companyCurrency(qint64 company) const
{
    return toId(get(QStringLiteral("res.company"), company, kCurrency));
}

QString OdooBusinessRules::nextSequence(const QString &model, const QString &prefix) const
{
    int highest = 0;
    for (const auto &[id, values] : store().table(model)) {
        const QString name = values.value(kName).toString();
        if (name.startsWith(prefix))
            highest = std::max(highest, name.mid(prefix.size()).toInt());
    }
    return prefix + QString::number(highest + 1).rightJustified(5, QLatin1Char('0'));
}

void OdooBusinessRules::applyDefaults(const QString &model, OdooStore::Values &values,
                                      const OdooEnv &env) const
{
    const auto fill = [&values](const QString &field, const QJsonValue &value) {
        const QJsonValue current = values.value(field);
        if (current.isUndefined() || current.isNull() || (current.isBool() && !current.toBool()))
            values.insert(field, value);
    };
    const qint64 company = env.currentCompany();
    if (companyScoped(model))
        fill(kCompany, static_cast<double>(company));
    const qint64 activeCompany = toId(values.value(kCompany, static_cast<double>(company)));
    if (model == QLatin1String("account.move") || model == QLatin1String("account.payment")
        || model == QLatin1String("sale.order") || model == QLatin1String("account.analytic.line"))
        fill(kCurrency, idValue(companyCurrency(activeCompany)));
    if (model == QLatin1String("account.move") || model == QLatin1String("account.payment")) {
        const QString moveType = values.value(QStringLiteral("move_type")).toString();
        const QString journalType = model == QLatin1String("account.payment") ? QStringLiteral("bank")
            : moveType.startsWith(QLatin1String("out_"))                      ? QStringLiteral("sale")
            : moveType.startsWith(QLatin1String("in_"))                       ? QStringLiteral("purchase")
                                                                              : QStringLiteral("general");
        for (const auto &[id, journal] : store().table(QStringLiteral("account.journal"))) {
            if (journal.value(QStringLiteral("type")).toString() == journalType
                && toId(journal.value(kCompany)) == activeCompany) {
                fill(QStringLiteral("journal_id"), static_cast<double>(id));
                break;
            }
        }
        fill(QStringLiteral("date"), env.today());
    }
    if (model == QLatin1String("account.move"))
        fill(QStringLiteral("invoice_user_id"), static_cast<double>(env.uid));
    if (model == QLatin1String("sale.order")) {
        fill(QStringLiteral("date_order"), env.nowString());
        fill(QStringLiteral("user_id"), static_cast<double>(env.uid));
    }
    if (model == QLatin1String("crm.lead"))
        fill(QStringLiteral("user_id"), static_cast<double>(env.uid));
    if (model == QLatin1String("account.analytic.line")) {
        fill(QStringLiteral("date"), env.today());
        if (values.contains(kProject)) {
            const QList<qint64> employees =
                store().referencing(QStringLiteral("hr.employee"), QStringLiteral("user_id"), env.uid);
            if (!employees.isEmpty())
                fill(kEmployee, static_cast<double>(employees.first()));
        }
    }
    if (model == QLatin1String("res.partner")) {
        fill(QStringLiteral("lang"), env.lang);
        const QString tz = env.context.value(QStringLiteral("tz")).toString();
        if (!tz.isEmpty())
            fill(QStringLiteral("tz"), tz);
    }
}

Result<void> OdooBusinessRules::checkTimesheet(const OdooStore::Values &values, const OdooEnv &env) const
{
    Q_UNUSED(env)
    const qint64 project = toId(values.value(kProject));
    if (project == 0)
        return {};
    const qint64 employee = toId(values.value(kEmployee));
    if (employee == 0 || !truthy(get(QStringLiteral("hr.employee"), employee, kActive))) {
        return OdooFault::validationError(
            tr("Timesheets must be created with an active employee in the selected companies."));
    }
    if (!truthy(get(QStringLiteral("project.project"), project, QStringLiteral("allow_timesheets")))) {
        return OdooFault::validationError(
            tr("You cannot log timesheets on project %1 because timesheets are disabled for it.")
                .arg(get(QStringLiteral("project.project"), project, kName).toString()));
    }
    const qint64 task = toId(values.value(QStringLiteral("task_id")));
    if (task != 0 && toId(get(QStringLiteral("project.task"), task, kProject)) != project) {
        return OdooFault::validationError(tr("The task must belong to the project of the timesheet."));
    }
    return {};
}

Result<void> OdooBusinessRules::beforeCreate(const QString &model, OdooStore::Values &values,
                                             const OdooEnv &env)
{
    applyDefaults(model, values, env);
    if (model == QLatin1String("ir.model.data")) {
        const QString module = values.value(QStringLiteral("module")).toString();
        const QString name = values.value(kName).toString();
        // The store's external id index, not a scan: imports create one per record.
        if (store().externalIdRow(module, name) != 0) {
            return OdooFault::uniqueViolation(
                m_orm.majorVersion(), QStringLiteral("ir_model_data_module_name_uniq_index"),
                QStringLiteral("Key (module, name)=(%1, %2) already exists.").arg(module, name));
        }
    }
    if (model == QLatin1String("res.users")) {
        const QString login = values.value(QStringLiteral("login")).toString();
        for (const auto &[id, row] : store().table(model)) {
            if (row.value(QStringLiteral("login")).toString() == login)
                return OdooFault::validationError(tr("You can not have two users with the same login!"));
        }
    }
    if (model == QLatin1String("account.analytic.line")) {
        const qint64 task = toId(values.value(QStringLiteral("task_id")));
        if (task != 0 && toId(values.value(kProject)) == 0)
            values.insert(kProject, get(QStringLiteral("project.task"), task, kProject));
        if (toId(values.value(kProject)) != 0 && values.value(kName).toString().isEmpty())
            values.insert(kName, QStringLiteral("/"));
        Result<void> timesheet = checkTimesheet(values, env);
        if (!timesheet)
            return timesheet;
    }
    if (model == QLatin1String("account.move.line")) {
        const qint64 move = toId(values.value(kMove));
        if (move != 0
            && get(QStringLiteral("account.move"), move, kState).toString() == QLatin1String("posted"))
            return OdooFault::userError(
                tr("You cannot modify a posted entry of this journal. Reset it to draft first."));
    }
    return {};
}

Result<void> OdooBusinessRules::afterCreate(const QString &model, qint64 id, const OdooEnv &env)
{
    // Odoo creates the analytic account of a timesheet project and the work contact of an employee.
    if (model == QLatin1String("project.project")) {
        const QString field =
            m_orm.majorVersion() >= 18 ? QStringLiteral("account_id") : QStringLiteral("analytic_account_id");
        if (toId(get(model, id, field)) == 0 && truthy(get(model, id, QStringLiteral("allow_timesheets")))) {
            Result<QList<qint64>> account =
                m_orm.create(QStringLiteral("account.analytic.account"),
                             QJsonArray { QJsonObject { { kName, get(model, id, kName) },
                                                        { kPartner, get(model, id, kPartner) },
                                                        { kCompany, get(model, id, kCompany) } } },
                             env);
            if (!account)
                return account.error();
            set(model, id, field, static_cast<double>(account.value().first()));
        }
    }
    if (model == QLatin1String("hr.employee")
        && toId(get(model, id, QStringLiteral("work_contact_id"))) == 0) {
        Result<QList<qint64>> contact =
            m_orm.create(QStringLiteral("res.partner"),
                         QJsonArray { QJsonObject {
                             { kName, get(model, id, kName) },
                             { QStringLiteral("email"), get(model, id, QStringLiteral("work_email")) } } },
                         env);
        if (!contact)
            return contact.error();
        set(model, id, QStringLiteral("work_contact_id"), static_cast<double>(contact.value().first()));
    }
    return {};
}

Result<void> OdooBusinessRules::beforeWrite(const QString &model, const QList<qint64> &ids,
                                            const QJsonObject &vals, const OdooStore::Values &changes,
                                            const OdooEnv &env)
{
    if (model == QLatin1String("account.move")) {
        static const QStringList locked { QStringLiteral("invoice_line_ids"),
                                          kPartner,
                                          kCurrency,
                                          QStringLiteral("journal_id"),
                                          QStringLiteral("move_type"),
                                          QStringLiteral("invoice_date"),
                                          QStringLiteral("date") };
        for (qint64 id : ids) {
            if (get(model, id, kState).toString() != QLatin1String("posted"))
                continue;
            for (const QString &field : locked) {
                if (vals.contains(field))
                    return OdooFault::userError(
                        tr("You cannot modify a posted entry of this journal. Reset it to draft first."));
            }
        }
    }
    if (model == QLatin1String("account.move.line")) {
        for (qint64 id : ids) {
            const qint64 move = toId(get(model, id, kMove));
            if (get(QStringLiteral("account.move"), move, kState).toString() == QLatin1String("posted"))
                return OdooFault::userError(
                    tr("You cannot modify a posted entry of this journal. Reset it to draft first."));
        }
    }
    if (model == QLatin1String("account.analytic.line")) {
        static const QStringList frozen { QStringLiteral("unit_amount"), kEmployee, kProject,
                                          QStringLiteral("task_id"), QStringLiteral("date") };
        for (qint64 id : ids) {
            const bool invoiced = toId(get(model, id, QStringLiteral("timesheet_invoice_id"))) != 0;
            for (const QString &field : frozen) {
                if (invoiced && vals.contains(field))
                    return OdooFault::userError(
                        tr("You cannot modify timesheets that are already invoiced."));
            }
        }
        const qint64 employee = toId(changes.value(kEmployee));
        if (employee != 0 && !truthy(get(QStringLiteral("hr.employee"), employee, kActive)))
            return OdooFault::userError(tr("You cannot set an archived employee on existing timesheets."));
        for (qint64 id : ids) {
            if (!changes.contains(kProject) && !changes.contains(kEmployee)
                && !changes.contains(QStringLiteral("task_id")))
                break;
            OdooStore::Values merged = store().table(model).at(id);
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                merged.insert(it.key(), it.value());
            Result<void> timesheet = checkTimesheet(merged, env);
            if (!timesheet)
                return timesheet;
        }
    }
    if (model == QLatin1String("ir.model.data")
        && (changes.contains(kName) || changes.contains(QStringLiteral("module")))) {
        for (qint64 id : ids) {
            const QString module =
                changes.value(QStringLiteral("module"), get(model, id, QStringLiteral("module"))).toString();
            const QString name = changes.value(kName, get(model, id, kName)).toString();
            for (const auto &[other, row] : store().table(model)) {
                if (other != id && row.value(QStringLiteral("module")).toString() == module
                    && row.value(kName).toString() == name) {
                    return OdooFault::uniqueViolation(
                        m_orm.majorVersion(), QStringLiteral("ir_model_data_module_name_uniq_index"),
                        QStringLiteral("Key (module, name)=(%1, %2) already exists.").arg(module, name));
                }
            }
        }
    }
    return {};
}

Result<void> OdooBusinessRules::beforeUnlink(const QString &model, const QList<qint64> &ids,
                                             const OdooEnv &env)
{
    Q_UNUSED(env)
    for (qint64 id : ids) {
        if (model == QLatin1String("account.move")
            && (get(model, id, kState).toString() == QLatin1String("posted")
                || truthy(get(model, id, QStringLiteral("posted_before")))))
            return OdooFault::userError(tr("You cannot delete an entry which has been posted once."));
        if (model == QLatin1String("account.move.line")) {
            const qint64 move = toId(get(model, id, kMove));
            if (get(QStringLiteral("account.move"), move, kState).toString() == QLatin1String("posted"))
                return OdooFault::userError(tr("You cannot delete an item linked to a posted entry."));
            m_movesToRecompute.insert(move);
        }
        if (model == QLatin1String("account.analytic.line")
            && toId(get(model, id, QStringLiteral("timesheet_invoice_id"))) != 0)
            return OdooFault::userError(tr("You cannot remove a timesheet that has already been invoiced."));
        if (model == QLatin1String("account.payment")
            && get(model, id, kState).toString() != QLatin1String("draft"))
            return OdooFault::userError(tr("You cannot delete a payment that is already posted."));
        if (model == QLatin1String("res.users") && id <= 2)
            return OdooFault::userError(tr(
                "You can not remove the admin user as it is used internally for resources created by Odoo."));
    }
    return {};
}

void OdooBusinessRules::afterUnlink(const QString &model, qint64 id, const OdooEnv &env)
{
    const QString data = QStringLiteral("ir.model.data");
    if (model != data) {
        QList<qint64> stale;
        for (const auto &[dataId, row] : store().table(data)) {
            if (row.value(QStringLiteral("model")).toString() == model
                && toId(row.value(QStringLiteral("res_id"))) == id)
                stale.append(dataId);
        }
        for (qint64 dataId : std::as_const(stale))
            store().remove(data, dataId);
    }
    if (model == QLatin1String("account.move.line")) {
        const QSet<qint64> moves = std::exchange(m_movesToRecompute, {});
        for (qint64 move : moves) {
            if (store().exists(QStringLiteral("account.move"), move))
                recompute(QStringLiteral("account.move"), { move }, env);
        }
    }
}

bool OdooBusinessRules::cascades(const QString &model, const QString &inverse) const
{
    return (model == QLatin1String("account.move.line") && inverse == kMove)
        || (model == QLatin1String("project.task") && inverse == QStringLiteral("parent_id"));
}

QStringList OdooBusinessRules::nameSearchFields(const QString &model) const
{
    if (model == QLatin1String("res.partner"))
        return { QStringLiteral("complete_name"), QStringLiteral("email"), QStringLiteral("ref"),
                 QStringLiteral("vat") };
    if (model == QLatin1String("product.product"))
        return { QStringLiteral("default_code"), kName };
    if (model == QLatin1String("ir.model.data"))
        return { QStringLiteral("complete_name") };
    const OdooModelDef *def = store().modelDef(model);
    return { def ? def->recName() : kName };
}

QString OdooBusinessRules::displayName(const QString &model, qint64 id, const QString &lang) const
{
    const auto text = [&](const QString &field) {
        const QJsonValue value = store().value(model, id, field, lang);
        return value.isString() ? value.toString() : QString();
    };
    if (model == QLatin1String("res.partner")) {
        const QString complete = text(QStringLiteral("complete_name"));
        return complete.isEmpty() ? text(kName) : complete;
    }
    if (model == QLatin1String("account.move")) {
        const QString name = text(kName);
        if (!name.isEmpty() && name != QLatin1String("/"))
            return name;
        const QString type = text(QStringLiteral("move_type"));
        const QString draft = type == QLatin1String("out_invoice") ? tr("Draft Invoice")
            : type == QLatin1String("out_refund")                  ? tr("Draft Credit Note")
            : type == QLatin1String("in_invoice")                  ? tr("Draft Bill")
                                                                   : tr("Draft Entry");
        return tr("%1 (* %2)").arg(draft).arg(id);
    }
    if (model == QLatin1String("product.product") || model == QLatin1String("account.analytic.account")) {
        const QString code = text(model == QLatin1String("product.product") ? QStringLiteral("default_code")
                                                                            : QStringLiteral("code"));
        return code.isEmpty() ? text(kName) : tr("[%1] %2").arg(code, text(kName));
    }
    if (model == QLatin1String("ir.model.data"))
        return text(QStringLiteral("complete_name"));
    if (model == QLatin1String("account.move.line")) {
        const QString moveName = text(QStringLiteral("move_name"));
        const QString label = text(kName);
        return moveName.isEmpty() ? label : (label.isEmpty() ? moveName : tr("%1 - %2").arg(moveName, label));
    }
    const OdooModelDef *def = store().modelDef(model);
    const QString name = def ? text(def->recName()) : QString();
    return name.isEmpty() ? QStringLiteral("%1,%2").arg(model).arg(id) : name;
}

void OdooBusinessRules::recompute(const QString &model, const QList<qint64> &ids, const OdooEnv &env)
{
    Q_UNUSED(env)
    for (qint64 id : ids) {
        if (!store().exists(model, id))
            continue;
        if (model == QLatin1String("res.partner"))
            recomputePartner(id, 0);
        else if (model == QLatin1String("account.move.line"))
            recomputeMoveLine(id);
        else if (model == QLatin1String("account.move"))
            recomputeMove(id);
        else if (model == QLatin1String("account.payment"))
            recomputePayment(id);
        else if (model == QLatin1String("account.analytic.line"))
            recomputeTimesheet(id);
        else if (model == QLatin1String("res.currency"))
            set(model, id, QStringLiteral("decimal_places"),
                std::max(0,
                         static_cast<int>(std::ceil(-std::log10(
                             std::max(1e-9, get(model, id, QStringLiteral("rounding")).toDouble()))))));
        else if (model == QLatin1String("ir.model.data"))
            set(model, id, QStringLiteral("complete_name"),
                QString(get(model, id, QStringLiteral("module")).toString() + QLatin1Char('.')
                        + get(model, id, kName).toString()));
        else if (model == QLatin1String("sale.order")
                 && get(model, id, kName).toString() == QLatin1String("New"))
            set(model, id, kName, nextSequence(model, QStringLiteral("S")));
        else if (model == QLatin1String("crm.lead") && m_orm.majorVersion() >= 17) {
            const double probability = get(model, id, QStringLiteral("probability")).toDouble();
            const bool archived = !truthy(get(model, id, kActive));
            set(model, id, QStringLiteral("won_status"),
                probability >= 100
                    ? QStringLiteral("won")
                    : (archived && probability == 0 ? QStringLiteral("lost") : QStringLiteral("pending")));
        }
    }
}

void OdooBusinessRules::recomputePartner(qint64 id, int depth)
{
    const QString model = QStringLiteral("res.partner");
    const QString name = get(model, id, kName).toString();
    const qint64 parent = toId(get(model, id, QStringLiteral("parent_id")));
    const bool company = truthy(get(model, id, QStringLiteral("is_company")));
    QString complete = name;
    if (parent != 0 && !company) {
        const QString parentName = get(model, parent, QStringLiteral("complete_name")).toString();
        complete = name.isEmpty() ? parentName : tr("%1, %2").arg(parentName, name);
    }
    set(model, id, QStringLiteral("complete_name"),
        complete.isEmpty() ? QJsonValue(false) : QJsonValue(complete));
    const qint64 commercial =
        (company || parent == 0) ? id : toId(get(model, parent, QStringLiteral("commercial_partner_id")));
    set(model, id, QStringLiteral("commercial_partner_id"), idValue(commercial == 0 ? parent : commercial));
    if (depth > 8)
        return;
    for (qint64 child : store().referencing(model, QStringLiteral("parent_id"), id))
        recomputePartner(child, depth + 1);
}

void OdooBusinessRules::recomputeMoveLine(qint64 id)
{
    const QString model = QStringLiteral("account.move.line");
    const qint64 move = toId(get(model, id, kMove));
    const double quantity = get(model, id, QStringLiteral("quantity")).toDouble();
    const double price = get(model, id, QStringLiteral("price_unit")).toDouble();
    const double discount = get(model, id, QStringLiteral("discount")).toDouble();
    // Why: amounts are summed in cents and taxes rounded half up per line, so totals match what
    // an accountant (and the demo data) computes, without binary floating-point drift.
    const qint64 subtotalCents = std::llround(quantity * price * (1.0 - discount / 100.0) * 100.0);
    qint64 ratePerMille = 0;
    for (const QJsonValue &tax : get(model, id, QStringLiteral("tax_ids")).toArray()) {
        if (get(QStringLiteral("account.tax"), toId(tax), QStringLiteral("amount_type")).toString()
            == QLatin1String("percent"))
            ratePerMille += std::llround(
                get(QStringLiteral("account.tax"), toId(tax), QStringLiteral("amount")).toDouble() * 10.0);
    }
    const qint64 taxCents = (subtotalCents * ratePerMille + (subtotalCents >= 0 ? 500 : -500)) / 1000;
    set(model, id, QStringLiteral("price_subtotal"), static_cast<double>(subtotalCents) / 100.0);
    set(model, id, QStringLiteral("price_total"), static_cast<double>(subtotalCents + taxCents) / 100.0);
    const QString moveModel = QStringLiteral("account.move");
    set(model, id, kPartner, get(moveModel, move, kPartner));
    set(model, id, kCurrency, get(moveModel, move, kCurrency));
    set(model, id, kCompany, get(moveModel, move, kCompany));
    set(model, id, QStringLiteral("date"), get(moveModel, move, QStringLiteral("date")));
    set(model, id, QStringLiteral("parent_state"), get(moveModel, move, kState));
    set(model, id, QStringLiteral("move_name"), get(moveModel, move, kName));
    if (move != 0)
        recomputeMove(move);
}

QList<qint64> OdooBusinessRules::paymentInvoices(qint64 payment) const
{
    const QString field =
        m_orm.majorVersion() >= 18 ? QStringLiteral("invoice_ids") : QStringLiteral("reconciled_invoice_ids");
    QList<qint64> result;
    for (const QJsonValue &invoice : get(QStringLiteral("account.payment"), payment, field).toArray())
        result.append(toId(invoice));
    return result;
}

void OdooBusinessRules::recomputeMove(qint64 id)
{
    const QString model = QStringLiteral("account.move");
    const QString lineModel = QStringLiteral("account.move.line");
    double untaxed = 0;
    double total = 0;
    for (qint64 line : store().referencing(lineModel, kMove, id)) {
        if (get(lineModel, line, QStringLiteral("display_type")).toString() != QLatin1String("product"))
            continue;
        untaxed += get(lineModel, line, QStringLiteral("price_subtotal")).toDouble();
        total += get(lineModel, line, QStringLiteral("price_total")).toDouble();
    }
    const QString state = get(model, id, kState).toString();
    const bool newStates = m_orm.majorVersion() >= 18;
    double paid = 0;
    bool allMatched = true;
    const QString payments = QStringLiteral("account.payment");
    const QString link = newStates ? QStringLiteral("invoice_ids") : QStringLiteral("reconciled_invoice_ids");
    for (qint64 payment : store().referencing(payments, link, id)) {
        const QString paymentState = get(payments, payment, kState).toString();
        const bool effective = newStates
            ? (paymentState == QLatin1String("in_process") || paymentState == QLatin1String("paid"))
            : paymentState == QLatin1String("posted");
        if (!effective)
            continue;
        paid += get(payments, payment, QStringLiteral("amount")).toDouble();
        allMatched = allMatched
            && (paymentState == QLatin1String("paid")
                || truthy(get(payments, payment, QStringLiteral("is_matched"))));
    }
    const double residual =
        state == QLatin1String("posted") ? std::max(0.0, round2(total - paid)) : round2(total);
    QString paymentState = QStringLiteral("not_paid");
    if (state == QLatin1String("posted") && total > 0 && residual <= 0)
        paymentState = allMatched ? QStringLiteral("paid") : QStringLiteral("in_payment");
    else if (state == QLatin1String("posted") && paid > 0)
        paymentState = QStringLiteral("partial");
    set(model, id, QStringLiteral("amount_untaxed"), round2(untaxed));
    set(model, id, QStringLiteral("amount_tax"), round2(total - untaxed));
    set(model, id, QStringLiteral("amount_total"), round2(total));
    set(model, id, QStringLiteral("amount_residual"), residual);
    set(model, id, QStringLiteral("payment_state"), paymentState);
    const qint64 partner = toId(get(model, id, kPartner));
    set(model, id, QStringLiteral("commercial_partner_id"),
        partner == 0 ? QJsonValue(false)
                     : get(QStringLiteral("res.partner"), partner, QStringLiteral("commercial_partner_id")));
    if (state == QLatin1String("posted")) {
        set(model, id, QStringLiteral("posted_before"), true);
        const QString name = get(model, id, kName).toString();
        if (name.isEmpty() || name == QLatin1String("/")) {
            const QString type = get(model, id, QStringLiteral("move_type")).toString();
            const QString prefix = type == QLatin1String("out_invoice") ? QStringLiteral("INV")
                : type == QLatin1String("out_refund")                   ? QStringLiteral("RINV")
                : type == QLatin1String("in_invoice")                   ? QStringLiteral("BILL")
                : type == QLatin1String("in_refund")                    ? QStringLiteral("RBILL")
                                                                        : QStringLiteral("MISC");
            const QString date = get(model, id, QStringLiteral("date")).toString();
            set(model, id, kName, nextSequence(model, QStringLiteral("%1/%2/").arg(prefix, date.left(4))));
        }
    }
}

void OdooBusinessRules::recomputePayment(qint64 id)
{
    const QString model = QStringLiteral("account.payment");
    const QString state = get(model, id, kState).toString();
    const QList<qint64> invoices = paymentInvoices(id);
    const bool effective = state != QLatin1String("draft") && state != QLatin1String("cancel")
        && state != QLatin1String("canceled") && state != QLatin1String("rejected");
    set(model, id, QStringLiteral("is_reconciled"), effective && !invoices.isEmpty());
    if (m_orm.majorVersion() >= 18)
        set(model, id, QStringLiteral("is_matched"), state == QLatin1String("paid"));
    if (effective
        && (get(model, id, kName).toString() == QLatin1String("/")
            || get(model, id, kName).toString().isEmpty())) {
        const QString date = get(model, id, QStringLiteral("date")).toString();
        set(model, id, kName, nextSequence(model, QStringLiteral("PBNK1/%1/").arg(date.left(4))));
    }
    for (qint64 invoice : invoices) {
        if (store().exists(QStringLiteral("account.move"), invoice))
            recomputeMove(invoice);
    }
}

void OdooBusinessRules::recomputeTimesheet(qint64 id)
{
    const QString model = QStringLiteral("account.analytic.line");
    const qint64 employee = toId(get(model, id, kEmployee));
    const qint64 project = toId(get(model, id, kProject));
    if (employee != 0) {
        set(model, id, QStringLiteral("user_id"),
            get(QStringLiteral("hr.employee"), employee, QStringLiteral("user_id")));
        const double cost =
            get(QStringLiteral("hr.employee"), employee, QStringLiteral("hourly_cost")).toDouble();
        set(model, id, QStringLiteral("amount"),
            round2(-get(model, id, QStringLiteral("unit_amount")).toDouble() * cost));
    }
    if (project != 0) {
        const QString accountField =
            m_orm.majorVersion() >= 18 ? QStringLiteral("account_id") : QStringLiteral("analytic_account_id");
        set(model, id, QStringLiteral("account_id"),
            get(QStringLiteral("project.project"), project, accountField));
        if (toId(get(model, id, kPartner)) == 0)
            set(model, id, kPartner, get(QStringLiteral("project.project"), project, kPartner));
    }
    const qint64 company = toId(get(model, id, kCompany));
    set(model, id, kCurrency, idValue(companyCurrency(company)));
}

Result<QJsonValue> OdooBusinessRules::postMoves(const QList<qint64> &ids, const OdooEnv &env)
{
    const QString model = QStringLiteral("account.move");
    for (qint64 id : ids) {
        if (get(model, id, kState).toString() != QLatin1String("draft"))
            return OdooFault::userError(tr("Only draft journal entries can be posted."));
        const QString type = get(model, id, QStringLiteral("move_type")).toString();
        if (type != QLatin1String("entry") && toId(get(model, id, kPartner)) == 0) {
            return OdooFault::userError(
                tr("The field 'Customer' is required, please complete it to validate the Customer Invoice."));
        }
        if (store().referencing(QStringLiteral("account.move.line"), kMove, id).isEmpty())
            return OdooFault::userError(tr("You need to add a line before posting."));
        if (type != QLatin1String("entry") && !truthy(get(model, id, QStringLiteral("invoice_date"))))
            set(model, id, QStringLiteral("invoice_date"), env.today());
        set(model, id, kState, QStringLiteral("posted"));
        recomputeMove(id);
        for (qint64 line : store().referencing(QStringLiteral("account.move.line"), kMove, id))
            recomputeMoveLine(line);
    }
    return QJsonValue(false);
}

Result<QJsonValue> OdooBusinessRules::postPayments(const QList<qint64> &ids, const OdooEnv &env)
{
    Q_UNUSED(env)
    const QString model = QStringLiteral("account.payment");
    for (qint64 id : ids) {
        if (get(model, id, kState).toString() != QLatin1String("draft"))
            return OdooFault::userError(tr("Only a draft payment can be posted."));
        set(model, id, kState,
            m_orm.majorVersion() >= 18 ? QStringLiteral("in_process") : QStringLiteral("posted"));
        recomputePayment(id);
    }
    return QJsonValue(QJsonValue::Null);
}

Result<QJsonValue> OdooBusinessRules::setState(const QString &model, const QList<qint64> &ids,
                                               const QStringList &from, const QString &to,
                                               const QString &refusal, const QJsonValue &returned)
{
    for (qint64 id : ids) {
        if (!from.isEmpty() && !from.contains(get(model, id, kState).toString()))
            return OdooFault::userError(refusal);
    }
    for (qint64 id : ids) {
        set(model, id, kState, to);
        recompute(model, { id }, {});
    }
    return returned;
}

Result<QJsonValue> OdooBusinessRules::checkObjectReference(const QString &module, const QString &name) const
{
    for (const auto &[id, row] : store().table(QStringLiteral("ir.model.data"))) {
        if (row.value(QStringLiteral("module")).toString() == module && row.value(kName).toString() == name)
            return QJsonValue(
                QJsonArray { row.value(QStringLiteral("model")), row.value(QStringLiteral("res_id")) });
    }
    return OdooFault::valueError(tr("External ID not found in the system: %1.%2").arg(module, name));
}

std::optional<Result<QJsonValue>> OdooBusinessRules::callMethod(const QString &model, const QString &method,
                                                                const QList<qint64> &ids,
                                                                const QJsonArray &args,
                                                                const QJsonObject &kwargs, const OdooEnv &env)
{
    const OdooModelDef *def = store().modelDef(model);
    const bool newPayments = m_orm.majorVersion() >= 18;
    if (def && def->hasActive()
        && (method == QLatin1String("action_archive") || method == QLatin1String("action_unarchive"))) {
        Result<void> written =
            m_orm.write(model, ids, { { kActive, method == QLatin1String("action_unarchive") } }, env);
        return written ? Result<QJsonValue>(QJsonValue(true)) : Result<QJsonValue>(written.error());
    }
    if (model == QLatin1String("account.move")) {
        if (method == QLatin1String("action_post"))
            return postMoves(ids, env);
        if (method == QLatin1String("button_draft"))
            return setState(
                model, ids, { QStringLiteral("posted"), QStringLiteral("cancel") }, QStringLiteral("draft"),
                tr("Only posted/cancelled journal entries can be reset to draft."), QJsonValue::Null);
        if (method == QLatin1String("button_cancel"))
            return setState(model, ids, { QStringLiteral("draft") }, QStringLiteral("cancel"),
                            tr("Only draft journal entries can be cancelled."), QJsonValue::Null);
    }
    if (model == QLatin1String("account.payment")) {
        if (method == QLatin1String("action_post"))
            return postPayments(ids, env);
        if (method == QLatin1String("action_draft"))
            return setState(model, ids, {}, QStringLiteral("draft"), {}, QJsonValue::Null);
        if (method == QLatin1String("action_cancel"))
            return setState(model, ids, {},
                            newPayments ? QStringLiteral("canceled") : QStringLiteral("cancel"), {},
                            QJsonValue::Null);
    }
    if (model == QLatin1String("sale.order")) {
        if (method == QLatin1String("action_confirm"))
            return setState(model, ids, { QStringLiteral("draft"), QStringLiteral("sent") },
                            QStringLiteral("sale"),
                            tr("Some orders are not in a state requiring confirmation."), true);
        if (method == QLatin1String("action_cancel"))
            return setState(model, ids, {}, QStringLiteral("cancel"), {}, true);
        if (method == QLatin1String("action_draft"))
            return setState(model, ids, { QStringLiteral("cancel"), QStringLiteral("sent") },
                            QStringLiteral("draft"),
                            tr("Only cancelled or sent quotations can be set back to draft."), true);
    }
    if (model == QLatin1String("crm.lead")) {
        if (method == QLatin1String("action_set_won")) {
            Result<void> written = m_orm.write(model, ids,
                                               { { QStringLiteral("probability"), 100 },
                                                 { QStringLiteral("date_closed"), env.nowString() } },
                                               env);
            return written ? Result<QJsonValue>(QJsonValue(true)) : Result<QJsonValue>(written.error());
        }
        if (method == QLatin1String("action_set_lost")) {
            QJsonObject vals { { kActive, false },
                               { QStringLiteral("probability"), 0 },
                               { QStringLiteral("date_closed"), env.nowString() } };
            const QJsonValue reason = kwargs.value(QStringLiteral("lost_reason"));
            if (reason.isString())
                vals.insert(QStringLiteral("lost_reason"), reason);
            Result<void> written = m_orm.write(model, ids, vals, env);
            return written ? Result<QJsonValue>(QJsonValue(true)) : Result<QJsonValue>(written.error());
        }
    }
    if (model == QLatin1String("res.users") && method == QLatin1String("context_get")) {
        const QString tz = get(model, env.uid, QStringLiteral("tz")).toString();
        const QString lang = get(model, env.uid, QStringLiteral("lang")).toString();
        return Result<QJsonValue>(
            QJsonObject { { QStringLiteral("lang"), lang.isEmpty() ? QStringLiteral("en_US") : lang },
                          { QStringLiteral("tz"), tz.isEmpty() ? QJsonValue(false) : QJsonValue(tz) },
                          { QStringLiteral("uid"), static_cast<double>(env.uid) } });
    }
    if (model == QLatin1String("ir.model.data")) {
        if (method == QLatin1String("check_object_reference")) {
            const QString module = args.at(0).toString(kwargs.value(QStringLiteral("module")).toString());
            const QString name = args.at(1).toString(kwargs.value(QStringLiteral("xml_id")).toString());
            return checkObjectReference(module, name);
        }
        if (method == QLatin1String("xmlid_to_res_model_res_id")
            || method == QLatin1String("_xmlid_to_res_model_res_id")) {
            const QString xmlid = args.at(0).toString(kwargs.value(QStringLiteral("xmlid")).toString());
            const qsizetype dot = xmlid.indexOf(QLatin1Char('.'));
            return checkObjectReference(xmlid.left(dot), xmlid.mid(dot + 1));
        }
    }
    return std::nullopt;
}

} // namespace cw
