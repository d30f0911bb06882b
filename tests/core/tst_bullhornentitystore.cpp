#include "sandbox/bullhorn/bullhornchargebuilder.h"
#include "sandbox/bullhorn/bullhornentitystore.h"
#include "sandbox/demodatagenerator.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>

#include <limits>
#include <map>

using namespace cw;

class TestBullhornEntityStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameCustomersAsTheDemoData();
    void timesheetsGroupTheDemoLines();
    void queryFiltersOrdersAndPages();
    void countIsCappedAtFiveHundred();
    void totalOnlyCounts();
    void nestedSelectionFollowsLinks();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void updateStampsAndRefusesReadOnly();
    void createAndSoftDelete();
    void voidEntryNegatesTheQuantity();
    void expenseSheetsHoldTheDemoExpenses();
    void chargesPriceTheirTransactions();
    void hiddenEntitiesAnswer403();

private:
    BullhornEntityStore::ReadRequest request(const QString &entity, const QString &filter,
                                             const QString &fields) const;

    std::unique_ptr<DemoDataset> m_data;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<BullhornEntityStore> m_store;
};

void TestBullhornEntityStore::initTestCase()
{
    DemoDataOptions options;
    options.customers = 150;
    options.seed = 3;
    m_data = std::make_unique<DemoDataset>(DemoDataGenerator::generate(options));
    m_clock = std::make_shared<ManualClock>(QDateTime(QDate(2030, 1, 2), QTime(10, 0), QTimeZone::utc()));
    m_store = std::make_unique<BullhornEntityStore>(m_clock);
    m_store->load(*m_data);
}

BullhornEntityStore::ReadRequest
TestBullhornEntityStore::request(const QString &entity, const QString &filter, const QString &fields) const
{
    BullhornEntityStore::ReadRequest out;
    out.entity = entity;
    out.filter = filter;
    out.fields = fields;
    return out;
}

void TestBullhornEntityStore::sameCustomersAsTheDemoData()
{
    int staffing = 0;
    for (const DemoDataset::Customer &customer : m_data->customers) {
        if (customer.system != DemoDataset::Staffing)
            continue;
        ++staffing;
        const QJsonObject row =
            m_store->record(QStringLiteral("ClientCorporation"), customer.externalId.toLongLong());
        QCOMPARE(row.value(QStringLiteral("name")).toString(), customer.name);
    }
    QCOMPARE(m_store->count(QStringLiteral("ClientCorporation")), staffing);
    QCOMPARE(m_store->count(QStringLiteral("Candidate")), int(m_data->consultants.size()));
    QCOMPARE(m_store->count(QStringLiteral("Placement")), int(m_data->placements.size()));
    QCOMPARE(m_store->count(QStringLiteral("TimesheetEntry")), int(m_data->timesheetLineCount));
}

void TestBullhornEntityStore::timesheetsGroupTheDemoLines()
{
    // Every entry's sheet ends on the Sunday of its week and belongs to a placement.
    BullhornEntityStore::ReadRequest read =
        request(QStringLiteral("TimesheetEntry"), QStringLiteral("id > 0"),
                QStringLiteral("id,timesheetDay,timesheet(endDate,placement(id))"));
    read.count = 300;
    const BullhornAnswer answer = m_store->query(read);
    QCOMPARE(answer.status, 200);
    const QJsonArray data = answer.body.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 300);
    for (const QJsonValue &value : data) {
        const QJsonObject entry = value.toObject();
        const QDate day =
            QDate::fromString(entry.value(QStringLiteral("timesheetDay")).toString(), Qt::ISODate);
        const QJsonObject sheet = entry.value(QStringLiteral("timesheet")).toObject();
        const QDate end = QDate::fromString(sheet.value(QStringLiteral("endDate")).toString(), Qt::ISODate);
        QCOMPARE(end.dayOfWeek(), 7);
        QVERIFY(day <= end && day.daysTo(end) < 7);
        QVERIFY(sheet.value(QStringLiteral("placement")).toObject().value(QStringLiteral("id")).toInteger()
                > 0);
    }
}

