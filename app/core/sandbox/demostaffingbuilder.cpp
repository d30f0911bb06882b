#include "demostaffingbuilder.h"

#include "demojsonwriter.h"
#include "demolocale.h"
#include "demorandom.h"
#include "namevariantmaker.h"

#include <algorithm>

namespace cw {

namespace {

struct JobTitle
{
    const char *title;
    int rateFactor;
};
constexpr JobTitle kJobTitles[] = {
    { "Senior Java Developer", 1100 },
    { "SAP FI/CO Consultant", 1300 },
    { "Project Manager", 1150 },
    { "Data Engineer", 1100 },
    { "Business Analyst", 950 },
    { "DevOps Engineer", 1100 },
    { "Scrum Master", 1000 },
    { "Interim CFO", 1600 },
    { "Accountant", 750 },
    { "Mechanical Engineer", 900 },
    { "Cloud Architect", 1350 },
    { "QA Tester", 750 },
    { "Payroll Specialist", 750 },
    { "HR Business Partner", 850 },
    { "Network Administrator", 800 },
    { "UX Designer", 950 },
    { "Clinical Research Associate", 1000 },
    { "Electrical Engineer", 950 },
    { "Supply Chain Analyst", 850 },
    { "Salesforce Developer", 1100 },
    { "C++/Qt Developer", 1150 },
    { "Regulatory Affairs Manager", 1200 },
};

constexpr const char *kPersonalMailDomains[] = { "gmail.com", "outlook.com", "gmx.de",        "web.de",
                                                 "proton.me", "icloud.com",  "hotmail.co.uk", "orange.fr" };

// How many placements a company the staffing platform knows has had; a few key accounts more.
constexpr int kPlacementCountWeights[] = { 8, 30, 28, 18, 10, 6 };

enum Timeline { EndedBefore, EndedInWindow, StartsInWindow, Running };
constexpr int kTimelineWeights[] = { 250, 120, 100, 530 };

qint64 roundTo(qint64 value, qint64 step)
{
    return std::max(step, (value + step / 2) / step * step);
}

} // namespace

DemoStaffingBuilder::DemoStaffingBuilder(DemoDataset &dataset, DemoRandom &random)
    : m_data(dataset)
    , m_random(random)
{ }

QString DemoStaffingBuilder::jobTitle(DemoRandom &random, int *rateFactor)
{
    const JobTitle &job = random.pick(kJobTitles);
    if (rateFactor)
        *rateFactor = job.rateFactor;
    return QString::fromUtf8(job.title);
}

void DemoStaffingBuilder::build()
{
    for (int c = 0; c < static_cast<int>(m_data.companies.size()); ++c) {
        const DemoDataset::Company &company = m_data.companies[static_cast<std::size_t>(c)];
        const int record = company.recordIndex[DemoDataset::Staffing];
        if (record < 0)
            continue;
        const int count =
            m_random.chance(30) ? m_random.between(8, 25) : m_random.weighted(kPlacementCountWeights);
        const bool staffingDuplicate = company.duplicateIndex >= 0
            && m_data.customers[static_cast<std::size_t>(company.duplicateIndex)].system
                == DemoDataset::Staffing;
        for (int i = 0; i < count; ++i) {
            // Recruiters sometimes put a placement on the duplicate record of the client.
            const int target = staffingDuplicate && m_random.chance(150) ? company.duplicateIndex : record;
            const DemoDataset::Customer &customer = m_data.customers[static_cast<std::size_t>(target)];
            addPlacement(c, customer.id, customer.name);
        }
    }
}

void DemoStaffingBuilder::addPlacement(int companyIndex, qint64 customerId, const QString &customerName)
{
    const DemoDataset::Company &company = m_data.companies[static_cast<std::size_t>(companyIndex)];
    const DemoLocale &locale = DemoLocale::forCountry(company.country);
    DemoDataset::Placement placement;
    placement.id = static_cast<qint64>(m_data.placements.size()) + 1;
    placement.externalId = QString::number(m_nextPlacement += m_random.between(1, 3));
    placement.companyIndex = companyIndex;
    placement.customerId = customerId;
    int rateFactor = 1000;
    placement.jobTitle = jobTitle(m_random, &rateFactor);
    chooseDates(placement);
    placement.currency = company.currency;
    placement.costCenter = m_random.pick(company.costCenters);
    placement.status = placement.end.isValid() && placement.end < m_data.asOf ? QStringLiteral("ended")
                                                                              : QStringLiteral("active");
    const qint64 base = m_random.between(static_cast<int>(locale.minBillRate() / 100),
                                         static_cast<int>(locale.maxBillRate() / 100));
    const qint64 billRate = roundTo(base * rateFactor / 10, 500);
    const qint64 payRate = roundTo(billRate * m_random.between(560, 760) / 1000, 50);
    addRates(placement, billRate, payRate);
    placement.consultantId = consultantFor(company.country);
    if (placement.status == QLatin1String("ended"))
        m_available[company.country].push_back(placement.consultantId);
    if (placement.end.isValid() && placement.end >= m_data.windowStart.addDays(-5)
        && placement.end < m_data.asOf.addDays(-1) && m_random.chance(80)) {
        placement.daysAfterEnd = m_random.between(1, 5);
    }
    const QDate &lastRate = m_data.rates.back().effectiveDate;
    QDate touched = std::max(placement.start, lastRate);
    if (placement.status == QLatin1String("ended"))
        touched = std::max(touched, placement.end);
    QDate modifiedDay;
    int modifiedSeconds = 0;
    placement.modifiedAt = stampNear(touched, &modifiedDay, &modifiedSeconds);
    const DemoDataset::Customer &customer = m_data.customers[static_cast<std::size_t>(customerId - 1)];
    placement.raw = rawPlacement(placement, customer.externalId, customerName, company.businessUnit,
                                 DemoDataset::epochMs(modifiedDay, modifiedSeconds));
    m_data.placements.push_back(std::move(placement));
}

void DemoStaffingBuilder::chooseDates(DemoDataset::Placement &placement)
{
    const QDate windowStart = m_data.windowStart;
    switch (m_random.weighted(kTimelineWeights)) {
    case EndedBefore:
        placement.end = windowStart.addDays(-m_random.between(1, 400));
        placement.start = placement.end.addDays(-m_random.between(60, 540));
        break;
    case EndedInWindow:
        placement.end = windowStart.addDays(m_random.between(0, DemoDataset::kTimesheetDays - 5));
        placement.start = placement.end.addDays(-m_random.between(60, 700));
        break;
    case StartsInWindow:
        placement.start = windowStart.addDays(m_random.between(0, DemoDataset::kTimesheetDays - 10));
        if (m_random.chance(300))
            placement.end = placement.start.addDays(m_random.between(180, 540));
        break;
    default:
        placement.start = windowStart.addDays(-m_random.between(1, 900));
        if (m_random.chance(450))
            placement.end = m_data.asOf.addDays(m_random.between(1, 300));
        break;
    }
}

void DemoStaffingBuilder::addRates(DemoDataset::Placement &placement, qint64 billRate, qint64 payRate)
{
    placement.firstRate = static_cast<int>(m_data.rates.size());
    const auto addRate = [&](const QDate &date, qint64 bill, qint64 pay) {
        m_data.rates.push_back(
            { static_cast<qint64>(m_data.rates.size()) + 1, placement.id, date, bill, pay });
    };
    addRate(placement.start, billRate, payRate);
    const QDate last = placement.end.isValid() ? std::min(placement.end, m_data.asOf) : m_data.asOf;
    QDate from = placement.start.addDays(90);
    // Long placements get a raise or two; a third of them raise only the pay (margin erosion).
    for (int change = 0; change < 2 && from.daysTo(last) > 30; ++change) {
        if (!m_random.chance(change == 0 ? 450 : 200))
            break;
        const QDate date = from.addDays(m_random.between(0, static_cast<int>(from.daysTo(last))));
        if (m_random.chance(350)) {
            payRate = std::min(billRate - 500, roundTo(payRate * m_random.between(1030, 1080) / 1000, 50));
        } else {
            billRate = roundTo(billRate * m_random.between(1030, 1060) / 1000, 100);
            payRate = roundTo(payRate * m_random.between(1020, 1060) / 1000, 50);
        }
        addRate(date, billRate, payRate);
        from = date.addDays(90);
    }
    placement.rateCount = static_cast<int>(m_data.rates.size()) - placement.firstRate;
    placement.billRateMinor = billRate;
    placement.payRateMinor = payRate;
}

qint64 DemoStaffingBuilder::consultantFor(const QString &country)
{
    std::vector<qint64> &available = m_available[country];
    if (!available.empty() && m_random.chance(400)) {
        const std::size_t at = m_random.below(static_cast<quint32>(available.size()));
        const qint64 id = available[at];
        available.erase(available.begin() + static_cast<std::ptrdiff_t>(at));
        return id;
    }
    const DemoLocale &locale = m_random.chance(850)
        ? DemoLocale::forCountry(country)
        : DemoLocale::all()[static_cast<std::size_t>(DemoLocale::drawCountry(m_random))];
    DemoDataset::Consultant consultant;
    consultant.id = static_cast<qint64>(m_data.consultants.size()) + 1;
    consultant.externalId = QString::number(m_nextConsultant += m_random.between(1, 4));
    const QString first = locale.firstName(m_random);
    const QString last = locale.surname(m_random);
    consultant.name = first + QLatin1Char(' ') + last;
    consultant.email = NameVariantMaker::slug(first, false) + QLatin1Char('.')
        + NameVariantMaker::slug(last, false) + QLatin1Char('@')
        + QLatin1String(m_random.pick(kPersonalMailDomains));
    consultant.country = locale.countryCode();
    const char *bullhornType = nullptr;
    if (country == QLatin1String("US")) {
        const bool w2 = m_random.chance(600);
        bullhornType = w2 ? "W2" : "1099";
        consultant.employmentType = w2 ? QStringLiteral("employee") : QStringLiteral("contractor");
    } else {
        static constexpr int kWeights[] = { 40, 45, 15 };
        static constexpr const char *kTypes[] = { "employee", "freelancer", "contractor" };
        static constexpr const char *kBullhorn[] = { "Employee", "Freelancer", "Umbrella" };
        const int type = m_random.weighted(kWeights);
        bullhornType = kBullhorn[type];
        consultant.employmentType = QLatin1String(kTypes[type]);
    }
    QDate day;
    int seconds = 0;
    consultant.modifiedAt = stampNear(m_data.asOf.addDays(-m_random.between(1, 400)), &day, &seconds);
    DemoJsonWriter json(consultant.raw);
    json.beginObject().field("id", consultant.externalId.toLongLong());
    json.field("firstName", first).field("lastName", last).field("name", consultant.name);
    json.field("email", consultant.email).field("employeeType", bullhornType).field("status", "Placed");
    json.field("dateLastModified", DemoDataset::epochMs(day, seconds)).endObject();
    m_data.consultants.push_back(std::move(consultant));
    return m_data.consultants.back().id;
}

QByteArray DemoStaffingBuilder::rawPlacement(const DemoDataset::Placement &placement,
                                             const QString &customerExternalId, const QString &customerName,
                                             const QString &businessUnit, qint64 modifiedMs) const
{
    const DemoDataset::Consultant &consultant =
        m_data.consultants[static_cast<std::size_t>(placement.consultantId - 1)];
    const qsizetype space = consultant.name.indexOf(QLatin1Char(' '));
    QByteArray raw;
    DemoJsonWriter json(raw);
    json.beginObject().field("id", placement.externalId.toLongLong());
    json.beginObject("candidate")
        .field("id", consultant.externalId.toLongLong())
        .field("firstName", consultant.name.left(space))
        .field("lastName", consultant.name.mid(space + 1))
        .endObject();
    json.beginObject("jobOrder")
        .field("id", placement.externalId.toLongLong() - 20000)
        .field("title", placement.jobTitle);
    json.beginObject("clientCorporation")
        .field("id", customerExternalId.toLongLong())
        .field("name", customerName)
        .endObject();
    json.endObject();
    json.field("dateBegin", DemoDataset::epochMs(placement.start, 0));
    if (placement.end.isValid())
        json.field("dateEnd", DemoDataset::epochMs(placement.end, 0));
    else
        json.fieldNull("dateEnd");
    json.field("status", placement.status == QLatin1String("ended") ? "Completed" : "Approved");
    json.field("employmentType", "Contract").field("billingFrequency", "Monthly");
    json.fieldDecimal("clientBillRate", placement.billRateMinor)
        .fieldDecimal("payRate", placement.payRateMinor);
    json.field("costCenter", placement.costCenter).field("customText1", businessUnit);
    json.field("currencyUnit", placement.currency).field("dateLastModified", modifiedMs);
    json.endObject();
    return raw;
}

QString DemoStaffingBuilder::stampNear(const QDate &date, QDate *day, int *seconds)
{
    const QDate touched = std::min(date.addDays(m_random.between(0, 3)), m_data.asOf.addDays(-1));
    const int secs = m_random.between(7 * 3600, 19 * 3600);
    if (day)
        *day = touched;
    if (seconds)
        *seconds = secs;
    return DemoDataset::instant(touched, secs);
}

} // namespace cw
