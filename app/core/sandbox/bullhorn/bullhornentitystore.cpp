#include "bullhornentitystore.h"

#include "bullhornchargebuilder.h"
#include "bullhornfilter.h"
#include "sandbox/demodataset.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cw {

struct BullhornEntityStore::Field
{
    QString name;
    Selection children;
};

namespace {

const QString kId = QStringLiteral("id");
const QString kModified = QStringLiteral("dateLastModified");
const QString kClientCorporation = QStringLiteral("ClientCorporation");
const QString kClientContact = QStringLiteral("ClientContact");
const QString kCandidate = QStringLiteral("Candidate");
const QString kJobOrder = QStringLiteral("JobOrder");
const QString kPlacement = QStringLiteral("Placement");
const QString kTimesheet = QStringLiteral("Timesheet");
const QString kTimesheetEntry = QStringLiteral("TimesheetEntry");
const QString kExpenseSheet = QStringLiteral("ExpenseSheet");
const QString kExpenseSheetEntry = QStringLiteral("ExpenseSheetEntry");
const QString kBillableCharge = QStringLiteral("BillableCharge");
const QString kBillMaster = QStringLiteral("BillMaster");
const QString kBillMasterTransaction = QStringLiteral("BillMasterTransaction");

struct EntityDef
{
    QSet<QString> fields;
    bool searchable = false;
    bool softDelete = false;
    int externalIdMax = 100;
    QSet<QString> readOnly;
};

QSet<QString> customFields(const char *prefix, int count)
{
    QSet<QString> out;
    for (int i = 1; i <= count; ++i)
        out.insert(QLatin1String(prefix) + QString::number(i));
    return out;
}

QSet<QString> names(std::initializer_list<const char *> list)
{
    QSet<QString> out;
    for (const char *name : list)
        out.insert(QLatin1String(name));
    return out;
}

const QHash<QString, EntityDef> &entities()
{
    static const QHash<QString, EntityDef> defs = [] {
        const QSet<QString> common = names({ "id", "dateAdded", "dateLastModified", "externalID" });
        QHash<QString, EntityDef> out;
        out.insert(kClientCorporation,
                   { common
                         + names({ "name", "status", "companyURL", "phone", "address", "billingAddress",
                                   "billingContact", "billingPhone", "billingFrequency", "invoiceFormat",
                                   "taxRate", "parentClientCorporation" })
                         + customFields("customText", 20),
                     true,
                     false,
                     30,
                     {} });
        out.insert(kClientContact,
                   { common
                         + names({ "firstName", "lastName", "name", "email", "phone", "mobile", "occupation",
                                   "clientCorporation", "status", "type", "isDeleted" })
                         + customFields("customText", 20),
                     true,
                     true,
                     30,
                     {} });
        out.insert(kCandidate,
                   { common
                         + names({ "firstName", "lastName", "name", "email", "phone", "status",
                                   "employeeType", "isDeleted" })
                         + customFields("customText", 20),
                     true,
                     true,
                     50,
                     {} });
        out.insert(kJobOrder,
                   { common
                         + names({ "title", "status", "isOpen", "isDeleted", "employmentType",
                                   "clientCorporation", "clientContact", "startDate", "dateEnd",
                                   "clientBillRate", "payRate", "costCenter", "numOpenings" })
                         + customFields("customText", 20),
                     true,
                     true,
                     100,
                     {} });
        out.insert(kPlacement,
                   { names({ "id",
                             "dateAdded",
                             "dateLastModified",
                             "candidate",
                             "jobOrder",
                             "billingClientContact",
                             "approvingClientContact",
                             "dateBegin",
                             "dateEnd",
                             "status",
                             "employmentType",
                             "clientBillRate",
                             "clientOvertimeRate",
                             "payRate",
                             "overtimeRate",
                             "billingFrequency",
                             "costCenter",
                             "invoiceGroupName",
                             "currencyUnit",
                             "lastBteSyncDate" })
                         + customFields("customText", 60) + customFields("customDate", 13)
                         + customFields("customFloat", 23) + customFields("customInt", 23),
                     true, false, 0, names({ "candidate", "jobOrder" }) });
        out.insert(kTimesheet,
                   { common
                         + names({ "placement", "candidate", "clientCorporation", "jobOrder", "endDate",
                                   "hoursWorked", "billed", "paid", "timesheetEntryApprovalStatusLookup",
                                   "approvedBy", "approvedDate", "processingStatus" }),
                     false,
                     false,
                     100,
                     {} });
        out.insert(
            kTimesheetEntry,
            { common
                  + names({ "timesheet", "earnCode", "timesheetEntryApprovalStatusLookup", "timesheetDay",
                            "quantity", "billRate", "payRate", "currencyUnit", "approvalDate", "approvedBy",
                            "comment", "voidingTimesheetEntry", "timesheetVersion" }),
              false,
              false,
              100,
              {} });
        const QSet<QString> sheetFields =
            names({ "placement", "candidate", "clientCorporation", "jobOrder" });
        out.insert(kExpenseSheet,
                   { common + sheetFields
                         + names({ "endDate", "expenseSheetEntryApprovalStatusLookup", "approvalDate",
                                   "approvedBy", "billed", "paid" }),
                     false,
                     false,
                     100,
                     {} });
        out.insert(kExpenseSheetEntry,
                   { common
                         + names({ "expenseSheet", "expenseSheetDay", "earnCode", "quantity", "amount",
                                   "currencyUnit", "billable", "billed", "paid", "comment",
                                   "expenseSheetEntryApprovalStatusLookup", "approvalDate", "approvedBy",
                                   "fileID", "voidingExpenseSheetEntry" }),
                     false,
                     false,
                     100,
                     {} });
        out.insert(
            kBillableCharge,
            { common + sheetFields
                  + names({ "billingClientCorporation", "billingClientContact", "timesheet", "expenseSheet",
                            "currencyUnit", "entryTypeLookup", "periodEndDate", "subtotal", "status",
                            "isInvoiced", "readyToBillOverride", "hasAdjustment", "hasRebill" }),
              false, false, 100, names({ "isInvoiced", "subtotal" }) });
        out.insert(kBillMaster,
                   { names({ "id", "dateAdded", "dateLastModified", "billableCharge", "earnCode",
                             "transactionDate", "transactionStatus", "canInvoice" }),
                     false,
                     false,
                     0,
                     {} });
        out.insert(kBillMasterTransaction,
                   { names({ "id", "dateAdded", "dateLastModified", "billMaster", "quantity", "rate",
                             "amount", "netQuantity", "netAmount", "currencyUnit", "isUnbillable",
                             "wasUnbilled", "reversalOfTransaction" }),
                     false,
                     false,
                     0,
                     {} });
        for (EntityDef &def : out)
            def.readOnly += names({ "id", "dateAdded", "dateLastModified" });
        return out;
    }();
    return defs;
}

/// The entity a to-one field points to; empty for plain values and inline lookups.
QString linkTarget(const QString &field)
{
    static const QHash<QString, QString> links {
        { QStringLiteral("clientCorporation"), kClientCorporation },
        { QStringLiteral("parentClientCorporation"), kClientCorporation },
        { QStringLiteral("clientContact"), kClientContact },
        { QStringLiteral("billingClientContact"), kClientContact },
        { QStringLiteral("approvingClientContact"), kClientContact },
        { QStringLiteral("candidate"), kCandidate },
        { QStringLiteral("jobOrder"), kJobOrder },
        { QStringLiteral("placement"), kPlacement },
        { QStringLiteral("timesheet"), kTimesheet },
        { QStringLiteral("voidingTimesheetEntry"), kTimesheetEntry },
        { QStringLiteral("billingClientCorporation"), kClientCorporation },
        { QStringLiteral("expenseSheet"), kExpenseSheet },
        { QStringLiteral("voidingExpenseSheetEntry"), kExpenseSheetEntry },
        { QStringLiteral("billableCharge"), kBillableCharge },
        { QStringLiteral("billMaster"), kBillMaster },
        { QStringLiteral("reversalOfTransaction"), kBillMasterTransaction },
    };
    return links.value(field);
}

QJsonObject linkTo(qint64 id)
{
    return QJsonObject { { kId, id } };
}

QJsonObject parse(const QByteArray &raw)
{
    return QJsonDocument::fromJson(raw).object();
}

QString approvalLabel(int id)
{
    static const char *const labels[] = { "", "Draft", "Submitted", "Approved", "Completed", "Rejected" };
    return QLatin1String(labels[std::clamp(id, 0, 5)]);
}

QJsonObject approvalLookup(int id)
{
    return QJsonObject { { kId, id }, { QStringLiteral("label"), approvalLabel(id) } };
}

int approvalOf(DemoDataset::LineStatus status)
{
    switch (status) {
    case DemoDataset::LineStatus::Approved:
        return BullhornEntityStore::Approved;
    case DemoDataset::LineStatus::Rejected:
        return BullhornEntityStore::Rejected;
    case DemoDataset::LineStatus::Submitted:
        break;
    }
    return BullhornEntityStore::Submitted;
}

/// The links a BillableCharge shares with its sheet, as bare {id} links.
QJsonObject sheetLinks(const QJsonObject &sheet)
{
    QJsonObject out;
    for (const char *field : { "placement", "candidate", "clientCorporation", "jobOrder" })
        out.insert(QLatin1String(field),
                   linkTo(sheet.value(QLatin1String(field)).toObject().value(kId).toInteger()));
    return out;
}

QJsonObject timeEarnCode(bool billable)
{
    return QJsonObject { { kId, billable ? BullhornEntityStore::Regular : BullhornEntityStore::NonBillable },
                         { QStringLiteral("code"),
                           billable ? QStringLiteral("REG") : QStringLiteral("NB") } };
}

/// The demo's expense earn codes get fixed ids after the time codes.
qint64 expenseEarnCodeId(const QString &code)
{
    static const QStringList codes { QStringLiteral("TRAVEL"), QStringLiteral("HOTEL"),
                                     QStringLiteral("MEALS"), QStringLiteral("MILEAGE"),
                                     QStringLiteral("EQUIP") };
    return 10 + codes.indexOf(code) + 1;
}

double decimal(qint64 minor)
{
    return static_cast<double>(minor) / 100.0;
}

int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull == bNull ? 0 : (aNull ? -1 : 1);
    return a.toVariant().toString().compare(b.toVariant().toString(), Qt::CaseInsensitive);
}

