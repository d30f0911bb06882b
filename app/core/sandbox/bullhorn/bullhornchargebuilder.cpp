#include "bullhornchargebuilder.h"

#include <cmath>
#include <utility>

namespace cw {

namespace {

const QString kId = QStringLiteral("id");
const QString kLabel = QStringLiteral("label");
const QString kModified = QStringLiteral("dateLastModified");

QJsonObject linkTo(qint64 id)
{
    return QJsonObject { { kId, id } };
}

double cents(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

BullhornChargeBuilder::BullhornChargeBuilder(Sink sink, qint64 maxBillMasters)
    : m_sink(std::move(sink))
    , m_maxBillMasters(maxBillMasters)
{ }

QJsonObject BullhornChargeBuilder::statusLookup(int status)
{
    static const char *const labels[] = { "",          "Not Ready to Bill", "Ready to Bill", "Processing",
                                          "Invoicing", "Invoiced",          "Needs Review",  "Unbillable" };
    const int index = status >= NotReadyToBill && status <= Unbillable ? status : 0;
    return QJsonObject { { kId, status }, { kLabel, QLatin1String(labels[index]) } };
}

QJsonObject BullhornChargeBuilder::entryTypeLookup(EntryType type)
{
    return QJsonObject {
        { kId, type },
        { kLabel, type == TimesheetEntry ? QStringLiteral("Timesheet") : QStringLiteral("Expense") }
    };
}

void BullhornChargeBuilder::begin(EntryType type, const QJsonObject &links, const QJsonObject &sheet,
                                  const QString &periodEnd, const QJsonValue &currency)
{
    m_lines.clear();
    m_allApproved = true;
    m_allInvoiced = true;
    if (isFull()) {
        m_charge = {};
        return;
    }
    m_charge = links;
    m_charge.insert(type == TimesheetEntry ? QStringLiteral("timesheet") : QStringLiteral("expenseSheet"),
                    sheet);
    // Bill-to is the client itself in the demo; a firm billing a parent company sets it apart.
    m_charge.insert(QStringLiteral("billingClientCorporation"),
                    links.value(QStringLiteral("clientCorporation")));
    m_charge.insert(QStringLiteral("entryTypeLookup"), entryTypeLookup(type));
    m_charge.insert(QStringLiteral("periodEndDate"), periodEnd);
    m_charge.insert(QStringLiteral("currencyUnit"), currency);
    m_charge.insert(QStringLiteral("readyToBillOverride"), false);
    m_charge.insert(QStringLiteral("hasAdjustment"), false);
    m_charge.insert(QStringLiteral("hasRebill"), false);
}

void BullhornChargeBuilder::addLine(const QDate &day, const QJsonObject &earnCode, double quantity,
                                    double rate, bool approved, bool invoiced)
{
    if (m_charge.isEmpty())
        return;
    m_lines.push_back({ day, earnCode, quantity, rate, approved });
    m_allApproved = m_allApproved && approved;
    m_allInvoiced = m_allInvoiced && invoiced;
}

void BullhornChargeBuilder::finish(qint64 modifiedMs)
{
    if (m_charge.isEmpty() || m_lines.empty())
        return;
    const int status = !m_allApproved ? NotReadyToBill : (m_allInvoiced ? Invoiced : ReadyToBill);
    const qint64 chargeId = m_nextCharge++;
    const QJsonValue currency = m_charge.value(QStringLiteral("currencyUnit"));
    double subtotal = 0;
    for (const Line &line : m_lines) {
        const qint64 masterId = m_nextBillMaster++;
        const double amount = cents(line.quantity * line.rate);
        subtotal += amount;
        // transactionStatus: 2 Submitted, 4 Approved (Bullhorn's TransactionStatus ids).
        const int transaction = line.approved ? 4 : 2;
        m_sink(QStringLiteral("BillMaster"),
               QJsonObject { { kId, masterId },
                             { QStringLiteral("billableCharge"), linkTo(chargeId) },
                             { QStringLiteral("earnCode"), line.earnCode },
                             { QStringLiteral("transactionDate"), line.day.toString(Qt::ISODate) },
                             { QStringLiteral("transactionStatus"),
                               QJsonObject { { kId, transaction },
                                             { kLabel,
                                               line.approved ? QStringLiteral("Approved")
                                                             : QStringLiteral("Submitted") } } },
                             { QStringLiteral("canInvoice"), line.approved },
                             { kModified, modifiedMs } });
        // One transaction per bill master: the simulator never re-prices, so its id is the master's.
        m_sink(QStringLiteral("BillMasterTransaction"),
               QJsonObject { { kId, masterId },
                             { QStringLiteral("billMaster"), linkTo(masterId) },
                             { QStringLiteral("quantity"), line.quantity },
                             { QStringLiteral("rate"), line.rate },
                             { QStringLiteral("amount"), amount },
                             { QStringLiteral("netQuantity"), line.quantity },
                             { QStringLiteral("netAmount"), amount },
                             { QStringLiteral("currencyUnit"), currency },
                             { QStringLiteral("isUnbillable"), false },
                             { QStringLiteral("wasUnbilled"), false },
                             { QStringLiteral("reversalOfTransaction"), QJsonValue::Null },
                             { kModified, modifiedMs } });
    }
    QJsonObject charge = std::exchange(m_charge, {});
    charge.insert(kId, chargeId);
    charge.insert(QStringLiteral("status"), statusLookup(status));
    charge.insert(QStringLiteral("isInvoiced"), isInvoiced(status));
    charge.insert(QStringLiteral("subtotal"), cents(subtotal));
    charge.insert(kModified, modifiedMs);
    m_sink(QStringLiteral("BillableCharge"), std::move(charge));
    m_lines.clear();
}

} // namespace cw
