#include "demobillingbuilder.h"

#include "demojsonwriter.h"
#include "demolocale.h"
#include "demorandom.h"
#include "demotimesheetstream.h"

#include <algorithm>
#include <numeric>

namespace cw {

namespace {

struct ExpenseKind
{
    const char *category;
    const char *earnCode;
    const char *description;
    int weight;
    int minMinor;
    int maxMinor;
};
constexpr ExpenseKind kExpenseKinds[] = {
    { "travel", "TRAVEL", "Train ticket to client site", 35, 4000, 35000 },
    { "lodging", "HOTEL", "Hotel near client site", 20, 8000, 25000 },
    { "meals", "MEALS", "Meals while travelling", 20, 1200, 6000 },
    { "mileage", "MILEAGE", "Mileage, own car", 15, 2000, 15000 },
    { "equipment", "EQUIP", "Equipment for the assignment", 10, 2000, 60000 },
};

// Billing runs a few days after month end; a month closer to asOf than this is still open.
constexpr int kBillingLagDays = 8;

// res.currency ids of the demo Odoo database.
int odooCurrencyId(const QString &code)
{
    static const char *const kCodes[] = { "EUR", "USD", "GBP", "CHF" };
    for (int i = 0; i < 4; ++i) {
        if (code == QLatin1String(kCodes[i]))
            return i + 1;
    }
    return 0;
}

QDate weekdayOnOrBefore(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(-1);
    return date;
}

} // namespace

DemoBillingBuilder::DemoBillingBuilder(DemoDataset &dataset, DemoRandom &random)
    : m_data(dataset)
    , m_random(random)
{ }

DemoBillingBuilder::Findings DemoBillingBuilder::build()
{
    Findings findings;
    m_months = m_data.monthCount();
    m_totals.assign(m_data.placements.size() * static_cast<std::size_t>(m_months), MonthTotal {});
    findings.unbilledByCompany.assign(m_data.companies.size(), 0);
    numberLines(findings);
    addExpenses();
    addInvoices(findings);
    addUnmatchedPayments();
    return findings;
}

DemoBillingBuilder::MonthTotal &DemoBillingBuilder::total(int placementIndex, int month)
{
    return m_totals[static_cast<std::size_t>(placementIndex) * static_cast<std::size_t>(m_months)
                    + static_cast<std::size_t>(month)];
}

void DemoBillingBuilder::numberLines(Findings &findings)
{
    qint64 nextId = 1;
    for (int p = 0; p < static_cast<int>(m_data.placements.size()); ++p) {
        DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(p)];
        placement.firstLineId = nextId;
        DemoDataset::MonthTracker monthOf(m_data);
        placement.lineCount =
            DemoTimesheetStream::generate(m_data, p, nextId, [&](DemoDataset::TimesheetLine &line) {
                const LineRef ref { line.id, p, line.workDate, line.minutes, line.billRateMinor };
                if (line.afterEnd)
                    findings.afterEnd.push_back(ref);
                if (!DemoDataset::isInvoiceable(line))
                    return;
                if (line.rateDeviates)
                    findings.deviatingRates.push_back(ref);
                MonthTotal &month = total(p, monthOf(line.workDate));
                month.amountMinor += DemoDataset::lineAmount(line);
                month.minutes += line.minutes;
                ++month.lines;
            });
        nextId += placement.lineCount;
    }
    m_data.timesheetLineCount = nextId - 1;
}

void DemoBillingBuilder::addExpenses()
{
    const QDate lastDay = m_data.asOf.addDays(-1);
    for (int p = 0; p < static_cast<int>(m_data.placements.size()); ++p) {
        const DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(p)];
        if (placement.lineCount == 0 || !m_random.chance(250))
            continue;
        const QDate from = std::max(placement.start, m_data.windowStart);
        const QDate to = placement.end.isValid() ? std::min(placement.end, lastDay) : lastDay;
        for (int month = m_data.monthIndex(from); month <= m_data.monthIndex(to); ++month) {
            const QDate monthFrom = std::max(from, m_data.monthStart(month));
            const QDate monthTo = std::min(to, m_data.monthStart(month + 1).addDays(-1));
            const int count = m_random.between(0, 3);
            for (int i = 0; i < count; ++i)
                addExpense(p, monthFrom, monthTo);
        }
    }
}

