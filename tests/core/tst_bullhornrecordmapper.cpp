#include "connectors/bullhorn/bullhornrecordmapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cw;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

/// @p value as the client reads it from a page.
JsonNode node(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return JsonNode::parse(text)->elements().first();
}

QVariant field(const CacheRecord &record, const char *name)
{
    for (const auto &pair : record.fields) {
        if (pair.first == QLatin1String(name))
            return pair.second;
    }
    return QVariant(QStringLiteral("<absent>"));
}

} // namespace

class TestBullhornRecordMapper : public QObject
{
    Q_OBJECT

private slots:
    void corporationStatus_data();
    void corporationStatus();
    void corporationUsesConfiguredCustomFields();
    void employeeTypes_data();
    void employeeTypes();
    void softDeletedContactLeavesTheCache();
    void placementReachesClientThroughJobOrder();
    void timeEntry_data();
    void timeEntry();
    void unusableRecords_data();
    void unusableRecords();
    void epochMillisecondsBecomeUtc();
    void expenseEntry();
    void chargedTransaction_data();
    void chargedTransaction();
    void correctionsNameWhatTheyCancel();
};

void TestBullhornRecordMapper::corporationStatus_data()
{
    QTest::addColumn<QString>("bullhorn");
    QTest::addColumn<QString>("cache");
    QTest::newRow("active") << "Active Account"
                            << "active";
    QTest::newRow("archive") << "Archive"
                             << "archived";
    QTest::newRow("prospect") << "Prospect"
                              << "not_customer";
    QTest::newRow("lead") << "lead"
                          << "not_customer";
    QTest::newRow("custom") << "Key Account"
                            << "active";
}

void TestBullhornRecordMapper::corporationStatus()
{
    QFETCH(QString, bullhorn);
    QFETCH(QString, cache);
    QJsonObject object = json(R"({"id": 5, "name": " Acme BV ", "dateLastModified": 1767225600000})");
    object.insert(QStringLiteral("status"), bullhorn);
    const Result<CacheRecord> record = BullhornRecordMapper::customer(node(object), BullhornConfig());
    QVERIFY(record);
    QCOMPARE(record.value().externalId, QStringLiteral("5"));
    QCOMPARE(field(record.value(), "name").toString(), QStringLiteral("Acme BV"));
    QCOMPARE(field(record.value(), "status").toString(), cache);
}

void TestBullhornRecordMapper::corporationUsesConfiguredCustomFields()
{
    const QJsonObject object = json(R"({"id": 5, "name": "Acme", "customText3": "NL1", "customText9": "NL2",
        "customText5": "Benelux", "address": {"address1": "Dam 1", "zip": "1012", "city": "Amsterdam",
        "countryName": "Netherlands"}, "dateLastModified": 1767225600000})");
    BullhornConfig config;
    QCOMPARE(field(BullhornRecordMapper::customer(node(object), config).value(), "vat").toString(),
             QStringLiteral("NL1"));
    config.vatField = QStringLiteral("customText9");
    const CacheRecord record = BullhornRecordMapper::customer(node(object), config).value();
    QCOMPARE(field(record, "vat").toString(), QStringLiteral("NL2"));
    QCOMPARE(field(record, "business_unit").toString(), QStringLiteral("Benelux"));
    QCOMPARE(field(record, "street").toString(), QStringLiteral("Dam 1"));
    QCOMPARE(field(record, "country").toString(), QStringLiteral("Netherlands"));
    QCOMPARE(QJsonDocument::fromJson(record.raw).object(), object);
}

void TestBullhornRecordMapper::employeeTypes_data()
{
    QTest::addColumn<QString>("bullhorn");
    QTest::addColumn<QString>("cache");
    QTest::newRow("W2") << "W2"
                        << "employee";
    QTest::newRow("Employee") << "Employee"
                              << "employee";
    QTest::newRow("1099") << "1099"
                          << "contractor";
    QTest::newRow("Umbrella") << "Umbrella"
                              << "contractor";
    QTest::newRow("C2C") << "C2C"
                         << "contractor";
    QTest::newRow("Freelancer") << "Freelancer"
                                << "freelancer";
}

