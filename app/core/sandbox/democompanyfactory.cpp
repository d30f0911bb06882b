#include "democompanyfactory.h"

#include "demolocale.h"
#include "demorandom.h"
#include "namevariantmaker.h"

#include <array>

namespace cw {

namespace {

constexpr const char *kBrandStarts[] = {
    "North",    "Blue",       "Silver", "Bright", "Red",      "Clear",   "Summit",   "Pioneer", "Atlas",
    "Apex",     "Granite",    "Harbor", "Cedar",  "Meridian", "Vertex",  "Nova",     "Orion",   "Evergreen",
    "Keystone", "Lighthouse", "Falcon", "Iron",   "Crescent", "Horizon", "Sterling", "Quantum", "Beacon",
    "Cobalt",   "Maple",      "River",  "Oak",    "Aurora",   "Polar",   "Zenith",   "Cascade", "Alpine"
};
constexpr const char *kBrandEnds[] = { "peak",  "wind",  "field",  "bridge", "stone", "gate",  "point",
                                       "line",  "works", "ridge",  "view",   "wave",  "forge", "path",
                                       "light", "ford",  "spring", "crest",  "haven", "core" };
constexpr const char *kBrandWords[] = { "Analytics",    "Consulting",  "Solutions", "Systems",
                                        "Technologies", "Engineering", "Logistics", "Partners",
                                        "Group",        "Software",    "Networks",  "Digital",
                                        "Labs",         "Health",      "Energy",    "Advisory",
                                        "Robotics",     "Media",       "Services",  "Security",
                                        "Data",         "Cloud",       "Capital",   "Manufacturing" };
constexpr const char *kEmoji[] = { "🚀", "☕", "🌱", "⭐", "💡", "🔧", "☀️", "🐝" };
constexpr const char *kInitials = "ABCDEFGHJKLMNPRSTVW";

struct Quoted
{
    const char *country;
    const char *prefix;
    const char *phrase;
};
constexpr Quoted kQuoted[] = {
    { "DE", "Kanzlei", "Am Markt" },
    { "DE", "Hotel", "Zur Post" },
    { "DE", "Verlag", "Neue Zeit" },
    { "DE", "Brauerei", "Goldener Hirsch" },
    { "CH", "Gasthaus", "Zum Löwen" },
    { "CH", "Treuhand", "Alpenblick" },
    { "FR", "Hôtel", "Le Cygne" },
    { "FR", "Atelier", "La Belle Époque" },
    { "FR", "Restaurant", "Les Trois Rois" },
    { "NL", "Café", "De Gouden Leeuw" },
    { "NL", "Stichting", "Het Anker" },
    { "GB", "Hotel", "The Anchor" },
    { "GB", "Brewery", "Red Lion" },
    { "US", "Studio", "Blue Door" },
    { "US", "Diner", "Route 66" },
};

constexpr const char *kFrenchArticles[] = { "L'Atelier", "L'Agence", "L'Union", "L'Alliance", "L'Étoile" };

struct Partnership
{
    const char *country;
    const char *suffix;
};
constexpr Partnership kPartnerships[] = { { "DE", "& Partner" }, { "CH", "& Partner" }, { "FR", "& Fils" },
                                          { "NL", "& Zonen" },   { "GB", "& Sons" },    { "US", "& Sons" } };

constexpr const char *kBusinessUnits[] = { "IT & Digital", "Engineering", "Finance & Accounting",
                                           "Life Sciences", "Executive Interim" };
constexpr int kBusinessUnitWeights[] = { 40, 22, 18, 12, 8 };
constexpr const char *kDepartments[] = { "IT-OPS", "R&D",  "PMO", "FIN", "HR",
                                         "ENG",    "DATA", "SEC", "SCM", "MKT" };

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

DemoCompanyFactory::DemoCompanyFactory(DemoRandom &random)
    : m_random(random)
{ }

DemoDataset::Company DemoCompanyFactory::create(const QString &truthKey, NameKind kind)
{
    const DemoLocale &locale = DemoLocale::all()[static_cast<std::size_t>(DemoLocale::drawCountry(m_random))];
    DemoDataset::Company company;
    company.truthKey = truthKey;
    company.country = locale.countryCode();
    company.cityIndex = static_cast<int>(m_random.below(static_cast<quint32>(locale.cityCount())));
    company.baseName = inventBaseName(locale, company.cityIndex, kind);
    company.legalForm = utf8(locale.drawLegalForm(m_random).canonical);
    fillDetails(company, locale);
    return company;
}

DemoDataset::Company DemoCompanyFactory::namesake(const DemoDataset::Company &original, int originalIndex,
                                                  const QString &truthKey)
{
    // Half stay in the country (another city, another legal form: a sister company), half
    // are the same brand abroad (a foreign subsidiary).
    const bool abroad = m_random.chance(500);
    const DemoLocale &locale = abroad
        ? DemoLocale::all()[static_cast<std::size_t>(DemoLocale::drawCountry(m_random))]
        : DemoLocale::forCountry(original.country);
    DemoDataset::Company company;
    company.truthKey = truthKey;
    company.country = locale.countryCode();
    company.cityIndex = static_cast<int>(m_random.below(static_cast<quint32>(locale.cityCount())));
    company.baseName = original.baseName;
    company.legalForm = utf8(locale.drawLegalForm(m_random).canonical);
    company.siblingOf = originalIndex;
    fillDetails(company, locale);
    return company;
}

void DemoCompanyFactory::fillDetails(DemoDataset::Company &company, const DemoLocale &locale)
{
    company.street = locale.streetAddress(m_random);
    company.postcode = locale.postcode(company.cityIndex, m_random);
    company.areaCode = QLatin1String(locale.city(company.cityIndex).areaCode);
    company.subscriber = locale.subscriberNumber(company.cityIndex, m_random);
    company.domain = uniqueDomain(company.baseName, locale, company.cityIndex);
    company.vat = locale.vatId(m_random);
    company.registryId = locale.registryId(company.vat, m_random);
    company.currency = locale.currency();
    company.businessUnit = utf8(kBusinessUnits[m_random.weighted(kBusinessUnitWeights)]);
    company.costCenters = costCenters(locale);
    static constexpr int kTerms[] = { 14, 30, 45, 60 };
    static constexpr int kTermWeights[] = { 20, 55, 10, 15 };
    company.paymentTermDays = kTerms[m_random.weighted(kTermWeights)];
}

QString DemoCompanyFactory::brand()
{
    const QString start = QLatin1String(m_random.pick(kBrandStarts));
    switch (m_random.below(3)) {
    case 0:
        return start;
    case 1:
        return start + QLatin1String(m_random.pick(kBrandEnds));
    default: {
        QString end = QLatin1String(m_random.pick(kBrandEnds));
        end[0] = end.at(0).toUpper();
        return start + QLatin1Char(' ') + end;
    }
    }
}

QString DemoCompanyFactory::inventBaseName(const DemoLocale &locale, int cityIndex, NameKind kind)
{
    const QString country = locale.countryCode();
    const auto attempt = [&]() -> QString {
        if (kind == NameKind::Emoji || m_random.chance(6))
            return brand() + QLatin1Char(' ') + utf8(m_random.pick(kEmoji)) + QLatin1Char(' ')
                + QLatin1String(m_random.pick(kBrandWords));
        if (kind == NameKind::Quoted || m_random.chance(10)) {
            std::vector<const Quoted *> local;
            for (const Quoted &q : kQuoted) {
                if (country == QLatin1String(q.country))
                    local.push_back(&q);
            }
            const Quoted *q = m_random.pick(local);
            return utf8(q->prefix) + QStringLiteral(" \"") + utf8(q->phrase) + QLatin1Char('"');
        }
        static constexpr int kPatternWeights[] = { 28, 14, 28, 5, 8, 6, 4 };
        switch (m_random.weighted(kPatternWeights)) {
        case 0:
            return locale.surname(m_random) + QLatin1Char(' ') + locale.tradeWord(m_random);
        case 1: {
            const QString first = locale.surname(m_random);
            if (m_random.chance(350)) {
                for (const Partnership &p : kPartnerships) {
                    if (country == QLatin1String(p.country))
                        return first + QLatin1Char(' ') + utf8(p.suffix);
                }
            }
            QString name = first + QStringLiteral(" & ") + locale.surname(m_random);
            if (m_random.chance(500))
                name += QLatin1Char(' ') + locale.tradeWord(m_random);
            return name;
        }
        case 2:
            return brand() + QLatin1Char(' ') + QLatin1String(m_random.pick(kBrandWords));
        case 3:
            return brand() + QLatin1Char(' ') + QLatin1String(m_random.pick(kBrandWords))
                + QStringLiteral(" International");
        case 4:
            return utf8(locale.city(cityIndex).name) + QLatin1Char(' ') + locale.tradeWord(m_random);
        case 5:
            if (country == QLatin1String("FR"))
                return utf8(m_random.pick(kFrenchArticles)) + QLatin1Char(' ') + locale.surname(m_random);
            return locale.surname(m_random) + QStringLiteral("'s ")
                + QLatin1String(m_random.pick(kBrandWords));
        default: {
            const auto letter = [&] {
                return QLatin1Char(kInitials[m_random.below(19)]);
            };
            const QString initials = m_random.chance(400) ? QString(letter()) + QLatin1Char('&') + letter()
                                                          : QString(letter()) + letter() + letter();
            return initials + QLatin1Char(' ') + QLatin1String(m_random.pick(kBrandWords));
        }
        }
    };
    for (int i = 0; i < 40; ++i) {
        const QString name = attempt();
        if (!m_names.contains(name.toLower())) {
            m_names.insert(name.toLower());
            return name;
        }
    }
    // Very large datasets exhaust the vocabulary; a place name keeps names unique and plausible.
    QString name = attempt() + QLatin1Char(' ') + utf8(locale.city(cityIndex).name);
    for (int n = 2; m_names.contains(name.toLower()); ++n)
        name = attempt() + QLatin1Char(' ') + utf8(locale.city(cityIndex).name) + QLatin1Char(' ')
            + QString::number(n);
    m_names.insert(name.toLower());
    return name;
}

QString DemoCompanyFactory::uniqueDomain(const QString &baseName, const DemoLocale &locale, int cityIndex)
{
    const QString tld = (locale.countryCode() == QLatin1String("US") || m_random.chance(250))
        ? QStringLiteral("com")
        : locale.topLevelDomain();
    const QString slug = NameVariantMaker::slug(baseName, m_random.chance(600));
    QString domain = slug + QLatin1Char('.') + tld;
    if (m_domains.contains(domain))
        domain = slug + QLatin1Char('-') + NameVariantMaker::slug(utf8(locale.city(cityIndex).name), true)
            + QLatin1Char('.') + tld;
    for (int n = 2; m_domains.contains(domain); ++n)
        domain = slug + QString::number(n) + QLatin1Char('.') + tld;
    m_domains.insert(domain);
    return domain;
}

QStringList DemoCompanyFactory::costCenters(const DemoLocale &locale)
{
    const bool germanStyle =
        locale.countryCode() == QLatin1String("DE") || locale.countryCode() == QLatin1String("CH");
    QStringList out;
    const int count = m_random.between(1, 4);
    for (int i = 0; i < count; ++i) {
        QString center;
        switch (m_random.below(3)) {
        case 0:
            center = QStringLiteral("CC-%1").arg(m_random.between(1000, 9899));
            break;
        case 1:
            center = QLatin1String(m_random.pick(kDepartments))
                + QStringLiteral("-%1").arg(m_random.between(100, 999));
            break;
        default:
            center = germanStyle ? QStringLiteral("KST %1").arg(m_random.between(1000, 9899))
                                 : QStringLiteral("CC %1").arg(m_random.between(10, 99));
        }
        if (!out.contains(center))
            out.append(center);
    }
    return out;
}

} // namespace cw