void TestBullhornEntityStore::queryFiltersOrdersAndPages()
{
    BullhornEntityStore::ReadRequest read =
        request(QStringLiteral("Placement"), QStringLiteral("status = 'Completed'"),
                QStringLiteral("id,status,dateLastModified"));
    read.orderBy = QStringLiteral("-dateLastModified");
    read.count = 7;
    read.showTotal = true;
    int completed = 0;
    for (const DemoDataset::Placement &placement : m_data->placements)
        completed += placement.status == QLatin1String("ended") ? 1 : 0;
    QVERIFY(completed > 7);
    qint64 previous = std::numeric_limits<qint64>::max();
    int seen = 0;
    for (read.start = 0; read.start < completed; read.start += read.count) {
        const BullhornAnswer answer = m_store->query(read);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(QStringLiteral("total")).toInteger(), completed);
        for (const QJsonValue &value : answer.body.value(QStringLiteral("data")).toArray()) {
            QCOMPARE(value.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("Completed"));
            const qint64 modified = value.toObject().value(QStringLiteral("dateLastModified")).toInteger();
            QVERIFY(modified <= previous);
            previous = modified;
            ++seen;
        }
    }
    QCOMPARE(seen, completed);
}

void TestBullhornEntityStore::countIsCappedAtFiveHundred()
{
    BullhornEntityStore::ReadRequest read =
        request(QStringLiteral("TimesheetEntry"), {}, QStringLiteral("id"));
    read.count = 5000;
    const BullhornAnswer answer = m_store->query(read);
    QCOMPARE(answer.body.value(QStringLiteral("count")).toInt(), BullhornEntityStore::kMaxCount);
    QVERIFY(!answer.body.contains(QStringLiteral("total")));
}

void TestBullhornEntityStore::totalOnlyCounts()
{
    BullhornEntityStore::ReadRequest read =
        request(QStringLiteral("Candidate"), QStringLiteral("isDeleted = false"), {});
    read.totalOnly = true;
    const BullhornAnswer answer = m_store->query(read);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(QStringLiteral("total")).toInteger(), qint64(m_data->consultants.size()));
}

void TestBullhornEntityStore::nestedSelectionFollowsLinks()
{
    const DemoDataset::Placement &placement = m_data->placements.back();
    const BullhornAnswer answer =
        m_store->get(QStringLiteral("Placement"), placement.externalId,
                     QStringLiteral("id,candidate(id,name),jobOrder(title,clientCorporation(name))"));
    QCOMPARE(answer.status, 200);
    const QJsonObject data = answer.body.value(QStringLiteral("data")).toObject();
    const DemoDataset::Consultant &consultant =
        m_data->consultants[static_cast<std::size_t>(placement.consultantId - 1)];
    QCOMPARE(data.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("name")).toString(),
             consultant.name);
    const QJsonObject job = data.value(QStringLiteral("jobOrder")).toObject();
    QCOMPARE(job.value(QStringLiteral("title")).toString(), placement.jobTitle);
    QCOMPARE(
        job.value(QStringLiteral("clientCorporation")).toObject().value(QStringLiteral("name")).toString(),
        m_data->customers[static_cast<std::size_t>(placement.customerId - 1)].name);
    QVERIFY(!job.contains(QStringLiteral("status")));
}

void TestBullhornEntityStore::refusesBadRequests_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown entity") << "Invoice"
                                    << ""
                                    << "id"
                                    << "errors.invalidEntityType";
    QTest::newRow("no fields") << "Candidate"
                               << ""
                               << ""
                               << "errors.fieldsOrLayoutRequired";
    QTest::newRow("star") << "Candidate"
                          << ""
                          << "*"
                          << "errors.invalidField";
    QTest::newRow("unknown field") << "Placement"
                                   << ""
                                   << "id,clientCorporation"
                                   << "errors.invalidField";
    QTest::newRow("unknown nested field") << "Placement"
                                          << ""
                                          << "id,jobOrder(nope)"
                                          << "errors.invalidField";
    QTest::newRow("bad where") << "Candidate"
                               << "id >"
                               << "id"
                               << "errors.badQuery";
    QTest::newRow("unknown where field") << "Candidate"
                                         << "salary > 3"
                                         << "id"
                                         << "errors.badQuery";
}

void TestBullhornEntityStore::refusesBadRequests()
{
    QFETCH(QString, entity);
    QFETCH(QString, filter);
    QFETCH(QString, fields);
    QFETCH(QString, key);
    const BullhornAnswer answer = m_store->query(request(entity, filter, fields));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.body.value(QStringLiteral("errorCode")).toInt(), 400);
    QCOMPARE(answer.body.value(QStringLiteral("errorMessageKey")).toString(), key);
    QVERIFY(!answer.body.value(QStringLiteral("errorMessage")).toString().isEmpty());
}