class FieldParser
{
public:
    explicit FieldParser(const QString &text)
        : m_text(text)
    { }

    /// Parses "a,b(c,d(e))" into a tree; empty on a syntax error.
    template<typename Node> std::optional<std::vector<Node>> list()
    {
        std::vector<Node> out;
        while (true) {
            skipSpaces();
            const qsizetype begin = m_pos;
            while (m_pos < m_text.size()
                   && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')
                       || m_text.at(m_pos) == QLatin1Char('*')))
                ++m_pos;
            Node node;
            node.name = m_text.mid(begin, m_pos - begin);
            if (node.name.isEmpty())
                return std::nullopt;
            skipSpaces();
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('(')) {
                ++m_pos;
                auto children = list<Node>();
                skipSpaces();
                if (!children || m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char(')'))
                    return std::nullopt;
                ++m_pos;
                node.children = std::move(*children);
            }
            out.push_back(std::move(node));
            skipSpaces();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char(','))
                return out;
            ++m_pos;
        }
    }
    bool atEnd()
    {
        skipSpaces();
        return m_pos >= m_text.size();
    }

private:
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

BullhornAnswer invalidField(const QString &entity, const QString &field)
{
    return BullhornAnswer::error(
        400, BullhornEntityStore::tr("Invalid field '%1' for entity %2.").arg(field, entity),
        QStringLiteral("errors.invalidField"));
}

} // namespace