void DemoBillingBuilder::addExpense(int placementIndex, const QDate &from, const QDate &to)
{
    const DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(placementIndex)];
    std::vector<int> weights;
    for (const ExpenseKind &kind : kExpenseKinds)
        weights.push_back(kind.weight);
    const ExpenseKind &kind = kExpenseKinds[m_random.weighted(weights)];
    DemoDataset::Expense expense;
    expense.id = static_cast<qint64>(m_data.expenses.size()) + 1;
    expense.externalId = QString::number(m_nextExpense += m_random.between(1, 5));
    expense.placementIndex = placementIndex;
    const QDate drawn = from.addDays(m_random.between(0, static_cast<int>(from.daysTo(to))));
    expense.date = std::max(from, weekdayOnOrBefore(drawn));
    expense.category = QLatin1String(kind.category);
    expense.description = QLatin1String(kind.description);
    expense.amountMinor = m_random.between(kind.minMinor, kind.maxMinor);
    expense.currency = placement.currency;
    expense.status = DemoTimesheetStream::statusByAge(expense.date.daysTo(m_data.asOf), m_random);
    expense.billable = m_random.chance(850);
    const QDate modified = std::min(expense.date.addDays(m_random.between(1, 6)), m_data.asOf.addDays(-1));
    const int seconds = m_random.between(8 * 3600, 18 * 3600);
    expense.modifiedAt = DemoDataset::instant(modified, seconds);
    if (expense.status == DemoDataset::LineStatus::Approved && expense.billable) {
        MonthTotal &month = total(placementIndex, m_data.monthIndex(expense.date));
        month.amountMinor += expense.amountMinor;
    }
    DemoJsonWriter json(expense.raw);
    json.beginObject().field("id", expense.externalId.toLongLong());
    json.field("expenseSheetDay", expense.date.toString(Qt::ISODate));
    json.beginObject("placement").field("id", placement.externalId.toLongLong()).endObject();
    json.beginObject("earnCode").field("code", kind.earnCode).endObject();
    json.field("quantity", 1)
        .fieldDecimal("amount", expense.amountMinor)
        .field("currencyUnit", expense.currency);
    json.field("billable", expense.billable).field("comment", expense.description);
    json.beginObject("expenseSheetEntryApprovalStatusLookup")
        .field("label",
               expense.status == DemoDataset::LineStatus::Approved       ? "Approved"
                   : expense.status == DemoDataset::LineStatus::Rejected ? "Rejected"
                                                                         : "Submitted")
        .endObject();
    json.field("dateLastModified", DemoDataset::epochMs(modified, seconds)).endObject();
    m_data.expenses.push_back(std::move(expense));
}

void DemoBillingBuilder::addInvoices(Findings &findings)
{
    const int currentMonth = m_data.monthIndex(m_data.asOf);
    for (int p = 0; p < static_cast<int>(m_data.placements.size()); ++p) {
        DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(p)];
        placement.invoiceByMonth.assign(static_cast<std::size_t>(m_months), 0);
        const DemoDataset::Company &company =
            m_data.companies[static_cast<std::size_t>(placement.companyIndex)];
        const bool hasPartner = company.recordIndex[DemoDataset::Odoo] >= 0;
        for (int month = 0; month < m_months; ++month) {
            const MonthTotal &sum = total(p, month);
            if (sum.amountMinor == 0)
                continue;
            const bool closed = month < currentMonth
                && m_data.monthStart(month + 1).addDays(kBillingLagDays - 1) < m_data.asOf;
            if (closed && hasPartner && m_random.chance(900)) {
                if (m_random.chance(30))
                    addInvoice(p, month, sum, true);
                placement.invoiceByMonth[static_cast<std::size_t>(month)] = addInvoice(p, month, sum, false);
                continue;
            }
            findings.unbilledByCompany[static_cast<std::size_t>(placement.companyIndex)] += sum.amountMinor;
            if (closed)
                findings.unbilled.push_back(
                    { p, month, sum.amountMinor, sum.minutes, sum.lines, !hasPartner });
        }
    }

    // Odoo numbers posted invoices per year in the order they were posted.
    std::vector<std::size_t> order(m_data.invoices.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_data.invoices[a].invoiceDate < m_data.invoices[b].invoiceDate;
    });
    for (std::size_t index : order) {
        DemoDataset::Invoice &invoice = m_data.invoices[index];
        if (invoice.state == QLatin1String("draft"))
            continue;
        if (invoice.invoiceDate.year() != m_sequenceYear) {
            m_sequenceYear = invoice.invoiceDate.year();
            m_invoiceSequence = 0;
        }
        invoice.number =
            QStringLiteral("INV/%1/%2").arg(m_sequenceYear).arg(++m_invoiceSequence, 5, 10, QLatin1Char('0'));
    }
    for (DemoDataset::Invoice &invoice : m_data.invoices) {
        addPayments(invoice);
        invoice.raw = rawInvoice(invoice);
    }
    for (DemoDataset::Expense &expense : m_data.expenses) {
        if (expense.status != DemoDataset::LineStatus::Approved || !expense.billable)
            continue;
        const DemoDataset::Placement &placement =
            m_data.placements[static_cast<std::size_t>(expense.placementIndex)];
        expense.invoiceId =
            placement.invoiceByMonth[static_cast<std::size_t>(m_data.monthIndex(expense.date))];
    }
}