void TestBullhornRecordMapper::employeeTypes()
{
    QFETCH(QString, bullhorn);
    QFETCH(QString, cache);
    QJsonObject object = json(R"({"id": 9, "firstName": "Ana", "lastName": "Lima", "dateLastModified": 1})");
    object.insert(QStringLiteral("employeeType"), bullhorn);
    const Result<CacheRecord> record = BullhornRecordMapper::consultant(node(object));
    QVERIFY(record);
    QCOMPARE(field(record.value(), "name").toString(), QStringLiteral("Ana Lima"));
    QCOMPARE(field(record.value(), "employment_type").toString(), cache);
}

void TestBullhornRecordMapper::softDeletedContactLeavesTheCache()
{
    const Result<CacheRecord> live = BullhornRecordMapper::contact(node(json(
        R"({"id": 3, "firstName": "Jo", "clientCorporation": {"id": 77}, "isDeleted": false, "dateLastModified": 1})")));
    QVERIFY(live);
    QVERIFY(!live.value().deleted);
    QCOMPARE(live.value().references.size(), 1);
    QCOMPARE(live.value().references.first().externalId, QStringLiteral("77"));
    const Result<CacheRecord> gone =
        BullhornRecordMapper::contact(node(json(R"({"id": 3, "isDeleted": true, "dateLastModified": 1})")));
    QVERIFY(gone);
    QVERIFY(gone.value().deleted);
    QCOMPARE(gone.value().externalId, QStringLiteral("3"));
}