BullhornEntityStore::BullhornEntityStore(std::shared_ptr<const Clock> clock)
    : m_clock(std::move(clock))
{
    for (const QString &name : entityNames())
        m_tables.insert(name, {});
}

const QStringList &BullhornEntityStore::entityNames()
{
    static const QStringList list { kClientCorporation, kClientContact, kCandidate,
                                    kJobOrder,          kPlacement,     kTimesheet,
                                    kTimesheetEntry,    kExpenseSheet,  kExpenseSheetEntry,
                                    kBillableCharge,    kBillMaster,    kBillMasterTransaction };
    return list;
}

bool BullhornEntityStore::isSearchable(const QString &entity)
{
    return entities().value(entity).searchable;
}

int BullhornEntityStore::count(const QString &entity) const
{
    const auto table = m_tables.constFind(entity);
    return table == m_tables.cend() ? 0 : static_cast<int>(table->size());
}

void BullhornEntityStore::add(const QString &entity, QJsonObject row)
{
    const qint64 id = row.value(kId).toInteger();
    if (!row.contains(QStringLiteral("dateAdded")))
        row.insert(QStringLiteral("dateAdded"), row.value(kModified));
    m_nextId[entity] = std::max(m_nextId.value(entity), id + 1);
    m_tables[entity].insert_or_assign(id, std::move(row));
}

void BullhornEntityStore::load(const DemoDataset &data, qint64 maxTimeEntries, qint64 maxBillMasters)
{
    for (Table &table : m_tables)
        table.clear();
    m_results.clear();
    for (const DemoDataset::Customer &customer : data.customers) {
        if (customer.system == DemoDataset::Staffing)
            add(kClientCorporation, parse(customer.raw));
    }
    for (const DemoDataset::Contact &contact : data.contacts) {
        if (contact.system != DemoDataset::Staffing)
            continue;
        QJsonObject row = parse(contact.raw);
        row.insert(QStringLiteral("isDeleted"), false);
        row.insert(QStringLiteral("status"), QStringLiteral("Active"));
        add(kClientContact, std::move(row));
    }
    for (const DemoDataset::Consultant &consultant : data.consultants) {
        QJsonObject row = parse(consultant.raw);
        row.insert(QStringLiteral("isDeleted"), false);
        add(kCandidate, std::move(row));
    }
    for (const DemoDataset::Placement &placement : data.placements) {
        QJsonObject row = parse(placement.raw);
        const QJsonObject job = row.value(QStringLiteral("jobOrder")).toObject();
        const qint64 jobId = job.value(kId).toInteger();
        const QJsonObject client = job.value(QStringLiteral("clientCorporation")).toObject();
        const bool ended = row.value(QStringLiteral("status")).toString() == QLatin1String("Completed");
        add(kJobOrder,
            QJsonObject {
                { kId, jobId },
                { QStringLiteral("title"), job.value(QStringLiteral("title")) },
                { QStringLiteral("status"), ended ? QStringLiteral("Closed") : QStringLiteral("Filled") },
                { QStringLiteral("isOpen"), false },
                { QStringLiteral("isDeleted"), false },
                { QStringLiteral("employmentType"), QStringLiteral("Contract") },
                { QStringLiteral("clientCorporation"), linkTo(client.value(kId).toInteger()) },
                { QStringLiteral("startDate"), row.value(QStringLiteral("dateBegin")) },
                { QStringLiteral("costCenter"), row.value(QStringLiteral("costCenter")) },
                { kModified, row.value(kModified) } });
        // Why: a Placement has no clientCorporation of its own; it is reached through the job order.
        row.insert(QStringLiteral("jobOrder"), linkTo(jobId));
        row.insert(QStringLiteral("candidate"),
                   linkTo(row.value(QStringLiteral("candidate")).toObject().value(kId).toInteger()));
        add(kPlacement, std::move(row));
    }
    BullhornChargeBuilder charges(
        [this](const QString &entity, QJsonObject row) { add(entity, std::move(row)); }, maxBillMasters);
    const int placements = loadTime(data, maxTimeEntries, charges);
    loadExpenses(data, placements, charges);
}

