#include "paircomparator.h"

#include "fellegisuntermodel.h"
#include "stringsimilarity.h"

#include <array>

namespace cw {

namespace {

constexpr std::array<double, 3> kJaroWinklerBins = { 0.97, 0.92, 0.85 };
constexpr std::array<double, 3> kCosineBins = { 0.9, 0.7, 0.4 };
constexpr double kSameText = 0.92; // Jaro-Winkler above which a street or city counts as the same

constexpr int kNameMissing = 17;
enum Locality { PostcodeSame, CitySame, LocalityDiffers, LocalityMissing };
enum Street { StreetAndNumber, StreetNoNumber, StreetOtherNumber, StreetDiffers, StreetMissing };
constexpr int kStreetLevels = 5;

int bin(double value, const std::array<double, 3> &bins)
{
    for (int b = 0; b < 3; ++b) {
        if (value >= bins[size_t(b)])
            return b;
    }
    return 3;
}

struct Scratch
{
    double jaroWinkler = 0;
    double cosine = 0;
    double street = 0;
    double city = 0;
};

int nameLevel(const FeatureStore &a, qsizetype i, const FeatureStore &b, qsizetype j, Scratch *s)
{
    const std::u16string_view left = a.name(i);
    const std::u16string_view right = b.name(j);
    if (left.empty() || right.empty())
        return kNameMissing;
    if (left == right) {
        s->jaroWinkler = s->cosine = 1.0;
        return 0;
    }
    s->jaroWinkler = StringSimilarity::jaroWinkler(left, right);
    s->cosine = PairComparator::nameCosine(a, i, b, j);
    return 1 + bin(s->jaroWinkler, kJaroWinklerBins) * 4 + bin(s->cosine, kCosineBins);
}

int legalLevel(const FeatureStore::Row &l, const FeatureStore::Row &r)
{
    if (l.legalForm == 0 || r.legalForm == 0)
        return 3;
    if (l.legalForm == r.legalForm)
        return 0;
    return l.legalFamily != 0 && l.legalFamily == r.legalFamily ? 1 : 2;
}

int taxLevel(const FeatureStore::Row &l, const FeatureStore::Row &r)
{
    const bool vat = l.vat != 0 && r.vat != 0;
    const bool registry = l.registry != 0 && r.registry != 0;
    if ((vat && l.vat == r.vat) || (registry && l.registry == r.registry))
        return 0;
    return vat || registry ? 1 : 2;
}

int digitCount(quint64 n)
{
    int d = 0;
    for (; n > 0; n /= 10)
        ++d;
    return d;
}

int phoneLevel(const FeatureStore::Row &l, const FeatureStore::Row &r)
{
    if (l.phone == 0 || r.phone == 0)
        return 3;
    if (l.phone == r.phone)
        return 0;
    const bool sameSwitchboard =
        l.phone / 1000 == r.phone / 1000 && l.phone >= 1000000 && digitCount(l.phone) == digitCount(r.phone);
    return sameSwitchboard ? 1 : 2;
}

int domainLevel(const FeatureStore::Row &l, const FeatureStore::Row &r)
{
    if (l.domains[0] == 0 || r.domains[0] == 0)
        return 2;
    for (const quint64 a : l.domains) {
        for (const quint64 b : r.domains) {
            if (a != 0 && a == b)
                return 0;
        }
    }
    return 1;
}

bool sameText(quint64 lHash, quint64 rHash, std::u16string_view l, std::u16string_view r, double *similarity)
{
    *similarity = lHash == rHash ? 1.0 : StringSimilarity::jaroWinkler(l, r);
    return *similarity >= kSameText;
}

int addressLevel(const FeatureStore &a, qsizetype i, const FeatureStore &b, qsizetype j, Scratch *s)
{
    const FeatureStore::Row &l = a.row(i);
    const FeatureStore::Row &r = b.row(j);
    const bool postcodes = l.postcode != 0 && r.postcode != 0;
    const bool cities = l.city != 0 && r.city != 0;
    Locality locality = LocalityMissing;
    if (postcodes && l.postcode == r.postcode)
        locality = PostcodeSame;
    else if (cities && sameText(l.city, r.city, a.city(i), b.city(j), &s->city))
        locality = CitySame;
    else if (postcodes || cities)
        locality = LocalityDiffers;

    Street street = StreetMissing;
    if (l.street != 0 && r.street != 0) {
        if (!sameText(l.street, r.street, a.street(i), b.street(j), &s->street))
            street = StreetDiffers;
        else if (l.house == 0 || r.house == 0)
            street = StreetNoNumber;
        else
            street = l.house == r.house ? StreetAndNumber : StreetOtherNumber;
    }
    return int(locality) * kStreetLevels + int(street);
}

int countryLevel(const FeatureStore::Row &l, const FeatureStore::Row &r)
{
    if (l.country == 0 || r.country == 0)
        return 2;
    return l.country == r.country ? 0 : 1;
}

quint32 pack(const std::array<int, PairComparator::kFieldCount> &levels)
{
    quint32 pattern = 0;
    for (int f = 0; f < PairComparator::kFieldCount; ++f)
        pattern = PairComparator::withLevel(pattern, MatchField(f), levels[size_t(f)]);
    return pattern;
}

quint32 comparePair(const FeatureStore &a, qsizetype i, const FeatureStore &b, qsizetype j, Scratch *s)
{
    const FeatureStore::Row &l = a.row(i);
    const FeatureStore::Row &r = b.row(j);
    return pack({ nameLevel(a, i, b, j, s), legalLevel(l, r), taxLevel(l, r), phoneLevel(l, r),
                  domainLevel(l, r), addressLevel(a, i, b, j, s), countryLevel(l, r) });
}

QString range(const std::array<double, 3> &bins, int b)
{
    if (b == 0)
        return QStringLiteral("≥ %1").arg(bins[0]);
    if (b == 3)
        return QStringLiteral("< %1").arg(bins[2]);
    return QStringLiteral("%1–%2").arg(bins[size_t(b)]).arg(bins[size_t(b - 1)]);
}

} // namespace

const PairComparator::Layout &PairComparator::layout(MatchField field)
{
    static constexpr std::array<Layout, kFieldCount> layouts = { {
        { 0, 5, 18 }, // Name
        { 5, 2, 4 }, // LegalForm
        { 7, 2, 3 }, // TaxId
        { 9, 2, 4 }, // Phone
        { 11, 2, 3 }, // Domain
        { 13, 5, 20 }, // Address
        { 18, 2, 3 }, // Country
    } };
    return layouts[size_t(field)];
}

quint32 PairComparator::withLevel(quint32 pattern, MatchField field, int level)
{
    const Layout &l = layout(field);
    const quint32 mask = ((1u << l.bits) - 1) << l.shift;
    return (pattern & ~mask) | ((quint32(level) << l.shift) & mask);
}

double PairComparator::nameCosine(const FeatureStore &left, qsizetype i, const FeatureStore &right,
                                  qsizetype j)
{
    double dot = 0;
    for (const FeatureStore::Token &a : left.tokens(i)) {
        for (const FeatureStore::Token &b : right.tokens(j)) {
            if (a.hash == b.hash)
                dot += double(a.weight) * double(b.weight);
        }
    }
    return std::min(1.0, dot);
}

quint32 PairComparator::compare(const FeatureStore &left, qsizetype i, const FeatureStore &right, qsizetype j)
{
    Scratch scratch;
    return comparePair(left, i, right, j, &scratch);
}

std::optional<quint32> PairComparator::compareAbove(const FeatureStore &left, qsizetype i,
                                                    const FeatureStore &right, qsizetype j,
                                                    const FellegiSunterModel &model, double floor)
{
    const FeatureStore::Row &l = left.row(i);
    const FeatureStore::Row &r = right.row(j);
    std::array<int, kFieldCount> levels {};
    const auto set = [&levels, &model](MatchField field, int level) {
        levels[size_t(field)] = level;
        return model.weight(field, level);
    };
    double weight = model.priorWeight() + set(MatchField::LegalForm, legalLevel(l, r))
        + set(MatchField::TaxId, taxLevel(l, r)) + set(MatchField::Phone, phoneLevel(l, r))
        + set(MatchField::Domain, domainLevel(l, r)) + set(MatchField::Country, countryLevel(l, r));
    const double addressBest = model.bestWeight(MatchField::Address);
    if (weight + model.bestWeight(MatchField::Name) + addressBest < floor)
        return std::nullopt;
    Scratch scratch;
    weight += set(MatchField::Name, nameLevel(left, i, right, j, &scratch));
    if (weight + addressBest < floor)
        return std::nullopt;
    set(MatchField::Address, addressLevel(left, i, right, j, &scratch));
    return pack(levels);
}

PairComparator::Detail PairComparator::detail(const FeatureStore &left, qsizetype i,
                                              const FeatureStore &right, qsizetype j)
{
    Scratch s;
    Detail d;
    d.pattern = comparePair(left, i, right, j, &s);
    d.nameJaroWinkler = s.jaroWinkler;
    d.nameCosine = s.cosine;
    d.streetSimilarity = s.street;
    d.citySimilarity = s.city;
    return d;
}

double PairComparator::agreement(MatchField field, int level)
{
    if (level == missingLevel(field))
        return 0.0;
    switch (field) {
    case MatchField::Name:
        return level == 0 ? 1.0 : 1.0 - double((level - 1) / 4 + (level - 1) % 4) / 6.0;
    case MatchField::LegalForm:
    case MatchField::Phone:
        return 1.0 - double(level) / 2.0;
    case MatchField::Address:
        return 1.0 - double(std::min(level / kStreetLevels, 2) + std::min(level % kStreetLevels, 3)) / 5.0;
    case MatchField::TaxId:
    case MatchField::Domain:
    case MatchField::Country:
        return level == 0 ? 1.0 : 0.0;
    }
    return 0.0;
}

QString PairComparator::fieldKey(MatchField field)
{
    static const std::array<const char *, kFieldCount> keys = { "name",   "legal_form", "tax_id", "phone",
                                                                "domain", "address",    "country" };
    return QString::fromLatin1(keys[size_t(field)]);
}

QString PairComparator::fieldTitle(MatchField field)
{
    switch (field) {
    case MatchField::Name:
        return tr("Name");
    case MatchField::LegalForm:
        return tr("Legal form");
    case MatchField::TaxId:
        return tr("VAT / registration id");
    case MatchField::Phone:
        return tr("Phone");
    case MatchField::Domain:
        return tr("Web / e-mail domain");
    case MatchField::Address:
        return tr("Address");
    case MatchField::Country:
        return tr("Country");
    }
    return {};
}

QString PairComparator::levelTitle(MatchField field, int level)
{
    if (level == missingLevel(field))
        return tr("missing on one side");
    switch (field) {
    case MatchField::Name:
        if (level == 0)
            return tr("identical");
        return tr("Jaro-Winkler %1, token cosine %2")
            .arg(range(kJaroWinklerBins, (level - 1) / 4), range(kCosineBins, (level - 1) % 4));
    case MatchField::LegalForm: {
        const QString titles[] = { tr("same"), tr("same family"), tr("different") };
        return titles[level];
    }
    case MatchField::Phone: {
        const QString titles[] = { tr("same number"), tr("same switchboard"), tr("different") };
        return titles[level];
    }
    case MatchField::TaxId:
    case MatchField::Domain:
    case MatchField::Country:
        return level == 0 ? tr("same") : tr("different");
    case MatchField::Address: {
        const QString localities[] = { tr("same postcode"), tr("same city"), tr("different place"),
                                       tr("place missing") };
        const QString streets[] = { tr("same street and number"), tr("same street, number missing"),
                                    tr("same street, other number"), tr("other street"),
                                    tr("street missing") };
        return tr("%1, %2").arg(localities[level / kStreetLevels], streets[level % kStreetLevels]);
    }
    }
    return {};
}

} // namespace cw
