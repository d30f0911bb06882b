#include "democustomerbuilder.h"

#include "demojsonwriter.h"
#include "demolocale.h"
#include "demorandom.h"
#include "demostaffingbuilder.h"

namespace cw {

namespace {

// Which systems know a company, as a bit mask (1 CRM, 2 staffing, 4 Odoo), per mille.
constexpr int kPresenceMasks[] = { 7, 5, 6, 3, 1, 2, 4 };
constexpr int kPresenceWeights[] = { 640, 70, 110, 50, 70, 30, 30 };

// Share of records (per mille) in which each system has a field filled in.
struct FieldPresence
{
    int vat;
    int registry;
    int phone;
    int email;
    int website;
    int street;
};
constexpr FieldPresence kFieldPresence[DemoDataset::kSystemCount] = {
    { 250, 0, 850, 450, 950, 600 }, // CRM: marketing data, rarely tax ids
    { 550, 100, 900, 700, 850, 900 }, // staffing: what the recruiter got from the client
    { 920, 500, 850, 850, 800, 980 }, // Odoo: what invoicing needs
};

// res.country ids of a standard Odoo database.
struct OdooCountry
{
    const char *code;
    int id;
};
constexpr OdooCountry kOdooCountries[] = { { "US", 233 }, { "GB", 231 }, { "DE", 57 },
                                           { "FR", 75 },  { "NL", 165 }, { "CH", 43 } };

constexpr const char *kPersonalMailDomains[] = { "gmail.com", "outlook.com", "gmx.de",
                                                 "web.de",    "proton.me",   "yahoo.fr" };
constexpr const char *kContactRoles[] = { "Head of IT",          "Procurement Manager", "CFO",
                                          "HR Business Partner", "Engineering Manager", "Accounts Payable",
                                          "Project Director" };

// HubSpot's default pipeline: stage ids are stable there, custom pipelines generate their own.
constexpr const char *kOpenStages[] = { "appointmentscheduled", "qualifiedtobuy", "presentationscheduled",
                                        "decisionmakerboughtin", "contractsent" };

NameVariantMaker::Style styleFor(DemoDataset::System system, bool duplicate)
{
    if (duplicate)
        return NameVariantMaker::duplicateStyle();
    switch (system) {
    case DemoDataset::Crm:
        return NameVariantMaker::crmStyle();
    case DemoDataset::Staffing:
        return NameVariantMaker::staffingStyle();
    case DemoDataset::Odoo:
        break;
    }
    return NameVariantMaker::erpStyle();
}

int odooCountryId(const QString &code)
{
    for (const OdooCountry &country : kOdooCountries) {
        if (code == QLatin1String(country.code))
            return country.id;
    }
    return 0;
}

QString websiteVariant(const QString &domain, DemoDataset::System system, DemoRandom &random)
{
    if (system == DemoDataset::Crm && random.chance(500))
        return domain;
    switch (random.below(5)) {
    case 0:
        return QStringLiteral("https://www.") + domain;
    case 1:
        return QStringLiteral("www.") + domain;
    case 2:
        return QStringLiteral("http://") + domain + QLatin1Char('/');
    case 3:
        return QStringLiteral("https://") + domain;
    default:
        return domain;
    }
}

// A different address the company also uses for mail: a group domain or an old one.
QString otherDomain(const QString &domain, DemoRandom &random)
{
    const qsizetype dot = domain.indexOf(QLatin1Char('.'));
    const QString name = domain.left(dot);
    const QString tld = domain.mid(dot + 1);
    if (random.chance(500))
        return name + QStringLiteral("-group.com");
    return name + QLatin1Char('.')
        + (tld == QLatin1String("com") ? QStringLiteral("net") : QStringLiteral("com"));
}

} // namespace

DemoCustomerBuilder::DemoCustomerBuilder(DemoDataset &dataset, DemoRandom &random)
    : m_data(dataset)
    , m_random(random)
    , m_nextExternal { 3821000000, 10000, 100 }
{ }

void DemoCustomerBuilder::build()
{
    for (int i = 0; i < static_cast<int>(m_data.companies.size()); ++i)
        addRecords(i);
}

void DemoCustomerBuilder::addRecords(int companyIndex)
{
    DemoDataset::Company &company = m_data.companies[static_cast<std::size_t>(companyIndex)];
    const int mask = kPresenceMasks[m_random.weighted(kPresenceWeights)];
    const bool prospect = mask == 1;
    for (int s = 0; s < DemoDataset::kSystemCount; ++s) {
        if (mask & (1 << s))
            company.recordIndex[static_cast<std::size_t>(s)] =
                addCustomer(companyIndex, DemoDataset::System(s), false, prospect);
    }
    if (m_random.chance(25)) {
        std::vector<int> present;
        for (int s = 0; s < DemoDataset::kSystemCount; ++s) {
            if (mask & (1 << s))
                present.push_back(s);
        }
        const auto system = DemoDataset::System(m_random.pick(present));
        company.duplicateIndex = addCustomer(companyIndex, system, true, prospect);
    }
}

int DemoCustomerBuilder::addCustomer(int companyIndex, DemoDataset::System system, bool duplicate,
                                     bool prospect)
{
    const DemoDataset::Company &company = m_data.companies[static_cast<std::size_t>(companyIndex)];
    const DemoLocale &locale = DemoLocale::forCountry(company.country);
    const NameVariantMaker names(locale);

    DemoDataset::Customer customer;
    customer.id = static_cast<qint64>(m_data.customers.size()) + 1;
    customer.system = system;
    customer.externalId = nextExternalId(system);
    customer.companyIndex = companyIndex;
    customer.duplicate = duplicate;
    customer.name = names.variant(company.baseName, company.legalForm, styleFor(system, duplicate), m_random);
    customer.country = company.country;
    if (system != DemoDataset::Crm) {
        customer.currency = company.currency;
        customer.businessUnit = company.businessUnit;
    }
    if (prospect)
        customer.status = QStringLiteral("not_customer");
    else if ((duplicate && m_random.chance(400)) || m_random.chance(20))
        customer.status = QStringLiteral("archived");
    else
        customer.status = QStringLiteral("active");
    fillContactDetails(customer, company, locale);
    QDate modifiedDate;
    int modifiedSeconds = 0;
    customer.modifiedAt = recentStamp(&modifiedDate, &modifiedSeconds);
    customer.raw =
        rawRecord(customer, company, prospect, DemoDataset::epochMs(modifiedDate, modifiedSeconds));
    m_data.customers.push_back(std::move(customer));
    const DemoDataset::Customer &added = m_data.customers.back();
    if (!duplicate) {
        addContacts(added);
        if (system == DemoDataset::Crm)
            addDeals(added, prospect);
    }
    return static_cast<int>(m_data.customers.size()) - 1;
}

void DemoCustomerBuilder::fillContactDetails(DemoDataset::Customer &customer,
                                             const DemoDataset::Company &company, const DemoLocale &locale)
{
    const FieldPresence &has = kFieldPresence[customer.system];
    const bool careful = customer.system == DemoDataset::Odoo && !customer.duplicate;
    if (!company.vat.isEmpty() && m_random.chance(has.vat))
        customer.vat =
            (careful && m_random.chance(850)) ? company.vat : locale.vatVariant(company.vat, m_random);
    if (m_random.chance(has.registry))
        customer.registryId = company.registryId;
    if (m_random.chance(has.phone)) {
        const int style = static_cast<int>(m_random.below(static_cast<quint32>(locale.phoneStyleCount())));
        customer.phone = locale.formatPhone(company.areaCode, company.subscriber, style);
    }
    if (m_random.chance(has.email)) {
        const QString domain = m_random.chance(80) ? otherDomain(company.domain, m_random) : company.domain;
        const QString mailbox =
            customer.system == DemoDataset::Crm ? QStringLiteral("info") : locale.accountsMailbox(m_random);
        customer.email = mailbox + QLatin1Char('@') + domain;
    }
    if (m_random.chance(has.website))
        customer.website = websiteVariant(company.domain, customer.system, m_random);
    if (m_random.chance(has.street)) {
        customer.street =
            careful && m_random.chance(700) ? company.street : locale.streetVariant(company.street, m_random);
        customer.postcode = careful ? company.postcode : locale.postcodeVariant(company.postcode, m_random);
        customer.city = careful && m_random.chance(900)
            ? QString::fromUtf8(locale.city(company.cityIndex).name)
            : locale.cityVariant(company.cityIndex, m_random);
    } else if (m_random.chance(600)) {
        customer.city = locale.cityVariant(company.cityIndex, m_random);
    }
}

QByteArray DemoCustomerBuilder::rawRecord(const DemoDataset::Customer &customer,
                                          const DemoDataset::Company &company, bool prospect,
                                          qint64 modifiedMs) const
{
    const DemoLocale &locale = DemoLocale::forCountry(company.country);
    const QString region = QLatin1String(locale.city(company.cityIndex).region);
    QByteArray raw;
    DemoJsonWriter json(raw);
    json.beginObject();
    switch (customer.system) {
    case DemoDataset::Crm: {
        json.field("id", customer.externalId).beginObject("properties");
        json.field("name", customer.name);
        if (!customer.website.isEmpty())
            json.field("domain", company.domain).field("website", customer.website);
        if (!customer.phone.isEmpty())
            json.field("phone", customer.phone);
        if (!customer.street.isEmpty())
            json.field("address", customer.street).field("zip", customer.postcode);
        if (!customer.city.isEmpty())
            json.field("city", customer.city);
        if (!region.isEmpty())
            json.field("state", region);
        json.field("country", locale.countryName());
        if (!customer.vat.isEmpty())
            json.field("vat_number", customer.vat);
        json.field("lifecyclestage", prospect ? "lead" : "customer");
        json.field("hs_object_id", customer.externalId).field("hs_lastmodifieddate", customer.modifiedAt);
        json.endObject();
        json.field("createdAt", customer.modifiedAt).field("updatedAt", customer.modifiedAt);
        json.field("archived", customer.status == QLatin1String("archived"));
        break;
    }
    case DemoDataset::Staffing: {
        json.field("id", customer.externalId.toLongLong()).field("name", customer.name);
        json.field("status",
                   customer.status == QLatin1String("archived") ? "Archive"
                       : prospect                               ? "Prospect"
                                                                : "Active Account");
        json.field("companyURL", customer.website).field("phone", customer.phone);
        json.beginObject("address")
            .field("address1", customer.street)
            .field("city", customer.city)
            .field("state", region)
            .field("zip", customer.postcode)
            .field("countryName", locale.countryName())
            .endObject();
        // Tax id and business unit live in custom fields the firm configured in Bullhorn.
        json.field("customText3", customer.vat).field("customText5", customer.businessUnit);
        json.field("dateLastModified", modifiedMs);
        break;
    }
    case DemoDataset::Odoo:
        json.field("id", customer.externalId.toLongLong()).field("name", customer.name);
        json.field("is_company", true).field("company_type", "company");
        json.fieldOrFalse("vat", customer.vat).fieldOrFalse("company_registry", customer.registryId);
        json.fieldOrFalse("phone", customer.phone).fieldOrFalse("email", customer.email);
        json.fieldOrFalse("website", customer.website).fieldOrFalse("street", customer.street);
        json.fieldOrFalse("zip", customer.postcode).fieldOrFalse("city", customer.city);
        json.beginArray("country_id")
            .value(odooCountryId(company.country))
            .value(locale.countryName())
            .endArray();
        json.field("customer_rank", prospect ? 0 : 1)
            .field("active", customer.status != QLatin1String("archived"));
        json.field("write_date", customer.modifiedAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
        break;
    }
    json.endObject();
    return raw;
}

void DemoCustomerBuilder::addContacts(const DemoDataset::Customer &customer)
{
    const DemoDataset::Company &company = m_data.companies[static_cast<std::size_t>(customer.companyIndex)];
    const DemoLocale &locale = DemoLocale::forCountry(company.country);
    int count = 0;
    switch (customer.system) {
    case DemoDataset::Crm:
        count = m_random.between(1, 3);
        break;
    case DemoDataset::Staffing:
        count = m_random.chance(800) ? 1 : 0;
        break;
    case DemoDataset::Odoo:
        count = m_random.chance(400) ? 1 : 0;
        break;
    }
    for (int i = 0; i < count; ++i) {
        DemoDataset::Contact contact;
        contact.id = static_cast<qint64>(m_data.contacts.size()) + 1;
        contact.system = customer.system;
        contact.customerId = customer.id;
        contact.firstName = locale.firstName(m_random);
        contact.lastName = locale.surname(m_random);
        contact.email = personEmail(contact.firstName, contact.lastName, company.domain);
        if (m_random.chance(600)) {
            const int style =
                static_cast<int>(m_random.below(static_cast<quint32>(locale.phoneStyleCount())));
            contact.phone = locale.formatPhone(company.areaCode,
                                               locale.subscriberNumber(company.cityIndex, m_random), style);
        }
        QDate date;
        int seconds = 0;
        contact.modifiedAt = recentStamp(&date, &seconds);
        const QString role = QLatin1String(m_random.pick(kContactRoles));
        DemoJsonWriter json(contact.raw);
        json.beginObject();
        switch (customer.system) {
        case DemoDataset::Crm:
            contact.externalId = QString::number(m_nextCrmContact += m_random.between(1, 50));
            json.field("id", contact.externalId).beginObject("properties");
            json.field("firstname", contact.firstName).field("lastname", contact.lastName);
            json.field("email", contact.email).field("phone", contact.phone).field("jobtitle", role);
            json.field("associatedcompanyid", customer.externalId)
                .field("lastmodifieddate", contact.modifiedAt);
            json.endObject().field("archived", false);
            break;
        case DemoDataset::Staffing:
            contact.externalId = QString::number(m_nextStaffingContact += m_random.between(1, 3));
            json.field("id", contact.externalId.toLongLong());
            json.field("firstName", contact.firstName).field("lastName", contact.lastName);
            json.field("name", contact.firstName + QLatin1Char(' ') + contact.lastName);
            json.field("email", contact.email).field("phone", contact.phone).field("occupation", role);
            json.beginObject("clientCorporation").field("id", customer.externalId.toLongLong()).endObject();
            json.field("dateLastModified", DemoDataset::epochMs(date, seconds));
            break;
        case DemoDataset::Odoo:
            // Odoo contacts are partners too and share the company partners' id sequence.
            contact.externalId = nextExternalId(DemoDataset::Odoo);
            json.field("id", contact.externalId.toLongLong());
            json.field("name", contact.firstName + QLatin1Char(' ') + contact.lastName);
            json.beginArray("parent_id")
                .value(customer.externalId.toLongLong())
                .value(customer.name)
                .endArray();
            json.field("type", "invoice").field("function", role);
            json.fieldOrFalse("email", contact.email).fieldOrFalse("phone", contact.phone);
            json.field("write_date", DemoDataset::odooTimestamp(date, seconds));
            break;
        }
        json.endObject();
        m_data.contacts.push_back(std::move(contact));
    }
}

void DemoCustomerBuilder::addDeals(const DemoDataset::Customer &customer, bool prospect)
{
    const DemoDataset::Company &company = m_data.companies[static_cast<std::size_t>(customer.companyIndex)];
    const DemoLocale &locale = DemoLocale::forCountry(company.country);
    const int count = prospect ? m_random.between(0, 2) : m_random.between(1, 3);
    for (int i = 0; i < count; ++i) {
        DemoDataset::Deal deal;
        deal.id = static_cast<qint64>(m_data.deals.size()) + 1;
        deal.externalId = QString::number(m_nextDeal += m_random.between(1, 90));
        deal.customerId = customer.id;
        const int heads = m_random.chance(750) ? 1 : m_random.between(2, 4);
        const QString title = DemoStaffingBuilder::jobTitle(m_random);
        deal.name = heads == 1 ? customer.name.trimmed() + QStringLiteral(" – ") + title
                               : customer.name.trimmed() + QStringLiteral(" – %1 × ").arg(heads) + title;
        const int outcome = static_cast<int>(m_random.below(1000));
        if (!prospect && outcome < 650) {
            deal.stage = QStringLiteral("closedwon");
            deal.won = true;
        } else if (outcome < (prospect ? 400 : 800)) {
            deal.stage = QStringLiteral("closedlost");
        } else {
            deal.stage = QLatin1String(m_random.pick(kOpenStages));
        }
        const qint64 hourly = m_random.between(static_cast<int>(locale.minBillRate() / 100),
                                               static_cast<int>(locale.maxBillRate() / 100));
        const int months = m_random.between(3, 12);
        deal.amountMinor = hourly * 8 * 21 * months * heads / 100 * 10000;
        deal.currency = company.currency;
        const bool closed = deal.stage.startsWith(QLatin1String("closed"));
        deal.closeDate = closed ? m_data.asOf.addDays(-m_random.between(10, 700))
                                : m_data.asOf.addDays(m_random.between(5, 120));
        deal.modifiedAt = recentStamp();
        DemoJsonWriter json(deal.raw);
        json.beginObject().field("id", deal.externalId).beginObject("properties");
        json.field("dealname", deal.name).fieldDecimalString("amount", deal.amountMinor);
        json.field("deal_currency_code", deal.currency)
            .field("dealstage", deal.stage)
            .field("pipeline", "default");
        json.field("closedate", DemoDataset::instant(deal.closeDate, 0));
        json.field("hs_is_closed_won", deal.won ? "true" : "false");
        json.field("hs_lastmodifieddate", deal.modifiedAt);
        json.endObject();
        json.beginObject("associations").beginObject("companies").beginArray("results");
        json.beginObject().field("id", customer.externalId).field("type", "deal_to_company").endObject();
        json.endArray().endObject().endObject();
        json.field("archived", false).endObject();
        m_data.deals.push_back(std::move(deal));
    }
}

QString DemoCustomerBuilder::nextExternalId(DemoDataset::System system)
{
    static constexpr int kMaxStep[DemoDataset::kSystemCount] = { 37, 3, 2 };
    qint64 &next = m_nextExternal[static_cast<std::size_t>(system)];
    next += m_random.between(1, kMaxStep[system]);
    return QString::number(next);
}

QString DemoCustomerBuilder::personEmail(const QString &first, const QString &last, const QString &domain)
{
    const QString f = NameVariantMaker::slug(first, false);
    const QString l = NameVariantMaker::slug(last, false);
    switch (m_random.below(6)) {
    case 0:
        return f.left(1) + l + QLatin1Char('@') + domain;
    case 1:
        return f + QLatin1Char('.') + l + QLatin1Char('@')
            + QLatin1String(m_random.pick(kPersonalMailDomains));
    default:
        return f + QLatin1Char('.') + l + QLatin1Char('@') + domain;
    }
}

QString DemoCustomerBuilder::recentStamp(QDate *date, int *seconds)
{
    const QDate day = m_data.asOf.addDays(-m_random.between(1, 365));
    const int secs = m_random.between(7 * 3600, 19 * 3600);
    if (date)
        *date = day;
    if (seconds)
        *seconds = secs;
    return DemoDataset::instant(day, secs);
}

} // namespace cw