qint64 DemoBillingBuilder::addInvoice(int placementIndex, int month, const MonthTotal &sum, bool cancelled)
{
    const DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(placementIndex)];
    const DemoDataset::Company &company = m_data.companies[static_cast<std::size_t>(placement.companyIndex)];
    const DemoLocale &locale = DemoLocale::forCountry(company.country);
    DemoDataset::Invoice invoice;
    invoice.id = static_cast<qint64>(m_data.invoices.size()) + 1;
    invoice.externalId = QString::number(m_nextInvoice += m_random.between(1, 2));
    invoice.customerId =
        m_data.customers[static_cast<std::size_t>(company.recordIndex[DemoDataset::Odoo])].id;
    invoice.placementIndex = placementIndex;
    invoice.monthIndex = month;
    invoice.periodStart = m_data.monthStart(month);
    invoice.periodEnd = m_data.monthStart(month + 1).addDays(-1);
    invoice.ref = QStringLiteral("CW-%1-%2")
                      .arg(placement.externalId, invoice.periodStart.toString(QStringLiteral("yyyy-MM")));
    invoice.invoiceDate = std::min(invoice.periodEnd.addDays(m_random.between(1, kBillingLagDays - 2)),
                                   m_data.asOf.addDays(-1));
    invoice.dueDate = invoice.invoiceDate.addDays(company.paymentTermDays);
    invoice.currency = placement.currency;
    invoice.amountUntaxedMinor = sum.amountMinor;
    invoice.amountTotalMinor = sum.amountMinor + (sum.amountMinor * locale.vatPerMille() + 500) / 1000;
    invoice.amountResidualMinor = invoice.amountTotalMinor;
    invoice.paymentState = QStringLiteral("not_paid");
    const int monthsAgo = m_data.monthIndex(m_data.asOf) - month;
    if (cancelled)
        invoice.state = QStringLiteral("cancel");
    else if (m_random.chance(monthsAgo >= 2 ? 970 : 550))
        invoice.state = QStringLiteral("posted");
    else
        invoice.state = QStringLiteral("draft");
    const QDate modified =
        std::min(invoice.invoiceDate.addDays(m_random.between(0, 3)), m_data.asOf.addDays(-1));
    invoice.modifiedAt = DemoDataset::instant(modified, m_random.between(8 * 3600, 18 * 3600));
    m_data.invoices.push_back(std::move(invoice));
    return m_data.invoices.back().id;
}

void DemoBillingBuilder::addPayments(DemoDataset::Invoice &invoice)
{
    if (invoice.state != QLatin1String("posted"))
        return;
    const QDate lastDay = m_data.asOf.addDays(-1);
    const bool overdue = invoice.dueDate < m_data.asOf;
    const int draw = static_cast<int>(m_random.below(1000));
    const int term = static_cast<int>(invoice.invoiceDate.daysTo(invoice.dueDate));
    const auto clamp = [&](const QDate &date) {
        return std::clamp(date, invoice.invoiceDate, lastDay);
    };
    if (draw < (overdue ? 720 : 250)) {
        const bool late = overdue && m_random.chance(300);
        const QDate paid = clamp(late ? invoice.dueDate.addDays(m_random.between(5, 60))
                                      : invoice.invoiceDate.addDays(m_random.between(3, term)));
        if (m_random.chance(100)) {
            const qint64 first = invoice.amountTotalMinor / 2;
            addPayment(invoice, invoice.id, clamp(paid.addDays(-m_random.between(5, 20))), first);
            addPayment(invoice, invoice.id, paid, invoice.amountTotalMinor - first);
        } else {
            addPayment(invoice, invoice.id, paid, invoice.amountTotalMinor);
        }
        invoice.paymentState = QStringLiteral("paid");
        invoice.amountResidualMinor = 0;
    } else if (overdue && draw < 810) {
        const qint64 amount = invoice.amountTotalMinor * m_random.between(300, 700) / 1000;
        addPayment(invoice, invoice.id, clamp(invoice.invoiceDate.addDays(m_random.between(5, 90))), amount);
        invoice.paymentState = QStringLiteral("partial");
        invoice.amountResidualMinor = invoice.amountTotalMinor - amount;
    }
}