int BullhornEntityStore::loadTime(const DemoDataset &data, qint64 maxTimeEntries,
                                  BullhornChargeBuilder &charges)
{
    qint64 entries = 0;
    qint64 nextSheet = 1;
    for (int index = 0; index < static_cast<int>(data.placements.size()); ++index) {
        if (maxTimeEntries >= 0 && entries >= maxTimeEntries)
            return index;
        const DemoDataset::Placement &placement = data.placements[static_cast<std::size_t>(index)];
        const QJsonObject raw = parse(placement.raw);
        const qint64 placementId = placement.externalId.toLongLong();
        const QJsonObject job = raw.value(QStringLiteral("jobOrder")).toObject();
        QJsonObject sheet;
        double hours = 0;
        int sheetStatus = Approved;
        qint64 sheetModified = 0;
        const auto flush = [&] {
            if (sheet.isEmpty())
                return;
            sheet.insert(QStringLiteral("hoursWorked"), hours);
            sheet.insert(QStringLiteral("timesheetEntryApprovalStatusLookup"), approvalLookup(sheetStatus));
            sheet.insert(kModified, sheetModified);
            if (sheetStatus == Approved)
                sheet.insert(QStringLiteral("approvedDate"), sheetModified);
            charges.finish(sheetModified);
            add(kTimesheet, std::exchange(sheet, {}));
        };
        data.forEachTimesheetLine(index, [&](const DemoDataset::TimesheetLine &line) {
            const QDate weekEnd = line.workDate.addDays(7 - line.workDate.dayOfWeek());
            const QString endDate = weekEnd.toString(Qt::ISODate);
            if (sheet.value(QStringLiteral("endDate")).toString() != endDate) {
                flush();
                hours = 0;
                sheetStatus = Approved;
                sheetModified = 0;
                sheet = QJsonObject {
                    { kId, nextSheet++ },
                    { QStringLiteral("placement"), linkTo(placementId) },
                    { QStringLiteral("candidate"), raw.value(QStringLiteral("candidate")).toObject() },
                    { QStringLiteral("jobOrder"), linkTo(job.value(kId).toInteger()) },
                    { QStringLiteral("clientCorporation"),
                      linkTo(
                          job.value(QStringLiteral("clientCorporation")).toObject().value(kId).toInteger()) },
                    { QStringLiteral("endDate"), endDate },
                };
                charges.begin(BullhornChargeBuilder::TimesheetEntry, sheetLinks(sheet),
                              linkTo(sheet.value(kId).toInteger()), endDate,
                              raw.value(QStringLiteral("currencyUnit")));
            }
            const int status = approvalOf(line.status);
            // Submitted time keeps the sheet submitted; a sheet of rejected days only is rejected.
            if (status == Submitted || (status == Rejected && hours == 0 && sheetStatus != Submitted))
                sheetStatus = status;
            else if (status == Approved && sheetStatus == Rejected)
                sheetStatus = Approved;
            const QDate touched = std::min(line.workDate.addDays(1), data.asOf.addDays(-1));
            const qint64 modified =
                DemoDataset::epochMs(touched, 17 * 3600 + static_cast<int>(line.id % 3600));
            sheetModified = std::max(sheetModified, modified);
            hours += line.minutes / 60.0;
            QJsonObject entry { { kId, line.id },
                                { QStringLiteral("timesheet"), linkTo(sheet.value(kId).toInteger()) },
                                { QStringLiteral("timesheetDay"), line.workDate.toString(Qt::ISODate) },
                                { QStringLiteral("quantity"), line.minutes / 60.0 },
                                { QStringLiteral("billRate"), decimal(line.billRateMinor) },
                                { QStringLiteral("payRate"), decimal(line.payRateMinor) },
                                { QStringLiteral("earnCode"), timeEarnCode(line.billable) },
                                { QStringLiteral("timesheetEntryApprovalStatusLookup"),
                                  approvalLookup(status) },
                                { QStringLiteral("voidingTimesheetEntry"), QJsonValue::Null },
                                { QStringLiteral("timesheetVersion"), 1 },
                                { kModified, modified } };
            if (status == Approved)
                entry.insert(QStringLiteral("approvalDate"), modified);
            add(kTimesheetEntry, std::move(entry));
            // Non-billable time is paid but never billed: it has no bill side.
            if (line.billable && status != Rejected)
                charges.addLine(line.workDate, timeEarnCode(true), line.minutes / 60.0,
                                decimal(line.billRateMinor), status == Approved, line.invoiceId != 0);
            ++entries;
        });
        flush();
    }
    return static_cast<int>(data.placements.size());
}

