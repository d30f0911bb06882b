#include "bullhornrecordmapper.h"

#include "connectors/isotime.h"

#include <cmath>

namespace cw {

namespace {

QString idText(const JsonNode &value)
{
    const qint64 id = value.toInteger();
    return id > 0 ? QString::number(id) : QString();
}

QString linkId(const JsonNode &object, const char *field)
{
    return idText(object[field]["id"]);
}

QString text(const JsonNode &object, const char *field)
{
    return object[field].toString().trimmed();
}

QVariant minorUnits(const JsonNode &value)
{
    if (!value.isNumber())
        return QVariant();
    return QVariant(static_cast<qint64>(std::llround(value.toDouble() * 100.0)));
}

/// currencyUnit is a link to CurrencyUnit ({id, alphabeticCode}) in Bullhorn; some exports hold the code
/// itself.
QString currency(const JsonNode &value)
{
    return value.isObject() ? value["alphabeticCode"].toString() : value.toString();
}

Error unusable(const QString &message, const QString &detail)
{
    return Error(Error::Category::Validation, message, detail)
        .setCode(QStringLiteral("bullhorn.unusable_record"));
}

CacheRecord base(const JsonNode &object)
{
    CacheRecord record;
    record.externalId = idText(object["id"]);
    record.raw = object.compact();
    return record;
}

Result<QString> modified(const JsonNode &object, const QString &entity)
{
    const qint64 ms = BullhornRecordMapper::modifiedMs(object);
    if (ms <= 0)
        return unusable(BullhornRecordMapper::tr("Bullhorn %1 %2 has no readable dateLastModified.")
                            .arg(entity, idText(object["id"])),
                        QStringLiteral("dateLastModified"));
    return BullhornRecordMapper::isoInstant(ms);
}

/// The cache's status of a Time & Expense approval lookup.
QString approvalStatus(const JsonNode &object, const char *lookupField)
{
    const QString approval = object[lookupField]["label"].toString().toLower();
    if (approval == QLatin1String("approved") || approval == QLatin1String("completed"))
        return QStringLiteral("approved");
    if (approval == QLatin1String("rejected"))
        return QStringLiteral("rejected");
    return QStringLiteral("submitted");
}

QString earnCodeOf(const JsonNode &object)
{
    return object["earnCode"]["code"].toString();
}

const QString kBillableTime = QStringLiteral("BillableTime");
const QString kBillableExpense = QStringLiteral("BillableExpense");
const QString kTransactionPrefix = QStringLiteral("bmt-");

CacheRecord deleted(const JsonNode &object)
{
    CacheRecord record;
    record.externalId = idText(object["id"]);
    record.deleted = true;
    return record;
}

} // namespace

QString BullhornRecordMapper::fields(const QString &entity, const BullhornConfig &config)
{
    if (entity == QLatin1String("ClientCorporation"))
        return QStringLiteral("id,name,status,companyURL,phone,address,%1,%2,dateLastModified")
            .arg(config.vatField, config.businessUnitField);
    if (entity == QLatin1String("ClientContact"))
        return QStringLiteral(
            "id,firstName,lastName,email,phone,clientCorporation(id),isDeleted,dateLastModified");
    if (entity == QLatin1String("Candidate"))
        return QStringLiteral("id,firstName,lastName,name,email,employeeType,isDeleted,dateLastModified");
    if (entity == QLatin1String("Placement"))
        return QStringLiteral(
            "id,candidate(id),jobOrder(id,title,clientCorporation(id)),dateBegin,dateEnd,status,"
            "clientBillRate,payRate,currencyUnit,costCenter,dateLastModified");
    if (entity == QLatin1String("ExpenseSheetEntry"))
        return QStringLiteral(
            "id,expenseSheet(id,placement(id)),expenseSheetDay,quantity,amount,currencyUnit,billable,comment,"
            "earnCode(id,code,title),expenseSheetEntryApprovalStatusLookup(id,label),"
            "voidingExpenseSheetEntry(id),"
            "dateLastModified");
    if (entity == kBillableTime || entity == kBillableExpense)
        return QStringLiteral("id,quantity,rate,amount,currencyUnit,isUnbillable,reversalOfTransaction(id),"
                              "billMaster(id,transactionDate,earnCode(id,code,title),billableCharge(id,"
                              "status(id,label),placement(id))),"
                              "dateLastModified");
    return QStringLiteral(
        "id,timesheet(id,placement(id,currencyUnit)),timesheetDay,quantity,billRate,payRate,"
        "earnCode(id,code),timesheetEntryApprovalStatusLookup(id,label),voidingTimesheetEntry(id),"
        "dateLastModified");
}

QString BullhornRecordMapper::queriedEntity(const QString &entity)
{
    return entity == kBillableTime || entity == kBillableExpense ? QStringLiteral("BillMasterTransaction")
                                                                 : entity;
}

QString BullhornRecordMapper::scope(const QString &entity)
{
    // The charge's own link says which kind it is; entryTypeLookup's ids are not documented.
    if (entity == kBillableTime)
        return QStringLiteral("billMaster.billableCharge.timesheet IS NOT NULL");
    if (entity == kBillableExpense)
        return QStringLiteral("billMaster.billableCharge.expenseSheet IS NOT NULL");
    return {};
}

QString BullhornRecordMapper::table(const QString &entity)
{
    if (entity == QLatin1String("ClientContact"))
        return QStringLiteral("contact");
    if (entity == QLatin1String("Candidate"))
        return QStringLiteral("consultant");
    if (entity == QLatin1String("Placement"))
        return QStringLiteral("placement");
    if (entity == QLatin1String("TimesheetEntry") || entity == kBillableTime)
        return QStringLiteral("timesheet_line");
    if (entity == QLatin1String("ExpenseSheetEntry") || entity == kBillableExpense)
        return QStringLiteral("expense");
    return QStringLiteral("customer");
}

Result<CacheRecord> BullhornRecordMapper::map(const QString &entity, const JsonNode &object,
                                              const BullhornConfig &config)
{
    if (entity == QLatin1String("ClientContact"))
        return contact(object);
    if (entity == QLatin1String("Candidate"))
        return consultant(object);
    if (entity == QLatin1String("Placement"))
        return placement(object);
    if (entity == QLatin1String("TimesheetEntry"))
        return timesheetLine(object, config);
    if (entity == QLatin1String("ExpenseSheetEntry"))
        return expense(object, config);
    if (entity == kBillableTime)
        return billableTime(object, config);
    if (entity == kBillableExpense)
        return billableExpense(object, config);
    return customer(object, config);
}

qint64 BullhornRecordMapper::modifiedMs(const JsonNode &object)
{
    return object["dateLastModified"].toInteger();
}

QString BullhornRecordMapper::isoInstant(qint64 epochMs)
{
    return IsoTime::instant(epochMs);
}

QString BullhornRecordMapper::isoDate(const JsonNode &value)
{
    if (value.isNumber())
        return IsoTime::date(value.toInteger());
    return IsoTime::date(value.toString());
}

QString BullhornRecordMapper::externalId(const QString &entity, const JsonNode &object)
{
    const QString id = idText(object["id"]);
    return queriedEntity(entity) == entity ? id : kTransactionPrefix + id;
}

QString BullhornRecordMapper::voidedEntry(const QString &entity, const JsonNode &object)
{
    for (const char *field : { "voidingTimesheetEntry", "voidingExpenseSheetEntry" }) {
        if (const QString id = linkId(object, field); !id.isEmpty())
            return id;
    }
    const QString reversed = linkId(object, "reversalOfTransaction");
    return reversed.isEmpty() || queriedEntity(entity) == entity ? QString() : kTransactionPrefix + reversed;
}

Result<CacheRecord> BullhornRecordMapper::customer(const JsonNode &object, const BullhornConfig &config)
{
    CacheRecord record = base(object);
    const QString name = text(object, "name");
    if (name.isEmpty())
        return unusable(tr("Bullhorn client corporation %1 has no name.").arg(record.externalId),
                        QStringLiteral("name"));
    const Result<QString> stamp = modified(object, QStringLiteral("ClientCorporation"));
    if (!stamp)
        return stamp.error();
    const QString bullhornStatus = text(object, "status");
    QString status = QStringLiteral("active");
    if (bullhornStatus.compare(QLatin1String("Archive"), Qt::CaseInsensitive) == 0)
        status = QStringLiteral("archived");
    else if (bullhornStatus.compare(QLatin1String("Prospect"), Qt::CaseInsensitive) == 0
             || bullhornStatus.compare(QLatin1String("Lead"), Qt::CaseInsensitive) == 0)
        status = QStringLiteral("not_customer");
    const JsonNode address = object["address"];
    record.fields = {
        { QStringLiteral("name"), name },
        { QStringLiteral("vat"), object[config.vatField.toStdString()].toString().trimmed() },
        { QStringLiteral("phone"), text(object, "phone") },
        { QStringLiteral("website"), text(object, "companyURL") },
        { QStringLiteral("street"), text(address, "address1") },
        { QStringLiteral("postcode"), text(address, "zip") },
        { QStringLiteral("city"), text(address, "city") },
        { QStringLiteral("country"), text(address, "countryName") },
        { QStringLiteral("business_unit"),
          object[config.businessUnitField.toStdString()].toString().trimmed() },
        { QStringLiteral("status"), status },
        { QStringLiteral("modified_at"), stamp.value() },
    };
    return record;
}

Result<CacheRecord> BullhornRecordMapper::contact(const JsonNode &object)
{
    if (object["isDeleted"].toBool())
        return deleted(object);
    CacheRecord record = base(object);
    const Result<QString> stamp = modified(object, QStringLiteral("ClientContact"));
    if (!stamp)
        return stamp.error();
    record.fields = {
        { QStringLiteral("first_name"), text(object, "firstName") },
        { QStringLiteral("last_name"), text(object, "lastName") },
        { QStringLiteral("email"), text(object, "email") },
        { QStringLiteral("phone"), text(object, "phone") },
        { QStringLiteral("modified_at"), stamp.value() },
    };
    const QString company = linkId(object, "clientCorporation");
    if (!company.isEmpty())
        record.references.append({ QStringLiteral("customer_id"), QStringLiteral("customer"), company, 0 });
    return record;
}

Result<CacheRecord> BullhornRecordMapper::consultant(const JsonNode &object)
{
    if (object["isDeleted"].toBool())
        return deleted(object);
    CacheRecord record = base(object);
    QString name = text(object, "name");
    if (name.isEmpty())
        name = QStringLiteral("%1 %2").arg(text(object, "firstName"), text(object, "lastName")).trimmed();
    if (name.isEmpty())
        return unusable(tr("Bullhorn candidate %1 has no name.").arg(record.externalId),
                        QStringLiteral("name"));
    const Result<QString> stamp = modified(object, QStringLiteral("Candidate"));
    if (!stamp)
        return stamp.error();
    const QString type = text(object, "employeeType").toLower();
    QString employment = type;
    if (type == QLatin1String("w2") || type == QLatin1String("employee"))
        employment = QStringLiteral("employee");
    else if (type == QLatin1String("1099") || type == QLatin1String("umbrella")
             || type == QLatin1String("c2c"))
        employment = QStringLiteral("contractor");
    record.fields = {
        { QStringLiteral("name"), name },
        { QStringLiteral("email"), text(object, "email") },
        { QStringLiteral("employment_type"), employment },
        { QStringLiteral("modified_at"), stamp.value() },
    };
    return record;
}

Result<CacheRecord> BullhornRecordMapper::placement(const JsonNode &object)
{
    CacheRecord record = base(object);
    const QString start = isoDate(object["dateBegin"]);
    if (start.isEmpty())
        return unusable(tr("Bullhorn placement %1 has no start date.").arg(record.externalId),
                        QStringLiteral("dateBegin"));
    const Result<QString> stamp = modified(object, QStringLiteral("Placement"));
    if (!stamp)
        return stamp.error();
    const JsonNode job = object["jobOrder"];
    const QString end = isoDate(object["dateEnd"]);
    const QString bullhornStatus = text(object, "status").toLower();
    QString status = QStringLiteral("active");
    if (bullhornStatus == QLatin1String("completed"))
        status = QStringLiteral("ended");
    else if (bullhornStatus == QLatin1String("terminated"))
        status = QStringLiteral("terminated");
    record.fields = {
        { QStringLiteral("job_title"), text(job, "title") },
        { QStringLiteral("start_date"), start },
        { QStringLiteral("end_date"), end.isEmpty() ? QVariant() : QVariant(end) },
        { QStringLiteral("bill_rate_minor"), minorUnits(object["clientBillRate"]) },
        { QStringLiteral("pay_rate_minor"), minorUnits(object["payRate"]) },
        { QStringLiteral("currency"), currency(object["currencyUnit"]) },
        { QStringLiteral("cost_center"), text(object, "costCenter") },
        { QStringLiteral("status"), status },
        { QStringLiteral("modified_at"), stamp.value() },
    };
    // Why through the job order: a Placement has no clientCorporation field of its own.
    const QString customer = linkId(job, "clientCorporation");
    if (!customer.isEmpty())
        record.references.append({ QStringLiteral("customer_id"), QStringLiteral("customer"), customer, 0 });
    const QString candidate = linkId(object, "candidate");
    if (!candidate.isEmpty())
        record.references.append(
            { QStringLiteral("consultant_id"), QStringLiteral("consultant"), candidate, 0 });
    return record;
}

Result<CacheRecord> BullhornRecordMapper::timesheetLine(const JsonNode &object, const BullhornConfig &config)
{
    CacheRecord record = base(object);
    const QString day = isoDate(object["timesheetDay"]);
    if (day.isEmpty())
        return unusable(tr("Bullhorn time entry %1 has no day.").arg(record.externalId),
                        QStringLiteral("timesheetDay"));
    const double hours = object["quantity"].toDouble();
    if (hours < 0)
        return unusable(
            tr("Bullhorn time entry %1 has negative hours but voids no entry.").arg(record.externalId),
            QStringLiteral("quantity %1").arg(hours));
    const Result<QString> stamp = modified(object, QStringLiteral("TimesheetEntry"));
    if (!stamp)
        return stamp.error();
    const JsonNode sheet = object["timesheet"];
    const JsonNode placement = sheet["placement"];
    const QString status = approvalStatus(object, "timesheetEntryApprovalStatusLookup");
    const QString earnCode = earnCodeOf(object);
    record.fields = {
        { QStringLiteral("work_date"), day },
        { QStringLiteral("minutes"), static_cast<qint64>(std::llround(hours * 60.0)) },
        { QStringLiteral("bill_rate_minor"), minorUnits(object["billRate"]) },
        { QStringLiteral("pay_rate_minor"), minorUnits(object["payRate"]) },
        { QStringLiteral("currency"), currency(placement["currencyUnit"]) },
        { QStringLiteral("status"), status },
        { QStringLiteral("billable"), qint64(config.nonBillableEarnCodes.contains(earnCode) ? 0 : 1) },
        { QStringLiteral("modified_at"), stamp.value() },
    };
    const QString placementId = idText(placement["id"]);
    if (!placementId.isEmpty())
        record.references.append(
            { QStringLiteral("placement_id"), QStringLiteral("placement"), placementId, 0 });
    return record;
}

Result<CacheRecord> BullhornRecordMapper::expense(const JsonNode &object, const BullhornConfig &config)
{
    CacheRecord record = base(object);
    const QString day = isoDate(object["expenseSheetDay"]);
    if (day.isEmpty())
        return unusable(tr("Bullhorn expense entry %1 has no day.").arg(record.externalId),
                        QStringLiteral("expenseSheetDay"));
    const QVariant amount = minorUnits(object["amount"]);
    if (!amount.isValid())
        return unusable(tr("Bullhorn expense entry %1 has no amount.").arg(record.externalId),
                        QStringLiteral("amount"));
    const Result<QString> stamp = modified(object, QStringLiteral("ExpenseSheetEntry"));
    if (!stamp)
        return stamp.error();
    const JsonNode earnCode = object["earnCode"];
    const bool billable =
        object["billable"].toBool(true) && !config.nonBillableEarnCodes.contains(earnCodeOf(object));
    QString description = text(object, "comment");
    if (description.isEmpty())
        description = text(earnCode, "title");
    record.fields = {
        { QStringLiteral("expense_date"), day },
        { QStringLiteral("category"), text(earnCode, "code").toLower() },
        { QStringLiteral("description"), description },
        { QStringLiteral("amount_minor"), amount },
        { QStringLiteral("currency"), currency(object["currencyUnit"]) },
        { QStringLiteral("status"), approvalStatus(object, "expenseSheetEntryApprovalStatusLookup") },
        { QStringLiteral("billable"), qint64(billable ? 1 : 0) },
        { QStringLiteral("modified_at"), stamp.value() },
    };
    const QString placementId = linkId(object["expenseSheet"], "placement");
    if (!placementId.isEmpty())
        record.references.append(
            { QStringLiteral("placement_id"), QStringLiteral("placement"), placementId, 0 });
    return record;
}

Result<BullhornRecordMapper::Charged> BullhornRecordMapper::charged(const JsonNode &object,
                                                                    const BullhornConfig &config)
{
    Charged out { base(object), {}, {}, true };
    out.record.externalId = kTransactionPrefix + out.record.externalId;
    const JsonNode master = object["billMaster"];
    out.day = isoDate(master["transactionDate"]);
    if (out.day.isEmpty())
        return unusable(
            tr("Bullhorn bill master transaction %1 has no transaction date.").arg(out.record.externalId),
            QStringLiteral("billMaster.transactionDate"));
    const Result<QString> stamp = modified(object, QStringLiteral("BillMasterTransaction"));
    if (!stamp)
        return stamp.error();
    const JsonNode charge = master["billableCharge"];
    const QString chargeStatus = charge["status"]["label"].toString().toLower();
    // Not every transaction of the charge is approved yet, or a person must look at it first.
    out.status =
        chargeStatus == QLatin1String("not ready to bill") || chargeStatus == QLatin1String("needs review")
        ? QStringLiteral("submitted")
        : QStringLiteral("approved");
    out.billable = !object["isUnbillable"].toBool() && chargeStatus != QLatin1String("unbillable")
        && !config.nonBillableEarnCodes.contains(earnCodeOf(master));
    out.record.fields = {
        { QStringLiteral("currency"), currency(object["currencyUnit"]) },
        { QStringLiteral("status"), out.status },
        { QStringLiteral("billable"), qint64(out.billable ? 1 : 0) },
        { QStringLiteral("modified_at"), stamp.value() },
    };
    const QString placementId = linkId(charge, "placement");
    if (!placementId.isEmpty())
        out.record.references.append(
            { QStringLiteral("placement_id"), QStringLiteral("placement"), placementId, 0 });
    return out;
}

Result<CacheRecord> BullhornRecordMapper::billableTime(const JsonNode &object, const BullhornConfig &config)
{
    Result<Charged> line = charged(object, config);
    if (!line)
        return line.error();
    const double hours = object["quantity"].toDouble();
    if (hours < 0)
        return unusable(
            tr("Bullhorn bill master transaction %1 has negative hours but reverses no transaction.")
                .arg(line.value().record.externalId),
            QStringLiteral("quantity %1").arg(hours));
    CacheRecord record = line.value().record;
    record.fields.append({ QStringLiteral("work_date"), line.value().day });
    record.fields.append({ QStringLiteral("minutes"), static_cast<qint64>(std::llround(hours * 60.0)) });
    record.fields.append({ QStringLiteral("bill_rate_minor"), minorUnits(object["rate"]) });
    return record;
}

Result<CacheRecord> BullhornRecordMapper::billableExpense(const JsonNode &object,
                                                          const BullhornConfig &config)
{
    Result<Charged> line = charged(object, config);
    if (!line)
        return line.error();
    const QVariant amount = minorUnits(object["amount"]);
    if (!amount.isValid())
        return unusable(
            tr("Bullhorn bill master transaction %1 has no amount.").arg(line.value().record.externalId),
            QStringLiteral("amount"));
    const JsonNode earnCode = object["billMaster"]["earnCode"];
    CacheRecord record = line.value().record;
    record.fields.append({ QStringLiteral("expense_date"), line.value().day });
    record.fields.append({ QStringLiteral("category"), text(earnCode, "code").toLower() });
    record.fields.append({ QStringLiteral("description"), text(earnCode, "title") });
    record.fields.append({ QStringLiteral("amount_minor"), amount });
    return record;
}

} // namespace cw