void TestBullhornEntityStore::updateStampsAndRefusesReadOnly()
{
    const qint64 id = m_data->placements.front().externalId.toLongLong();
    m_clock->advance(60000);
    const BullhornAnswer updated = m_store->update(
        QStringLiteral("Placement"), id, { { QStringLiteral("customText7"), QStringLiteral("odoo:42") } });
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.body.value(QStringLiteral("changeType")).toString(), QStringLiteral("UPDATE"));
    QCOMPARE(updated.body.value(QStringLiteral("changedEntityId")).toInteger(), id);
    const QJsonObject row = m_store->record(QStringLiteral("Placement"), id);
    QCOMPARE(row.value(QStringLiteral("dateLastModified")).toInteger(), m_clock->now().toMSecsSinceEpoch());
    const BullhornAnswer refused =
        m_store->update(QStringLiteral("Placement"), id, { { QStringLiteral("dateLastModified"), 1 } });
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.body.value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("type")),
             QJsonValue(QStringLiteral("READ_ONLY")));
    QCOMPARE(m_store
                 ->update(QStringLiteral("Placement"), 1,
                          { { QStringLiteral("customText7"), QStringLiteral("x") } })
                 .status,
             404);
}

void TestBullhornEntityStore::createAndSoftDelete()
{
    const BullhornAnswer created =
        m_store->create(QStringLiteral("ClientContact"),
                        { { QStringLiteral("firstName"), QStringLiteral("Ada") },
                          { QStringLiteral("lastName"), QStringLiteral("Byron") } });
    QCOMPARE(created.status, 200);
    const qint64 id = created.body.value(QStringLiteral("changedEntityId")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(m_store->remove(QStringLiteral("ClientContact"), id).status, 200);
    QVERIFY(m_store->record(QStringLiteral("ClientContact"), id).value(QStringLiteral("isDeleted")).toBool());
    const QString anyCorporation =
        m_data->customers[static_cast<std::size_t>(m_data->placements.front().customerId - 1)].externalId;
    QCOMPARE(m_store->remove(QStringLiteral("ClientCorporation"), anyCorporation.toLongLong()).status, 400);
}

void TestBullhornEntityStore::voidEntryNegatesTheQuantity()
{
    const QJsonObject original = m_store->record(QStringLiteral("TimesheetEntry"), 1);
    QVERIFY(!original.isEmpty());
    const qint64 voiding = m_store->voidEntry(1);
    const QJsonObject entry = m_store->record(QStringLiteral("TimesheetEntry"), voiding);
    QCOMPARE(entry.value(QStringLiteral("quantity")).toDouble(),
             -original.value(QStringLiteral("quantity")).toDouble());
    QCOMPARE(entry.value(QStringLiteral("voidingTimesheetEntry"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             1);
    QVERIFY(entry.value(QStringLiteral("dateLastModified")).toInteger()
            > original.value(QStringLiteral("dateLastModified")).toInteger());
    QCOMPARE(m_store->voidEntry(987654321), 0);
}

void TestBullhornEntityStore::expenseSheetsHoldTheDemoExpenses()
{
    QVERIFY(m_data->expenses.size() > 10);
    QCOMPARE(m_store->count(QStringLiteral("ExpenseSheetEntry")), int(m_data->expenses.size()));
    int approved = 0;
    for (const DemoDataset::Expense &expense : m_data->expenses) {
        approved += expense.status == DemoDataset::LineStatus::Approved ? 1 : 0;
        const QJsonObject entry =
            m_store->record(QStringLiteral("ExpenseSheetEntry"), expense.externalId.toLongLong());
        const QJsonObject sheet = m_store->record(
            QStringLiteral("ExpenseSheet"),
            entry.value(QStringLiteral("expenseSheet")).toObject().value(QStringLiteral("id")).toInteger());
        const DemoDataset::Placement &placement =
            m_data->placements[static_cast<std::size_t>(expense.placementIndex)];
        QCOMPARE(sheet.value(QStringLiteral("placement")).toObject().value(QStringLiteral("id")).toInteger(),
                 placement.externalId.toLongLong());
        // One sheet per week: the day lies in the week ending on the sheet's end date.
        const QDate end = QDate::fromString(sheet.value(QStringLiteral("endDate")).toString(), Qt::ISODate);
        QVERIFY(expense.date <= end && expense.date > end.addDays(-7));
    }
    BullhornEntityStore::ReadRequest read =
        request(QStringLiteral("ExpenseSheetEntry"),
                QStringLiteral("expenseSheetEntryApprovalStatusLookup.id = 3"), {});
    read.totalOnly = true;
    QCOMPARE(m_store->query(read).body.value(QStringLiteral("total")).toInteger(), approved);
}

void TestBullhornEntityStore::chargesPriceTheirTransactions()
{
    const int charges = m_store->count(QStringLiteral("BillableCharge"));
    const int transactions = m_store->count(QStringLiteral("BillMasterTransaction"));
    QVERIFY(charges > 100);
    QCOMPARE(m_store->count(QStringLiteral("BillMaster")), transactions);
    std::map<qint64, double> sums;
    std::map<qint64, bool> waiting;
    for (qint64 id = 1; id <= transactions; ++id) {
        const QJsonObject transaction = m_store->record(QStringLiteral("BillMasterTransaction"), id);
        const QJsonObject master = m_store->record(QStringLiteral("BillMaster"), id);
        const qint64 charge =
            master.value(QStringLiteral("billableCharge")).toObject().value(QStringLiteral("id")).toInteger();
        sums[charge] += transaction.value(QStringLiteral("amount")).toDouble();
        const int status =
            master.value(QStringLiteral("transactionStatus")).toObject().value(QStringLiteral("id")).toInt();
        waiting[charge] = waiting[charge] || status != 4;
    }
    QCOMPARE(int(sums.size()), charges);
    for (const auto &[id, sum] : sums) {
        const QJsonObject charge = m_store->record(QStringLiteral("BillableCharge"), id);
        QVERIFY(qAbs(charge.value(QStringLiteral("subtotal")).toDouble() - sum) < 0.005);
        const int status =
            charge.value(QStringLiteral("status")).toObject().value(QStringLiteral("id")).toInt();
        // A charge is ready to bill only when every transaction in it is approved.
        QCOMPARE(status == BullhornChargeBuilder::NotReadyToBill, waiting[id]);
        QCOMPARE(charge.value(QStringLiteral("isInvoiced")).toBool(),
                 status == BullhornChargeBuilder::Invoiced);
        QVERIFY(charge.value(QStringLiteral("timesheet")).isObject()
                != charge.value(QStringLiteral("expenseSheet")).isObject());
    }
    // Only billable time is billed: the transactions of timesheet charges are the billable,
    // not rejected demo lines.
    qint64 billable = 0;
    m_data->forEachTimesheetLine([&](const DemoDataset::TimesheetLine &line) {
        billable += line.billable && line.status != DemoDataset::LineStatus::Rejected ? 1 : 0;
    });
    BullhornEntityStore::ReadRequest read =
        request(QStringLiteral("BillMasterTransaction"),
                QStringLiteral("billMaster.billableCharge.timesheet IS NOT NULL"), {});
    read.totalOnly = true;
    QCOMPARE(m_store->query(read).body.value(QStringLiteral("total")).toInteger(), billable);
}

void TestBullhornEntityStore::hiddenEntitiesAnswer403()
{
    m_store->setHiddenEntities({ QStringLiteral("BillableCharge") });
    const BullhornAnswer query = m_store->query(
        request(QStringLiteral("BillableCharge"), QStringLiteral("id > 0"), QStringLiteral("id")));
    const BullhornAnswer get =
        m_store->get(QStringLiteral("BillableCharge"), QStringLiteral("1"), QStringLiteral("id"));
    const BullhornAnswer visible =
        m_store->query(request(QStringLiteral("BillMaster"), QStringLiteral("id > 0"), QStringLiteral("id")));
    m_store->setHiddenEntities({});
    QCOMPARE(query.status, 403);
    QCOMPARE(query.body.value(QStringLiteral("errorMessageKey")).toString(),
             QStringLiteral("errors.permissionDenied"));
    QVERIFY(query.body.value(QStringLiteral("errorMessage"))
                .toString()
                .contains(QLatin1String("BillableCharge")));
    QCOMPARE(get.status, 403);
    QCOMPARE(visible.status, 200);
}

QTEST_GUILESS_MAIN(TestBullhornEntityStore)
#include "tst_bullhornentitystore.moc"