void BullhornEntityStore::loadExpenses(const DemoDataset &data, int placements,
                                       BullhornChargeBuilder &charges)
{
    // One expense sheet per placement and week, as for time.
    std::map<std::pair<int, QDate>, std::vector<const DemoDataset::Expense *>> sheets;
    for (const DemoDataset::Expense &expense : data.expenses) {
        if (expense.placementIndex < placements)
            sheets[{ expense.placementIndex, expense.date.addDays(7 - expense.date.dayOfWeek()) }].push_back(
                &expense);
    }
    qint64 nextSheet = 1;
    for (const auto &[key, expenses] : sheets) {
        const QJsonObject placement = parse(data.placements[static_cast<std::size_t>(key.first)].raw);
        const QJsonObject job = placement.value(QStringLiteral("jobOrder")).toObject();
        const qint64 sheetId = nextSheet++;
        QJsonObject sheet {
            { kId, sheetId },
            { QStringLiteral("placement"), linkTo(placement.value(kId).toInteger()) },
            { QStringLiteral("candidate"),
              linkTo(placement.value(QStringLiteral("candidate")).toObject().value(kId).toInteger()) },
            { QStringLiteral("jobOrder"), linkTo(job.value(kId).toInteger()) },
            { QStringLiteral("clientCorporation"),
              linkTo(job.value(QStringLiteral("clientCorporation")).toObject().value(kId).toInteger()) },
            { QStringLiteral("endDate"), key.second.toString(Qt::ISODate) },
            { QStringLiteral("billed"), false },
            { QStringLiteral("paid"), false },
        };
        charges.begin(BullhornChargeBuilder::ExpenseEntry, sheetLinks(sheet), linkTo(sheetId),
                      key.second.toString(Qt::ISODate), placement.value(QStringLiteral("currencyUnit")));
        int sheetStatus = Rejected;
        qint64 sheetModified = 0;
        for (const DemoDataset::Expense *expense : expenses) {
            const int status = approvalOf(expense->status);
            if (status == Submitted || (status == Approved && sheetStatus == Rejected))
                sheetStatus = status;
            QJsonObject entry = parse(expense->raw);
            const qint64 modified = entry.value(kModified).toInteger();
            sheetModified = std::max(sheetModified, modified);
            QJsonObject earnCode = entry.value(QStringLiteral("earnCode")).toObject();
            earnCode.insert(kId, expenseEarnCodeId(earnCode.value(QStringLiteral("code")).toString()));
            earnCode.insert(QStringLiteral("title"), expense->description);
            entry.remove(QStringLiteral("placement"));
            entry.insert(QStringLiteral("expenseSheet"), linkTo(sheetId));
            entry.insert(QStringLiteral("earnCode"), earnCode);
            entry.insert(QStringLiteral("expenseSheetEntryApprovalStatusLookup"), approvalLookup(status));
            entry.insert(QStringLiteral("voidingExpenseSheetEntry"), QJsonValue::Null);
            if (status == Approved)
                entry.insert(QStringLiteral("approvalDate"), modified);
            add(kExpenseSheetEntry, std::move(entry));
            if (expense->billable && status != Rejected)
                charges.addLine(expense->date, earnCode, 1.0, decimal(expense->amountMinor),
                                status == Approved, expense->invoiceId != 0);
        }
        sheet.insert(QStringLiteral("expenseSheetEntryApprovalStatusLookup"), approvalLookup(sheetStatus));
        sheet.insert(kModified, sheetModified);
        if (sheetStatus == Approved)
            sheet.insert(QStringLiteral("approvalDate"), sheetModified);
        charges.finish(sheetModified);
        add(kExpenseSheet, std::move(sheet));
    }
}

const QJsonObject *BullhornEntityStore::find(const QString &entity, qint64 id) const
{
    const auto table = m_tables.constFind(entity);
    if (table == m_tables.cend())
        return nullptr;
    const auto row = table->find(id);
    return row == table->end() ? nullptr : &row->second;
}

QJsonObject BullhornEntityStore::record(const QString &entity, qint64 id) const
{
    const QJsonObject *row = find(entity, id);
    return row ? *row : QJsonObject();
}

QJsonValue BullhornEntityStore::resolve(const QString &entity, const QJsonObject &row,
                                        const QString &path) const
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QString head = dot < 0 ? path : path.left(dot);
    const QJsonValue value = row.value(head);
    if (dot < 0)
        return value;
    const QString rest = path.mid(dot + 1);
    const QJsonObject inner = value.toObject();
    const QString target = linkTarget(head);
    if (!target.isEmpty() && rest != kId) {
        const QJsonObject *linked = find(target, inner.value(kId).toInteger());
        return linked ? resolve(target, *linked, rest) : QJsonValue(QJsonValue::Undefined);
    }
    return resolve(entity, inner, rest);
}