void DemoBillingBuilder::addPayment(const DemoDataset::Invoice &invoice, qint64 invoiceId, const QDate &date,
                                    qint64 amountMinor)
{
    DemoDataset::Payment payment;
    payment.id = static_cast<qint64>(m_data.payments.size()) + 1;
    payment.externalId = QString::number(m_nextPayment += m_random.between(1, 2));
    payment.customerId = invoice.customerId;
    payment.invoiceId = invoiceId;
    payment.date = date;
    payment.amountMinor = amountMinor;
    payment.currency = invoice.currency;
    payment.modifiedAt = DemoDataset::instant(date, m_random.between(8 * 3600, 18 * 3600));
    const DemoDataset::Customer &partner = m_data.customers[static_cast<std::size_t>(invoice.customerId - 1)];
    DemoJsonWriter json(payment.raw);
    json.beginObject().field("id", payment.externalId.toLongLong());
    json.field(
        "name",
        QStringLiteral("BNK1/%1/%2").arg(date.year()).arg(++m_paymentSequence, 5, 10, QLatin1Char('0')));
    json.field("payment_type", "inbound").field("partner_type", "customer");
    json.beginArray("partner_id").value(partner.externalId.toLongLong()).value(partner.name).endArray();
    json.fieldDecimal("amount", amountMinor).field("date", date.toString(Qt::ISODate));
    json.beginArray("currency_id").value(odooCurrencyId(invoice.currency)).value(invoice.currency).endArray();
    json.beginArray("reconciled_invoice_ids");
    if (invoiceId > 0)
        json.value(invoice.externalId.toLongLong());
    json.endArray().field("state", "posted").endObject();
    m_data.payments.push_back(std::move(payment));
}

void DemoBillingBuilder::addUnmatchedPayments()
{
    // Money that arrives without a usable reference: short payments after bank fees, or a
    // lump sum for several invoices, booked to the customer but reconciled with nothing.
    const std::size_t invoiceCount = m_data.invoices.size();
    for (std::size_t i = 0; i < invoiceCount; ++i) {
        const DemoDataset::Invoice &invoice = m_data.invoices[i];
        if (invoice.state != QLatin1String("posted") || invoice.paymentState == QLatin1String("paid")
            || !m_random.chance(40))
            continue;
        const qint64 amount = std::max<qint64>(100, invoice.amountTotalMinor - m_random.between(500, 2500));
        const QDate date = std::clamp(invoice.dueDate.addDays(m_random.between(-10, 20)), invoice.invoiceDate,
                                      m_data.asOf.addDays(-1));
        addPayment(invoice, 0, date, amount);
    }
}

QByteArray DemoBillingBuilder::rawInvoice(const DemoDataset::Invoice &invoice) const
{
    const DemoDataset::Customer &partner = m_data.customers[static_cast<std::size_t>(invoice.customerId - 1)];
    const DemoDataset::Placement &placement =
        m_data.placements[static_cast<std::size_t>(invoice.placementIndex)];
    QByteArray raw;
    DemoJsonWriter json(raw);
    json.beginObject().field("id", invoice.externalId.toLongLong());
    json.field("name", invoice.number.isEmpty() ? QStringLiteral("/") : invoice.number);
    json.field("ref", invoice.ref).field("move_type", "out_invoice").field("state", invoice.state);
    json.field("payment_state", invoice.paymentState);
    json.beginArray("partner_id").value(partner.externalId.toLongLong()).value(partner.name).endArray();
    json.field("invoice_date", invoice.invoiceDate.toString(Qt::ISODate));
    json.field("invoice_date_due", invoice.dueDate.toString(Qt::ISODate));
    json.field("invoice_origin", placement.jobTitle + QStringLiteral(" / ") + placement.externalId);
    json.fieldDecimal("amount_untaxed", invoice.amountUntaxedMinor);
    json.fieldDecimal("amount_tax", invoice.amountTotalMinor - invoice.amountUntaxedMinor);
    json.fieldDecimal("amount_total", invoice.amountTotalMinor);
    json.fieldDecimal("amount_residual", invoice.amountResidualMinor);
    json.beginArray("currency_id").value(odooCurrencyId(invoice.currency)).value(invoice.currency).endArray();
    json.field("write_date", invoice.modifiedAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
    json.endObject();
    return raw;
}

} // namespace cw