void TestBullhornRecordMapper::placementReachesClientThroughJobOrder()
{
    const Result<CacheRecord> record = BullhornRecordMapper::placement(node(json(R"({"id": 50001,
        "candidate": {"id": 31}, "jobOrder": {"id": 30001, "title": "Data Engineer", "clientCorporation": {"id": 10003}},
        "dateBegin": 1752710400000, "dateEnd": null, "status": "Completed", "clientBillRate": 95.5, "payRate": 61.05,
        "currencyUnit": {"id": 2, "alphabeticCode": "EUR"}, "costCenter": "CC-7", "dateLastModified": 1767225600000})")));
    QVERIFY(record);
    QCOMPARE(field(record.value(), "start_date").toString(), QStringLiteral("2025-07-17"));
    QVERIFY(field(record.value(), "end_date").isNull());
    QCOMPARE(field(record.value(), "bill_rate_minor").toLongLong(), 9550);
    QCOMPARE(field(record.value(), "pay_rate_minor").toLongLong(), 6105);
    QCOMPARE(field(record.value(), "currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(field(record.value(), "status").toString(), QStringLiteral("ended"));
    QCOMPARE(field(record.value(), "job_title").toString(), QStringLiteral("Data Engineer"));
    QCOMPARE(record.value().references.size(), 2);
    QCOMPARE(record.value().references.at(0).column, QStringLiteral("customer_id"));
    QCOMPARE(record.value().references.at(0).externalId, QStringLiteral("10003"));
    QCOMPARE(record.value().references.at(1).column, QStringLiteral("consultant_id"));
}

void TestBullhornRecordMapper::timeEntry_data()
{
    QTest::addColumn<QString>("approval");
    QTest::addColumn<QString>("earnCode");
    QTest::addColumn<double>("hours");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("billable");
    QTest::addColumn<qint64>("minutes");
    QTest::newRow("approved") << "Approved"
                              << "REG" << 7.5 << "approved" << qint64(1) << qint64(450);
    QTest::newRow("completed") << "Completed"
                               << "REG" << 8.0 << "approved" << qint64(1) << qint64(480);
    QTest::newRow("submitted") << "Submitted"
                               << "REG" << 6.25 << "submitted" << qint64(1) << qint64(375);
    QTest::newRow("draft") << "Draft"
                           << "REG" << 1.0 << "submitted" << qint64(1) << qint64(60);
    QTest::newRow("rejected") << "Rejected"
                              << "REG" << 2.0 << "rejected" << qint64(1) << qint64(120);
    QTest::newRow("non-billable") << "Approved"
                                  << "NB" << 0.3333 << "approved" << qint64(0) << qint64(20);
}

void TestBullhornRecordMapper::timeEntry()
{
    QFETCH(QString, approval);
    QFETCH(QString, earnCode);
    QFETCH(double, hours);
    QFETCH(QString, status);
    QFETCH(qint64, billable);
    QFETCH(qint64, minutes);
    QJsonObject object =
        json(R"({"id": 8, "timesheet": {"id": 2, "placement": {"id": 50001, "currencyUnit": "GBP"}},
        "timesheetDay": "2026-03-02", "billRate": 80, "payRate": 50, "voidingTimesheetEntry": null,
        "dateLastModified": 1767225600000})");
    object.insert(QStringLiteral("quantity"), hours);
    object.insert(QStringLiteral("earnCode"), QJsonObject { { QStringLiteral("code"), earnCode } });
    object.insert(QStringLiteral("timesheetEntryApprovalStatusLookup"),
                  QJsonObject { { QStringLiteral("id"), 3 }, { QStringLiteral("label"), approval } });
    const Result<CacheRecord> record = BullhornRecordMapper::timesheetLine(node(object), BullhornConfig());
    QVERIFY(record);
    QCOMPARE(field(record.value(), "minutes").toLongLong(), minutes);
    QCOMPARE(field(record.value(), "status").toString(), status);
    QCOMPARE(field(record.value(), "billable").toLongLong(), billable);
    QCOMPARE(field(record.value(), "currency").toString(), QStringLiteral("GBP"));
    QCOMPARE(field(record.value(), "bill_rate_minor").toLongLong(), 8000);
    QCOMPARE(record.value().references.first().externalId, QStringLiteral("50001"));
    QCOMPARE(BullhornRecordMapper::voidedEntry(QStringLiteral("TimesheetEntry"), node(object)), QString());
}

void TestBullhornRecordMapper::unusableRecords_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");
    QTest::newRow("corporation without name") << "ClientCorporation"
                                              << R"({"id": 1, "dateLastModified": 5})"
                                              << "name";
    QTest::newRow("no modification date") << "ClientCorporation"
                                          << R"({"id": 1, "name": "A"})"
                                          << "dateLastModified";
    QTest::newRow("placement without start") << "Placement"
                                             << R"({"id": 1, "dateLastModified": 5})"
                                             << "dateBegin";
    QTest::newRow("entry without day") << "TimesheetEntry"
                                       << R"({"id": 1, "quantity": 2, "dateLastModified": 5})"
                                       << "timesheetDay";
    QTest::newRow("negative hours voiding nothing")
        << "TimesheetEntry"
        << R"({"id": 1, "timesheetDay": "2026-01-05", "quantity": -8, "dateLastModified": 5})"
        << "quantity -8";
    QTest::newRow("expense without amount")
        << "ExpenseSheetEntry"
        << R"({"id": 1, "expenseSheetDay": "2026-01-05", "dateLastModified": 5})"
        << "amount";
    QTest::newRow("transaction without date")
        << "BillableTime"
        << R"({"id": 1, "quantity": 8, "billMaster": {}, "dateLastModified": 5})"
        << "billMaster.transactionDate";
    QTest::newRow("negative transaction reversing nothing")
        << "BillableTime"
        << R"({"id": 1, "quantity": -8, "billMaster": {"transactionDate": "2026-01-05"}, "dateLastModified": 5})"
        << "quantity -8";
}

void TestBullhornRecordMapper::unusableRecords()
{
    QFETCH(QString, entity);
    QFETCH(QString, text);
    QFETCH(QString, detail);
    const Result<CacheRecord> record =
        BullhornRecordMapper::map(entity, *JsonNode::parse(text.toUtf8()), BullhornConfig());
    QVERIFY(!record);
    QCOMPARE(record.error().category(), Error::Category::Validation);
    QCOMPARE(record.error().detail(), detail);
    QVERIFY(!record.error().userMessage().isEmpty());
}

void TestBullhornRecordMapper::epochMillisecondsBecomeUtc()
{
    QCOMPARE(BullhornRecordMapper::isoInstant(1767225600000), QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(BullhornRecordMapper::isoDate(node(QJsonValue(1767225599999.0))), QStringLiteral("2025-12-31"));
    QCOMPARE(BullhornRecordMapper::isoDate(node(QJsonValue(QStringLiteral("2026-02-28")))),
             QStringLiteral("2026-02-28"));
    QCOMPARE(BullhornRecordMapper::isoDate(node(QJsonValue(QStringLiteral("soon")))), QString());
}

void TestBullhornRecordMapper::expenseEntry()
{
    BullhornConfig config;
    config.nonBillableEarnCodes = { QStringLiteral("MEALS") };
    const QJsonObject entry = json(R"({"id": 900004, "expenseSheet": {"id": 3, "placement": {"id": 77}},
        "expenseSheetDay": "2026-03-02", "quantity": 1, "amount": 123.45, "currencyUnit": "EUR",
        "billable": true, "comment": "", "earnCode": {"id": 11, "code": "TRAVEL", "title": "Train ticket"},
        "expenseSheetEntryApprovalStatusLookup": {"id": 3, "label": "Approved"}, "dateLastModified": 1767225600000})");
    const Result<CacheRecord> record =
        BullhornRecordMapper::map(QStringLiteral("ExpenseSheetEntry"), node(entry), config);
    QVERIFY(record);
    QCOMPARE(BullhornRecordMapper::table(QStringLiteral("ExpenseSheetEntry")), QStringLiteral("expense"));
    QCOMPARE(record.value().externalId, QStringLiteral("900004"));
    QCOMPARE(field(record.value(), "expense_date").toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(field(record.value(), "amount_minor").toLongLong(), 12345);
    QCOMPARE(field(record.value(), "category").toString(), QStringLiteral("travel"));
    // No comment: the earn code's title describes it.
    QCOMPARE(field(record.value(), "description").toString(), QStringLiteral("Train ticket"));
    QCOMPARE(field(record.value(), "status").toString(), QStringLiteral("approved"));
    QCOMPARE(field(record.value(), "billable").toLongLong(), 1);
    QCOMPARE(record.value().references.size(), qsizetype(1));
    QCOMPARE(record.value().references.first().externalId, QStringLiteral("77"));
    QJsonObject meals = entry;
    meals.insert(QStringLiteral("earnCode"), json(R"({"id": 13, "code": "MEALS"})"));
    QCOMPARE(
        field(BullhornRecordMapper::map(QStringLiteral("ExpenseSheetEntry"), node(meals), config).value(),
              "billable")
            .toLongLong(),
        0);
}

void TestBullhornRecordMapper::chargedTransaction_data()
{
    QTest::addColumn<QString>("chargeStatus");
    QTest::addColumn<bool>("unbillable");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("billable");
    QTest::newRow("ready to bill") << "Ready to Bill" << false << "approved" << qint64(1);
    QTest::newRow("invoiced") << "Invoiced" << false << "approved" << qint64(1);
    QTest::newRow("not ready") << "Not Ready to Bill" << false << "submitted" << qint64(1);
    QTest::newRow("needs review") << "Needs Review" << false << "submitted" << qint64(1);
    QTest::newRow("unbillable charge") << "Unbillable" << false << "approved" << qint64(0);
    QTest::newRow("unbillable transaction") << "Ready to Bill" << true << "approved" << qint64(0);
}

void TestBullhornRecordMapper::chargedTransaction()
{
    QFETCH(QString, chargeStatus);
    QFETCH(bool, unbillable);
    QFETCH(QString, status);
    QFETCH(qint64, billable);
    QJsonObject transaction = json(R"({"id": 51, "quantity": 7.5, "rate": 95.5, "amount": 716.25,
        "currencyUnit": "GBP", "reversalOfTransaction": null, "dateLastModified": 1767225600000,
        "billMaster": {"id": 51, "transactionDate": "2026-02-27", "earnCode": {"id": 1, "code": "REG"},
                       "billableCharge": {"id": 9, "placement": {"id": 12}, "status": {"id": 2, "label": ""}}}})");
    transaction.insert(QStringLiteral("isUnbillable"), unbillable);
    QJsonObject master = transaction.value(QStringLiteral("billMaster")).toObject();
    QJsonObject charge = master.value(QStringLiteral("billableCharge")).toObject();
    charge.insert(QStringLiteral("status"), QJsonObject { { QStringLiteral("label"), chargeStatus } });
    master.insert(QStringLiteral("billableCharge"), charge);
    transaction.insert(QStringLiteral("billMaster"), master);

    const Result<CacheRecord> time =
        BullhornRecordMapper::map(QStringLiteral("BillableTime"), node(transaction), {});
    QVERIFY(time);
    QCOMPARE(time.value().externalId, QStringLiteral("bmt-51"));
    QCOMPARE(field(time.value(), "work_date").toString(), QStringLiteral("2026-02-27"));
    QCOMPARE(field(time.value(), "minutes").toLongLong(), 450);
    QCOMPARE(field(time.value(), "bill_rate_minor").toLongLong(), 9550);
    QCOMPARE(field(time.value(), "currency").toString(), QStringLiteral("GBP"));
    QCOMPARE(field(time.value(), "status").toString(), status);
    QCOMPARE(field(time.value(), "billable").toLongLong(), billable);
    QCOMPARE(time.value().references.first().externalId, QStringLiteral("12"));

    const Result<CacheRecord> expense =
        BullhornRecordMapper::map(QStringLiteral("BillableExpense"), node(transaction), {});
    QVERIFY(expense);
    QCOMPARE(field(expense.value(), "amount_minor").toLongLong(), 71625);
    QCOMPARE(field(expense.value(), "expense_date").toString(), QStringLiteral("2026-02-27"));
    QCOMPARE(field(expense.value(), "status").toString(), status);
}

void TestBullhornRecordMapper::correctionsNameWhatTheyCancel()
{
    const QJsonObject voidEntry = json(R"({"id": 8, "voidingTimesheetEntry": {"id": 5}})");
    QCOMPARE(BullhornRecordMapper::voidedEntry(QStringLiteral("TimesheetEntry"), node(voidEntry)),
             QStringLiteral("5"));
    const QJsonObject voidExpense = json(R"({"id": 8, "voidingExpenseSheetEntry": {"id": 6}})");
    QCOMPARE(BullhornRecordMapper::voidedEntry(QStringLiteral("ExpenseSheetEntry"), node(voidExpense)),
             QStringLiteral("6"));
    const QJsonObject reversal = json(R"({"id": 8, "reversalOfTransaction": {"id": 7}})");
    QCOMPARE(BullhornRecordMapper::voidedEntry(QStringLiteral("BillableTime"), node(reversal)),
             QStringLiteral("bmt-7"));
    QCOMPARE(BullhornRecordMapper::externalId(QStringLiteral("BillableExpense"), node(reversal)),
             QStringLiteral("bmt-8"));
    QCOMPARE(BullhornRecordMapper::voidedEntry(QStringLiteral("TimesheetEntry"), node(json(R"({"id": 8})"))),
             QString());
    QCOMPARE(BullhornRecordMapper::scope(QStringLiteral("BillableTime")),
             QStringLiteral("billMaster.billableCharge.timesheet IS NOT NULL"));
    QCOMPARE(BullhornRecordMapper::queriedEntity(QStringLiteral("BillableExpense")),
             QStringLiteral("BillMasterTransaction"));
}

QTEST_GUILESS_MAIN(TestBullhornRecordMapper)
#include "tst_bullhornrecordmapper.moc"