Result<BullhornEntityStore::Selection> BullhornEntityStore::parseFields(const QString &entity,
                                                                        const QString &text) const
{
    FieldParser parser(text);
    std::optional<Selection> fields = parser.list<Field>();
    if (!fields || !parser.atEnd())
        return Error(Error::Category::Validation, tr("Malformed fields parameter \"%1\".").arg(text));
    const EntityDef def = entities().value(entity);
    for (const Field &field : *fields) {
        if (field.name == QLatin1String("*"))
            return Error(Error::Category::Validation, tr("fields=* is only allowed on meta calls."));
        if (!def.fields.contains(field.name))
            return Error(Error::Category::Validation,
                         tr("Invalid field '%1' for entity %2.").arg(field.name, entity));
        const QString target = linkTarget(field.name);
        if (target.isEmpty() || field.children.empty())
            continue;
        QStringList nested;
        for (const Field &child : field.children)
            nested << child.name;
        Result<Selection> inner = parseFields(target, nested.join(QLatin1Char(',')));
        if (!inner)
            return inner.error();
    }
    return *fields;
}

QJsonObject BullhornEntityStore::render(const QString &entity, const QJsonObject &row,
                                        const Selection &fields) const
{
    QJsonObject out;
    for (const Field &field : fields) {
        const QJsonValue value = row.value(field.name);
        if (field.children.empty() || !value.isObject()) {
            out.insert(field.name, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
            continue;
        }
        const QString target = linkTarget(field.name);
        const QJsonObject *linked =
            target.isEmpty() ? nullptr : find(target, value.toObject().value(kId).toInteger());
        out.insert(
            field.name,
            render(target.isEmpty() ? entity : target, linked ? *linked : value.toObject(), field.children));
    }
    return out;
}

Result<std::vector<qint64>> BullhornEntityStore::matching(const ReadRequest &request, bool search)
{
    const QString key =
        QStringLiteral("%1|%2|%3|%4")
            .arg(request.entity, search ? QStringLiteral("s") : QString(), request.filter, request.orderBy);
    const auto cached = m_results.constFind(key);
    if (cached != m_results.cend())
        return *cached;
    Result<BullhornFilter> filter =
        search ? BullhornFilter::parseLucene(request.filter) : BullhornFilter::parseWhere(request.filter);
    if (!filter)
        return filter.error();
    const EntityDef def = entities().value(request.entity);
    for (const QString &path : filter.value().paths()) {
        if (!def.fields.contains(path.section(QLatin1Char('.'), 0, 0)))
            return Error(Error::Category::Validation,
                         tr("Invalid field '%1' for entity %2.").arg(path, request.entity));
    }
    struct Order
    {
        QString path;
        bool descending = false;
    };
    std::vector<Order> orders;
    for (QString part : request.orderBy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        const bool descending = part.startsWith(QLatin1Char('-'));
        orders.push_back({ descending ? part.mid(1) : part, descending });
    }
    struct Hit
    {
        std::vector<QJsonValue> keys;
        qint64 id;
    };
    std::vector<Hit> hits;
    // Why constFind: QHash::value() would copy the whole table for every query.
    const auto table = m_tables.constFind(request.entity);
    for (const auto &[id, row] : *table) {
        const QJsonObject &current = row;
        if (!filter.value().matches(
                [&](const QString &path) { return resolve(request.entity, current, path); }))
            continue;
        Hit hit { {}, id };
        for (const Order &order : orders)
            hit.keys.push_back(resolve(request.entity, row, order.path));
        hits.push_back(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(), [&](const Hit &a, const Hit &b) {
        for (std::size_t i = 0; i < orders.size(); ++i) {
            const int c = compareValues(a.keys[i], b.keys[i]);
            if (c != 0)
                return orders[i].descending ? c > 0 : c < 0;
        }
        return a.id < b.id;
    });
    std::vector<qint64> ids;
    ids.reserve(hits.size());
    for (const Hit &hit : hits)
        ids.push_back(hit.id);
    // A handful of live result sets is all a paging client needs.
    if (m_results.size() >= 16)
        m_results.clear();
    m_results.insert(key, ids);
    return ids;
}

BullhornAnswer BullhornEntityStore::read(const ReadRequest &request, bool search)
{
    if (!entities().contains(request.entity))
        return BullhornAnswer::error(400, tr("'%1' is not a valid entity type.").arg(request.entity),
                                     QStringLiteral("errors.invalidEntityType"));
    if (m_hidden.contains(request.entity))
        return hidden(request.entity);
    if (search && !isSearchable(request.entity))
        return BullhornAnswer::error(
            400, tr("Entity type %1 is not indexed for search; use /query.").arg(request.entity),
            QStringLiteral("errors.search.notIndexed"));
    if (request.fields.isEmpty() && !request.totalOnly)
        return BullhornAnswer::error(400, tr("Either the fields or the layout parameter is required."),
                                     QStringLiteral("errors.fieldsOrLayoutRequired"));
    Result<Selection> fields = request.totalOnly ? Selection() : parseFields(request.entity, request.fields);
    if (!fields)
        return BullhornAnswer::error(400, fields.error().userMessage(),
                                     QStringLiteral("errors.invalidField"));
    if (request.start < 0 || request.count < 0)
        return BullhornAnswer::error(400, tr("start and count must not be negative."),
                                     QStringLiteral("errors.badRequest"));
    Result<std::vector<qint64>> ids = matching(request, search);
    if (!ids)
        return BullhornAnswer::error(400, ids.error().userMessage(), QStringLiteral("errors.badQuery"));
    const auto total = static_cast<qint64>(ids.value().size());
    if (request.totalOnly)
        return { 200, QJsonObject { { QStringLiteral("total"), total } } };
    const int count = std::min(request.count, kMaxCount);
    QJsonArray data;
    const Table &table = m_tables[request.entity];
    for (qint64 i = request.start; i < std::min<qint64>(total, qint64(request.start) + count); ++i) {
        QJsonObject item =
            render(request.entity, table.at(ids.value()[static_cast<std::size_t>(i)]), fields.value());
        if (search)
            item.insert(QStringLiteral("_score"), 1.0);
        data.append(item);
    }
    QJsonObject body { { QStringLiteral("start"), request.start },
                       { QStringLiteral("count"), data.size() },
                       { QStringLiteral("data"), data } };
    if (search || request.showTotal)
        body.insert(QStringLiteral("total"), total);
    return { 200, body };
}

BullhornAnswer BullhornEntityStore::query(const ReadRequest &request)
{
    return read(request, false);
}

BullhornAnswer BullhornEntityStore::search(const ReadRequest &request)
{
    return read(request, true);
}

BullhornAnswer BullhornEntityStore::get(const QString &entity, const QString &ids,
                                        const QString &fields) const
{
    if (!entities().contains(entity))
        return BullhornAnswer::error(400, tr("'%1' is not a valid entity type.").arg(entity),
                                     QStringLiteral("errors.invalidEntityType"));
    if (m_hidden.contains(entity))
        return hidden(entity);
    Result<Selection> selection = parseFields(entity, fields);
    if (fields.isEmpty() || !selection)
        return BullhornAnswer::error(400,
                                     fields.isEmpty()
                                         ? tr("Either the fields or the layout parameter is required.")
                                         : selection.error().userMessage(),
                                     QStringLiteral("errors.invalidField"));
    const QStringList list = ids.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonArray found;
    for (const QString &id : list) {
        if (const QJsonObject *row = find(entity, id.toLongLong()))
            found.append(render(entity, *row, selection.value()));
    }
    if (found.isEmpty()) {
        BullhornAnswer missing =
            BullhornAnswer::error(404, tr("Entity not found."), QStringLiteral("errors.entityNotFound"));
        missing.body.insert(QStringLiteral("entityName"), entity);
        missing.body.insert(QStringLiteral("entityId"), list.value(0).toLongLong());
        return missing;
    }
    return {
        200, QJsonObject { { QStringLiteral("data"), list.size() == 1 ? found.first() : QJsonValue(found) } }
    };
}

std::optional<BullhornAnswer> BullhornEntityStore::checkWrite(const QString &entity,
                                                              const QJsonObject &values, bool creating) const
{
    const auto defs = entities().constFind(entity);
    if (defs == entities().cend())
        return BullhornAnswer::error(400, tr("'%1' is not a valid entity type.").arg(entity),
                                     QStringLiteral("errors.invalidEntityType"));
    QJsonArray errors;
    const auto problem = [&](const QString &field, const char *type, const QString &message) {
        errors.append(QJsonObject { { QStringLiteral("propertyName"), field },
                                    { QStringLiteral("severity"), QStringLiteral("ERROR") },
                                    { QStringLiteral("type"), QLatin1String(type) },
                                    { QStringLiteral("detailMessage"), message } });
    };
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!defs->fields.contains(it.key()))
            return invalidField(entity, it.key());
        const bool fixedAfterCreate = defs->readOnly.contains(it.key()) && it.key() != kId
            && it.key() != kModified && it.key() != QLatin1String("dateAdded");
        if (defs->readOnly.contains(it.key()) && !(creating && fixedAfterCreate))
            problem(it.key(), "READ_ONLY", tr("%1 cannot be changed.").arg(it.key()));
        if (it.key() == QLatin1String("externalID") && it.value().toString().size() > defs->externalIdMax)
            problem(it.key(), "MAX_LENGTH",
                    tr("externalID is longer than %1 characters.").arg(defs->externalIdMax));
    }
    if (creating && entity == kClientCorporation && values.value(QStringLiteral("name")).toString().isEmpty())
        problem(QStringLiteral("name"), "REQUIRED_FIELD", tr("name is required."));
    if (errors.isEmpty())
        return std::nullopt;
    return BullhornAnswer::error(400, tr("error persisting an entity of type: %1").arg(entity),
                                 QStringLiteral("errors.cannotPersistEntity"), errors);
}

void BullhornEntityStore::stamp(QJsonObject &row)
{
    row.insert(kModified, m_clock->now().toMSecsSinceEpoch());
    m_results.clear();
}

BullhornAnswer BullhornEntityStore::update(const QString &entity, qint64 id, const QJsonObject &changes)
{
    if (auto refused = checkWrite(entity, changes, false))
        return *refused;
    if (!find(entity, id))
        return get(entity, QString::number(id), kId);
    touch(entity, id, changes);
    return { 200,
             QJsonObject { { QStringLiteral("changedEntityType"), entity },
                           { QStringLiteral("changedEntityId"), id },
                           { QStringLiteral("changeType"), QStringLiteral("UPDATE") },
                           { QStringLiteral("data"), changes } } };
}

BullhornAnswer BullhornEntityStore::create(const QString &entity, const QJsonObject &values)
{
    if (auto refused = checkWrite(entity, values, true))
        return *refused;
    QJsonObject row = values;
    const qint64 id = m_nextId.value(entity, 1);
    row.insert(kId, id);
    if (entities().value(entity).softDelete)
        row.insert(QStringLiteral("isDeleted"), false);
    stamp(row);
    row.insert(QStringLiteral("dateAdded"), row.value(kModified));
    add(entity, row);
    return { 200,
             QJsonObject { { QStringLiteral("changedEntityType"), entity },
                           { QStringLiteral("changedEntityId"), id },
                           { QStringLiteral("changeType"), QStringLiteral("INSERT") },
                           { QStringLiteral("data"), values } } };
}

BullhornAnswer BullhornEntityStore::remove(const QString &entity, qint64 id)
{
    if (!find(entity, id))
        return get(entity, QString::number(id), kId);
    if (entity == kClientCorporation || entity == kPlacement)
        return BullhornAnswer::error(400, tr("Entities of type %1 cannot be deleted.").arg(entity),
                                     QStringLiteral("errors.cannotDeleteEntity"));
    if (entities().value(entity).softDelete)
        touch(entity, id, QJsonObject { { QStringLiteral("isDeleted"), true } });
    else
        m_tables[entity].erase(id);
    m_results.clear();
    return { 200,
             QJsonObject { { QStringLiteral("changedEntityType"), entity },
                           { QStringLiteral("changedEntityId"), id },
                           { QStringLiteral("changeType"), QStringLiteral("DELETE") } } };
}

bool BullhornEntityStore::touch(const QString &entity, qint64 id, const QJsonObject &changes)
{
    auto table = m_tables.find(entity);
    if (table == m_tables.end())
        return false;
    const auto row = table->find(id);
    if (row == table->end())
        return false;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        row->second.insert(it.key(), it.value());
    stamp(row->second);
    return true;
}

qint64 BullhornEntityStore::addCorrection(const QString &entity, qint64 id, const QStringList &negated,
                                          const QString &link)
{
    const QJsonObject *original = find(entity, id);
    if (!original)
        return 0;
    QJsonObject row = *original;
    const qint64 newId = m_nextId.value(entity, 1);
    row.insert(kId, newId);
    for (const QString &field : negated)
        row.insert(field, -original->value(field).toDouble());
    row.insert(link, linkTo(id));
    stamp(row);
    row.insert(QStringLiteral("dateAdded"), row.value(kModified));
    add(entity, row);
    return newId;
}

qint64 BullhornEntityStore::voidEntry(qint64 entryId)
{
    const qint64 id = addCorrection(kTimesheetEntry, entryId, { QStringLiteral("quantity") },
                                    QStringLiteral("voidingTimesheetEntry"));
    if (id > 0)
        m_tables[kTimesheetEntry][id].insert(
            QStringLiteral("timesheetVersion"),
            find(kTimesheetEntry, entryId)->value(QStringLiteral("timesheetVersion")).toInt() + 1);
    return id;
}

qint64 BullhornEntityStore::voidExpenseEntry(qint64 entryId)
{
    return addCorrection(kExpenseSheetEntry, entryId,
                         { QStringLiteral("quantity"), QStringLiteral("amount") },
                         QStringLiteral("voidingExpenseSheetEntry"));
}

qint64 BullhornEntityStore::reverseTransaction(qint64 transactionId)
{
    return addCorrection(kBillMasterTransaction, transactionId,
                         { QStringLiteral("quantity"), QStringLiteral("amount"),
                           QStringLiteral("netQuantity"), QStringLiteral("netAmount") },
                         QStringLiteral("reversalOfTransaction"));
}

bool BullhornEntityStore::setChargeStatus(qint64 chargeId, int status)
{
    if (!touch(kBillableCharge, chargeId,
               { { QStringLiteral("status"), BullhornChargeBuilder::statusLookup(status) },
                 { QStringLiteral("isInvoiced"), BullhornChargeBuilder::isInvoiced(status) } }))
        return false;
    Table &transactions = m_tables[kBillMasterTransaction];
    for (auto &[id, row] : transactions) {
        const QJsonObject *master =
            find(kBillMaster, row.value(QStringLiteral("billMaster")).toObject().value(kId).toInteger());
        if (master
            && master->value(QStringLiteral("billableCharge")).toObject().value(kId).toInteger() == chargeId)
            stamp(row);
    }
    return true;
}

BullhornAnswer BullhornEntityStore::hidden(const QString &entity) const
{
    return BullhornAnswer::error(403,
                                 tr("Access to entity type %1 is not allowed for this user.").arg(entity),
                                 QStringLiteral("errors.permissionDenied"));
}

} // namespace cw
