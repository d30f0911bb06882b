// Accuracy and performance of the customer matcher (issue 5).
//
// Accuracy: the demo-data generator's customers (DemoDataGenerator, ~10,000 per system) with
// their known truth: pairwise precision / recall of the automatic band for every pair of systems,
// blocking pair completeness, cross-system clustering and duplicates inside each system.
// Performance: a synthetic, on-demand record source (no records held in memory) at 10k, 100k and
// 1M records per side: end-to-end time, peak RSS, kernel pairs per second on one core and
// re-deciding after a threshold change.
//
// Usage: bench_matching [--accuracy] [--performance] [--million] [--customers N] [--seed S]
//                       [--records N] [--lost N]
// (no flag: accuracy and performance up to 100k; --million adds 1M x 1M; --records N links only
// N x N synthetic records, for profiling; --lost N prints N true pairs the blocker loses).

#include "matching/blocker.h"
#include "matching/matchengine.h"
#include "matching/paircomparator.h"
#include "matching/vectorrecordsource.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/demorandom.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <span>

using namespace cw;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Blocking options from the command line, for experiments (defaults otherwise).
BlockingOptions &blockingOptions()
{
    static BlockingOptions options;
    return options;
}

// How many true pairs the blocker loses to print, to see which key would have caught them.
int &lostPairsToShow()
{
    static int shown = 0;
    return shown;
}

QString describe(const MatchRecord &r)
{
    return QStringLiteral("%1 | %2 | %3 %4 | %5 | %6 | %7 %8 | %9")
        .arg(r.name, r.street, r.postcode, r.city, r.country, r.phone, r.email, r.website, r.vat);
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Accuracy on the demo generator

struct System
{
    QString name;
    std::vector<MatchRecord> records;
    std::vector<int> company;
};

MatchRecord toRecord(const DemoDataset::Customer &c)
{
    MatchRecord r;
    r.id = c.externalId;
    r.name = c.name;
    r.legalForm = c.legalForm;
    r.street = c.street;
    r.postcode = c.postcode;
    r.city = c.city;
    r.country = c.country;
    r.phone = c.phone;
    r.email = c.email;
    r.website = c.website;
    r.vat = c.vat;
    r.registryId = c.registryId;
    return r;
}

struct Scores
{
    qint64 truePairs = 0;
    qint64 blocked = 0;
    qint64 autoLinks = 0;
    qint64 correct = 0;
    qint64 review = 0;
    qint64 reviewCorrect = 0;
    qint64 reachablePairs = 0; ///< true pairs of records without a duplicate in their system
    qint64 reachableCorrect = 0;

    double precision() const { return autoLinks ? double(correct) / double(autoLinks) : 1.0; }
    double recall() const { return truePairs ? double(correct) / double(truePairs) : 1.0; }
    double completeness() const { return truePairs ? double(blocked) / double(truePairs) : 1.0; }
    double reachableRecall() const
    {
        return reachablePairs ? double(reachableCorrect) / double(reachablePairs) : 1.0;
    }
};

Scores evaluateLink(const Linkage &linkage, const System &a, const System &b, const MatchOptions &options)
{
    Scores s;
    QHash<int, QList<int>> byCompany;
    for (size_t j = 0; j < b.company.size(); ++j)
        byCompany[b.company[j]].append(int(j));
    QHash<int, int> inA;
    for (const int c : a.company)
        ++inA[c];
    // One record of the company on each side: the pairs a one-to-one linkage can find at all.
    const auto single = [&](int company) {
        return inA.value(company) == 1 && byCompany.value(company).size() == 1;
    };
    const Blocker blocker(linkage.right(), options.blocking, 1);
    for (size_t i = 0; i < a.company.size(); ++i) {
        for (const int j : byCompany.value(a.company[i])) {
            ++s.truePairs;
            s.reachablePairs += single(a.company[i]) ? 1 : 0;
            s.blocked += blocker.blocks(linkage.left(), qsizetype(i), j) ? 1 : 0;
        }
    }
    for (const ScoredPair &p : linkage.pairs()) {
        const bool same = a.company[p.left] == b.company[p.right];
        if (p.band == MatchBand::Auto) {
            ++s.autoLinks;
            s.correct += same ? 1 : 0;
            s.reachableCorrect += same && single(a.company[p.left]) ? 1 : 0;
        } else if (p.band == MatchBand::Review) {
            ++s.review;
            s.reviewCorrect += same ? 1 : 0;
        }
    }
    return s;
}

void printScores(const QString &what, const Scores &s, const LinkageStatistics &st, bool sameSet)
{
    out() << QStringLiteral(
                 "%1: true pairs %2, pair completeness %3, reduction ratio %4, candidates %5\n"
                 "    auto %6 (precision %7, recall %8; recall %11 over the %12 pairs of companies with "
                 "one record per system), review %9 (%10 true)\n")
                 .arg(what)
                 .arg(s.truePairs)
                 .arg(s.completeness(), 0, 'f', 4)
                 .arg(st.reductionRatio(sameSet), 0, 'f', 6)
                 .arg(st.candidatePairs)
                 .arg(s.autoLinks)
                 .arg(s.precision(), 0, 'f', 4)
                 .arg(s.recall(), 0, 'f', 4)
                 .arg(s.review)
                 .arg(s.reviewCorrect)
                 .arg(s.reachableRecall(), 0, 'f', 4)
                 .arg(s.reachablePairs);
    out().flush();
}

void explainMisses(const Linkage &linkage, const System &a, const System &b, int limit)
{
    int shown = 0;
    for (const ScoredPair &p : linkage.pairs()) {
        if (p.band != MatchBand::Review || a.company[p.left] != b.company[p.right] || shown >= limit)
            continue;
        ++shown;
        out() << "  true pair in review: " << a.records[p.left].name << " | " << b.records[p.right].name
              << "  p=" << p.probability << "\n";
        out() << "    " << linkage.explain(p).toText().replace(QLatin1Char('\n'), QStringLiteral("\n    "))
              << "\n";
    }
    out().flush();
}

void explainMistakes(const Linkage &linkage, const System &a, const System &b, int limit)
{
    int shown = 0;
    for (const ScoredPair &p : linkage.pairs()) {
        if (p.band != MatchBand::Auto || a.company[p.left] == b.company[p.right] || shown >= limit)
            continue;
        ++shown;
        out() << "  false auto link: " << a.records[p.left].name << " | " << b.records[p.right].name
              << "  p=" << p.probability << "\n";
        out() << "    " << linkage.explain(p).toText().replace(QLatin1Char('\n'), QStringLiteral("\n    "))
              << "\n";
    }
    out().flush();
}

void accuracy(int customers, quint64 seed, bool verbose)
{
    DemoDataOptions options;
    options.customers = customers;
    options.seed = seed;
    QElapsedTimer timer;
    timer.start();
    const DemoDataset data = DemoDataGenerator::generate(options);
    std::array<System, DemoDataset::kSystemCount> systems;
    systems[0].name = QStringLiteral("CRM");
    systems[1].name = QStringLiteral("Staffing");
    systems[2].name = QStringLiteral("Odoo");
    for (const DemoDataset::Customer &c : data.customers) {
        systems[c.system].records.push_back(toRecord(c));
        systems[c.system].company.push_back(c.companyIndex);
    }
    out() << QStringLiteral("Demo data: %1 companies, seed %2; records CRM %3, staffing %4, Odoo %5 (%6 s)\n")
                 .arg(customers)
                 .arg(seed)
                 .arg(systems[0].records.size())
                 .arg(systems[1].records.size())
                 .arg(systems[2].records.size())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);

    MatchOptions matchOptions;
    matchOptions.blocking = blockingOptions();
    Scores total;
    const std::array<std::pair<int, int>, 3> pairs = { { { 0, 1 }, { 0, 2 }, { 1, 2 } } };
    for (const auto &[a, b] : pairs) {
        const VectorRecordSource left(systems[size_t(a)].records);
        const VectorRecordSource right(systems[size_t(b)].records);
        timer.restart();
        Result<Linkage> linkage = MatchEngine::link(left, right, matchOptions);
        const double took = double(timer.elapsed()) / 1000.0;
        const Scores s = evaluateLink(linkage.value(), systems[size_t(a)], systems[size_t(b)], matchOptions);
        printScores(QStringLiteral("%1 x %2 (%3 s, EM %4 pairs, %5 iterations, lambda %6)")
                        .arg(systems[size_t(a)].name, systems[size_t(b)].name)
                        .arg(took, 0, 'f', 2)
                        .arg(linkage.value().statistics().emPairs)
                        .arg(linkage.value().statistics().emIterations)
                        .arg(linkage.value().model().lambda(), 0, 'f', 4),
                    s, linkage.value().statistics(), false);
        if (verbose) {
            explainMistakes(linkage.value(), systems[size_t(a)], systems[size_t(b)], 5);
            explainMisses(linkage.value(), systems[size_t(a)], systems[size_t(b)], 8);
        }
        total.truePairs += s.truePairs;
        total.blocked += s.blocked;
        total.autoLinks += s.autoLinks;
        total.correct += s.correct;
        total.reachablePairs += s.reachablePairs;
        total.reachableCorrect += s.reachableCorrect;
    }
    out() << QStringLiteral(
                 "All system pairs: pair completeness %1, auto precision %2, auto recall %3 (%4 over "
                 "companies with one record per system)\n")
                 .arg(total.completeness(), 0, 'f', 4)
                 .arg(total.precision(), 0, 'f', 4)
                 .arg(total.recall(), 0, 'f', 4)
                 .arg(total.reachableRecall(), 0, 'f', 4);

    // Three systems at once: pairwise precision / recall of the clusters, across systems and
    // within them, with one record per system per customer and without that constraint.
    std::array<VectorRecordSource, 3> sources = { VectorRecordSource(systems[0].records),
                                                  VectorRecordSource(systems[1].records),
                                                  VectorRecordSource(systems[2].records) };
    for (const bool oneToOne : { true, false }) {
        MatchOptions clusterOptions = matchOptions;
        clusterOptions.oneToOne = oneToOne;
        timer.restart();
        Result<SystemClustering> clustering =
            MatchEngine::linkSystems({ &sources[0], &sources[1], &sources[2] }, clusterOptions);
        const double took = double(timer.elapsed()) / 1000.0;
        qint64 truePairs = 0, predicted = 0, correct = 0;
        std::vector<std::pair<int, int>> all; // (company, cluster) per record over all systems
        for (size_t s = 0; s < systems.size(); ++s) {
            for (size_t i = 0; i < systems[s].company.size(); ++i)
                all.emplace_back(systems[s].company[i], int(clustering.value().clusters[s][i]));
        }
        QHash<int, qint64> byCompany, byCluster;
        QHash<QPair<int, int>, qint64> both;
        for (const auto &[company, cluster] : all) {
            ++byCompany[company];
            ++byCluster[cluster];
            ++both[{ company, cluster }];
        }
        for (const qint64 n : byCompany)
            truePairs += n * (n - 1) / 2;
        for (const qint64 n : byCluster)
            predicted += n * (n - 1) / 2;
        for (const qint64 n : both)
            correct += n * (n - 1) / 2;
        out() << QStringLiteral(
                     "Three systems clustered%1 (%2 s): pairwise precision %3, recall %4 (all record "
                     "pairs, across and within systems)\n")
                     .arg(oneToOne ? QStringLiteral(", one record per system")
                                   : QStringLiteral(", duplicates allowed"))
                     .arg(took, 0, 'f', 2)
                     .arg(predicted ? double(correct) / double(predicted) : 1.0, 0, 'f', 4)
                     .arg(truePairs ? double(correct) / double(truePairs) : 1.0, 0, 'f', 4);
    }

    for (const System &system : systems) {
        const VectorRecordSource source(system.records);
        Result<Deduplication> dedupe = MatchEngine::dedupe(source, matchOptions);
        qint64 dupTrue = 0, dupPredicted = 0, dupCorrect = 0;
        QHash<int, int> perCompany;
        for (const int c : system.company)
            ++perCompany[c];
        for (const int n : perCompany)
            dupTrue += qint64(n) * (n - 1) / 2;
        QHash<quint32, QList<int>> members;
        for (size_t i = 0; i < system.company.size(); ++i)
            members[dedupe.value().clusters[i]].append(int(i));
        for (const QList<int> &m : members) {
            for (int x = 0; x < m.size(); ++x) {
                for (int y = x + 1; y < m.size(); ++y) {
                    ++dupPredicted;
                    dupCorrect += system.company[size_t(m[x])] == system.company[size_t(m[y])] ? 1 : 0;
                }
            }
        }
        out() << QStringLiteral("Duplicates in %1: %2 true pairs, clustered %3, precision %4, recall %5\n")
                     .arg(system.name)
                     .arg(dupTrue)
                     .arg(dupPredicted)
                     .arg(dupPredicted ? double(dupCorrect) / double(dupPredicted) : 1.0, 0, 'f', 4)
                     .arg(dupTrue ? double(dupCorrect) / double(dupTrue) : 1.0, 0, 'f', 4);
    }
    out().flush();
}

// ---------------------------------------------------------------------------------------------
// Performance on synthetic records made on demand

template<size_t N> QString pick(DemoRandom &r, const std::array<const char *, N> &items)
{
    return QString::fromUtf8(items[r.below(quint32(N))]);
}

struct CountryData
{
    const char *code;
    const char *callingCode;
    int postcodeDigits;
    std::array<const char *, 8> cities;
    std::array<const char *, 4> legalForms;
    std::array<const char *, 4> streetTypes;
};

const std::array<CountryData, 6> kCountries = { {
    { "DE",
      "49",
      5,
      { "Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig" },
      { "GmbH", "AG", "GmbH & Co. KG", "KG" },
      { "Straße", "Weg", "Allee", "Platz" } },
    { "GB",
      "44",
      0,
      { "London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Liverpool", "Edinburgh" },
      { "Ltd", "Limited", "PLC", "LLP" },
      { "Street", "Road", "Lane", "Avenue" } },
    { "US",
      "1",
      5,
      { "New York", "Chicago", "Boston", "Austin", "Seattle", "Denver", "Atlanta", "San Diego" },
      { "Inc.", "LLC", "Corp.", "Co." },
      { "Street", "Avenue", "Boulevard", "Drive" } },
    { "FR",
      "33",
      5,
      { "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Nice" },
      { "SA", "SAS", "SARL", "SA" },
      { "Rue", "Avenue", "Boulevard", "Place" } },
    { "NL",
      "31",
      4,
      { "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Breda" },
      { "B.V.", "N.V.", "B.V.", "B.V." },
      { "straat", "weg", "laan", "plein" } },
    { "CH",
      "41",
      4,
      { "Zürich", "Genève", "Basel", "Bern", "Lausanne", "Luzern", "St. Gallen", "Lugano" },
      { "AG", "GmbH", "SA", "Sàrl" },
      { "strasse", "weg", "gasse", "platz" } },
} };

const std::array<const char *, 48> kSyllables = { "ka",  "lo",  "ri",  "ven", "tor", "mar", "sel", "qua",
                                                  "dri", "zen", "bel", "tra", "nov", "pex", "lu",  "ar",
                                                  "cor", "vi",  "den", "sto", "max", "ral", "tek", "fin",
                                                  "ori", "san", "mon", "eco", "gal", "hel", "ix",  "jo",
                                                  "kes", "lum", "nor", "pra", "rus", "sol", "tan", "ul",
                                                  "var", "wen", "yor", "zu",  "bra", "cli", "dy",  "fel" };
const std::array<const char *, 40> kSurnames = {
    "Müller",   "Schmidt", "Schneider", "Fischer",      "Weber",    "Meyer",   "Wagner",  "Becker",
    "Smith",    "Jones",   "Taylor",    "Brown",        "Williams", "Wilson",  "Johnson", "Davies",
    "Martin",   "Bernard", "Dubois",    "Thomas",       "Robert",   "Richard", "Petit",   "Durand",
    "de Jong",  "Jansen",  "de Vries",  "van den Berg", "Bakker",   "Visser",  "Garcia",  "Miller",
    "Anderson", "Clark",   "Lewis",     "Walker",       "Hall",     "Allen",   "Young",   "King"
};
const std::array<const char *, 32> kIndustries = {
    "Staffing",  "Consulting",   "Engineering", "Logistics",  "Software", "Construction", "Recruitment",
    "Systems",   "Technologies", "Industries",  "Solutions",  "Services", "Partners",     "Analytics",
    "Energy",    "Healthcare",   "Media",       "Finance",    "Foods",    "Materials",    "Robotics",
    "Security",  "Design",       "Marketing",   "Properties", "Labs",     "Networks",     "Pharma",
    "Transport", "Electronics",  "Capital",     "Textiles"
};
const std::array<const char *, 12> kSuffixes = { "Group",   "Holding",    "International", "Europe",
                                                 "Global",  "Partners",   "Solutions",     "Services",
                                                 "Company", "Associates", "& Co",          "Brothers" };
const std::array<const char *, 24> kStreetNames = { "Haupt", "Bahnhof", "Garten",  "Schul",    "Kirch",
                                                    "Berg",  "Linden",  "Wald",    "Mill",     "Church",
                                                    "Park",  "High",    "Station", "Victoria", "Oak",
                                                    "Maple", "Lake",    "River",   "Hill",     "Market",
                                                    "Rose",  "Queen",   "King",    "Bridge" };

// One real-world company, derived from its index alone.
struct Entity
{
    const CountryData *country = nullptr;
    QString name;
    QString legalForm;
    QString street;
    QString house;
    QString postcode;
    QString city;
    QString area;
    QString subscriber;
    QString domain;
    QString vat;
};

QString brand(DemoRandom &r)
{
    QString b;
    const int parts = r.between(2, 3);
    for (int i = 0; i < parts; ++i)
        b += pick(r, kSyllables);
    b[0] = b[0].toUpper();
    return b;
}

Entity entity(quint64 seed, qint64 index)
{
    // Siblings: a small share of companies carries another company's name (another legal entity).
    const bool sibling = index > 0 && DemoRandom::mix(quint64(index) ^ seed) % 50 == 0;
    DemoRandom nameRandom = DemoRandom::derived(seed, quint64(sibling ? index - 1 : index));
    DemoRandom r = DemoRandom::derived(seed ^ 0x5151, quint64(index));
    Entity e;
    e.country = &kCountries[r.weighted(std::array<int, 6> { 30, 15, 20, 12, 13, 10 })];
    switch (nameRandom.below(5)) {
    case 0:
        e.name = brand(nameRandom) + QLatin1Char(' ') + pick(nameRandom, kIndustries);
        break;
    case 1:
        e.name = brand(nameRandom) + QLatin1Char(' ') + pick(nameRandom, kIndustries) + QLatin1Char(' ')
            + pick(nameRandom, kSuffixes);
        break;
    case 2:
        e.name = pick(nameRandom, kSurnames) + QLatin1Char(' ') + brand(nameRandom) + QLatin1Char(' ')
            + pick(nameRandom, kIndustries);
        break;
    case 3:
        e.name = pick(nameRandom, kSurnames) + QStringLiteral(" & ") + pick(nameRandom, kSurnames)
            + QLatin1Char(' ') + brand(nameRandom);
        break;
    default:
        e.name = brand(nameRandom) + brand(nameRandom).toLower();
        break;
    }
    e.legalForm = pick(r, e.country->legalForms);
    const QString type = pick(r, e.country->streetTypes);
    const QString street = pick(r, kStreetNames) + brand(r).toLower();
    const bool compound = type.at(0).isLower();
    e.street = compound ? QString(street + type) : QString(street + QLatin1Char(' ') + type);
    e.house = QString::number(r.between(1, 240));
    const int digits = e.country->postcodeDigits;
    if (digits == 0)
        e.postcode = QStringLiteral("%1%2 %3%4")
                         .arg(QChar(u'A' + r.below(26)))
                         .arg(r.between(1, 20))
                         .arg(r.between(1, 9))
                         .arg(QStringLiteral("AB"));
    else
        e.postcode = QString::number(r.between(int(std::pow(10, digits - 1)), int(std::pow(10, digits)) - 1));
    if (QLatin1String(e.country->code) == QLatin1String("NL"))
        e.postcode += QStringLiteral(" %1%2").arg(QChar(u'A' + r.below(26))).arg(QChar(u'A' + r.below(26)));
    e.city = pick(r, e.country->cities);
    e.area = QString::number(r.between(20, 899));
    e.subscriber = QString::number(r.between(1000000, 9999999));
    e.domain = brand(r).toLower()
        + QLatin1String(QLatin1String(e.country->code) == QLatin1String("US") ? ".com" : ".")
        + (QLatin1String(e.country->code) == QLatin1String("US")
               ? QString()
               : QString::fromLatin1(e.country->code).toLower());
    e.vat = QString::fromLatin1(e.country->code) + QString::number(r.between(100000000, 999999999));
    return e;
}

QString typo(const QString &text, DemoRandom &r)
{
    if (text.size() < 4)
        return text;
    QString t = text;
    const int at = r.between(1, int(t.size()) - 2);
    switch (r.below(3)) {
    case 0:
        t.remove(at, 1);
        break;
    case 1:
        std::swap(t[at], t[at + 1]);
        break;
    default:
        t[at] = QChar(u'a' + r.below(26));
        break;
    }
    return t;
}

// One system's noisy record of a company.
MatchRecord noisyRecord(const Entity &e, qint64 index, DemoRandom &r)
{
    MatchRecord m;
    m.id = QString::number(index);
    QString name = e.name;
    if (r.chance(120))
        name = typo(name, r);
    if (r.chance(50))
        name = name.toUpper();
    if (r.chance(40))
        name.replace(QStringLiteral("International"), QStringLiteral("Intl"));
    if (r.chance(40))
        name.replace(QStringLiteral(" & "), QStringLiteral(" and "));
    if (!r.chance(250))
        name += QLatin1Char(' ') + (r.chance(100) ? pick(r, e.country->legalForms) : e.legalForm);
    m.name = name;
    if (r.chance(850)) {
        QString street = e.street;
        street.replace(QStringLiteral("Straße"),
                       r.chance(500) ? QStringLiteral("Str.") : QStringLiteral("Strasse"));
        street.replace(QStringLiteral("Street"), QStringLiteral("St"));
        m.street = r.chance(900) ? QString(street + QLatin1Char(' ') + e.house) : street;
        if (QLatin1String(e.country->code) == QLatin1String("US")
            || QLatin1String(e.country->code) == QLatin1String("GB"))
            m.street = r.chance(900) ? QString(e.house + QLatin1Char(' ') + street) : street;
    }
    if (r.chance(900))
        m.postcode = e.postcode;
    if (r.chance(950))
        m.city = r.chance(100) ? e.city.toUpper() : e.city;
    m.country = r.chance(500) ? QString::fromLatin1(e.country->code) : QString();
    if (r.chance(650)) {
        switch (r.below(3)) {
        case 0:
            m.phone =
                QStringLiteral("+%1 %2 %3").arg(QLatin1String(e.country->callingCode), e.area, e.subscriber);
            break;
        case 1:
            m.phone = QStringLiteral("+%1 (0)%2 %3")
                          .arg(QLatin1String(e.country->callingCode), e.area, e.subscriber);
            break;
        default:
            m.phone = QStringLiteral("0%1 %2").arg(e.area, e.subscriber);
            break;
        }
    }
    if (r.chance(500))
        m.email = r.chance(150) ? QStringLiteral("office%1@gmail.com").arg(r.below(1000))
                                : QString(QStringLiteral("info@") + e.domain);
    if (r.chance(500))
        m.website =
            QString(r.chance(500) ? QStringLiteral("https://www.") : QStringLiteral("www.")) + e.domain;
    if (r.chance(300))
        m.vat = e.vat;
    return m;
}

// n records; record i belongs to entity entityOf(i). Side 0 holds entities 0..n-1; side 1 shares
// 70 % of them and has 30 % of its own, in another order.
class SyntheticSource : public RecordSource
{
public:
    SyntheticSource(qsizetype n, int side, quint64 seed)
        : m_n(n)
        , m_side(side)
        , m_seed(seed)
    { }

    qsizetype size() const override { return m_n; }
    qint64 entityOf(qsizetype i) const
    {
        if (m_side == 0)
            return i;
        const qint64 shuffled = qint64((quint64(i) * 2654435761ull + 12345) % quint64(m_n));
        return shuffled < m_n * 7 / 10 ? shuffled : m_n + shuffled;
    }
    MatchRecord record(qsizetype i) const override
    {
        const qint64 e = entityOf(i);
        DemoRandom r = DemoRandom::derived(m_seed + quint64(m_side) * 7919, quint64(i));
        return noisyRecord(entity(m_seed, e), i, r);
    }

private:
    qsizetype m_n;
    int m_side;
    quint64 m_seed;
};

void reportRun(const QString &what, const Linkage &linkage, double wall, double cpu,
               const SyntheticSource &left, const SyntheticSource &right)
{
    const LinkageStatistics &s = linkage.statistics();
    qint64 autoLinks = 0, correct = 0;
    for (const ScoredPair &p : linkage.pairs()) {
        if (p.band == MatchBand::Auto) {
            ++autoLinks;
            correct += left.entityOf(p.left) == right.entityOf(p.right) ? 1 : 0;
        }
    }
    const qint64 shared = right.size() * 7 / 10;
    // Pair completeness on (up to) 20,000 true pairs.
    std::vector<qint64> rightOf(size_t(left.size()), -1);
    for (qsizetype j = 0; j < right.size(); ++j) {
        if (right.entityOf(j) < left.size())
            rightOf[size_t(right.entityOf(j))] = j;
    }
    const Blocker blocker(linkage.right(), blockingOptions(), 2);
    qint64 truePairs = 0, blocked = 0;
    const qsizetype step = std::max<qsizetype>(1, left.size() / 20000);
    for (qsizetype i = 0; i < left.size(); i += step) {
        if (rightOf[size_t(i)] < 0)
            continue;
        ++truePairs;
        if (blocker.blocks(linkage.left(), i, rightOf[size_t(i)])) {
            ++blocked;
        } else if (truePairs - blocked <= lostPairsToShow()) {
            out() << "  lost: " << describe(left.record(i)) << "\n        "
                  << describe(right.record(rightOf[size_t(i)])) << "\n";
        }
    }
    out() << QStringLiteral(
                 "%1: %2 s end to end, %3 s CPU (normalise %4, index %5, EM %6, score %7, decide %8 s); "
                 "%9 candidate pairs (reduction ratio %10), kept %11; pair completeness %12 (%13 sampled "
                 "true pairs); auto %14 (precision %15, recall %16); peak RSS %17 MiB\n")
                 .arg(what)
                 .arg(wall, 0, 'f', 2)
                 .arg(cpu, 0, 'f', 2)
                 .arg(s.normaliseSeconds, 0, 'f', 2)
                 .arg(s.indexSeconds, 0, 'f', 2)
                 .arg(s.estimateSeconds, 0, 'f', 2)
                 .arg(s.scoreSeconds, 0, 'f', 2)
                 .arg(s.decideSeconds, 0, 'f', 4)
                 .arg(s.candidatePairs)
                 .arg(s.reductionRatio(false), 0, 'f', 6)
                 .arg(s.keptPairs)
                 .arg(double(blocked) / double(std::max<qint64>(1, truePairs)), 0, 'f', 4)
                 .arg(truePairs)
                 .arg(autoLinks)
                 .arg(autoLinks ? double(correct) / double(autoLinks) : 1.0, 0, 'f', 4)
                 .arg(shared ? double(correct) / double(shared) : 1.0, 0, 'f', 4)
                 .arg(peakRssMiB(), 0, 'f', 0);
    out().flush();
}

std::optional<Linkage> runSynthetic(qsizetype n, quint64 seed, const QString &what)
{
    const SyntheticSource left(n, 0, seed);
    const SyntheticSource right(n, 1, seed);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = processCpuSeconds();
    MatchOptions options;
    options.blocking = blockingOptions();
    Result<Linkage> linkage = MatchEngine::link(left, right, options);
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpuBefore;
    if (!linkage) {
        out() << what << ": " << linkage.error().toString() << "\n";
        return std::nullopt;
    }
    reportRun(what, linkage.value(), wall, cpu, left, right);
    return std::move(linkage).value();
}

void kernel(const Linkage &linkage)
{
    // Candidate pairs exactly as the engine compares them, then the kernel alone on one core.
    const Blocker blocker(linkage.right(), blockingOptions(), 1);
    Blocker::Scratch scratch;
    std::vector<quint32> found;
    std::vector<std::pair<quint32, quint32>> pairs;
    for (qsizetype i = 0; i < linkage.left().size() && pairs.size() < 2000000; ++i) {
        blocker.candidates(linkage.left(), i, &scratch, &found);
        for (const quint32 j : found)
            pairs.emplace_back(quint32(i), j);
    }
    const FellegiSunterModel &model = linkage.model();
    // Thread CPU time: pairs per second of one core, whatever else runs on the machine.
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = threadCpuSeconds();
    double sink = 0;
    for (const auto &[i, j] : pairs)
        sink += model.probability(PairComparator::compare(linkage.left(), i, linkage.right(), j));
    const double took = threadCpuSeconds() - cpuBefore;
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    out() << QStringLiteral(
                 "Kernel (compare + probability, one thread): %1 pairs in %2 s CPU (%3 s wall) = %4 "
                 "pairs/s per core (checksum %5)\n")
                 .arg(pairs.size())
                 .arg(took, 0, 'f', 3)
                 .arg(wall, 0, 'f', 3)
                 .arg(double(pairs.size()) / took, 0, 'f', 0)
                 .arg(sink, 0, 'f', 1);
    out().flush();
}

void redecide(Linkage linkage)
{
    QElapsedTimer timer;
    const std::array<std::pair<double, double>, 4> thresholds = {
        { { 0.95, 0.6 }, { 0.8, 0.5 }, { 0.99, 0.9 }, { 0.92, 0.7 } }
    };
    double worst = 0;
    for (const auto &[autoThreshold, review] : thresholds) {
        timer.start();
        const MatchDecider::Counts c = linkage.redecide(autoThreshold, review);
        worst = std::max(worst, double(timer.nsecsElapsed()) / 1e9);
        out() << QStringLiteral("  thresholds %1/%2: %3 auto, %4 review\n")
                     .arg(autoThreshold)
                     .arg(review)
                     .arg(c.autoLinks)
                     .arg(c.review);
    }
    out() << QStringLiteral(
                 "Re-decide 10k x 10k after a threshold change: slowest %1 ms over %2 kept pairs\n")
                 .arg(worst * 1000.0, 0, 'f', 2)
                 .arg(linkage.pairs().size());
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption accuracyOption(QStringLiteral("accuracy"), QStringLiteral("Accuracy only."));
    const QCommandLineOption performanceOption(QStringLiteral("performance"),
                                               QStringLiteral("Performance only."));
    const QCommandLineOption millionOption(QStringLiteral("million"), QStringLiteral("Add 1M x 1M."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Explain false links."));
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Demo companies."),
                                             QStringLiteral("n"), QStringLiteral("12000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("s"),
                                        QStringLiteral("7"));
    const QCommandLineOption blockOption(
        QStringLiteral("max-block"), QStringLiteral("BlockingOptions::maxBlockSize."), QStringLiteral("n"));
    const QCommandLineOption rareOption(
        QStringLiteral("rare"), QStringLiteral("BlockingOptions::rareTokenFrequency."), QStringLiteral("n"));
    const QCommandLineOption typoOption(
        QStringLiteral("typo-min"), QStringLiteral("BlockingOptions::typoMinLength."), QStringLiteral("n"));
    const QCommandLineOption typoTokensOption(
        QStringLiteral("typo-tokens"), QStringLiteral("BlockingOptions::typoTokens."), QStringLiteral("n"));
    const QCommandLineOption pairOption(QStringLiteral("pair-tokens"),
                                        QStringLiteral("BlockingOptions::pairTokens."), QStringLiteral("n"));
    const QCommandLineOption lostOption(QStringLiteral("lost"),
                                        QStringLiteral("Print this many true pairs the blocker loses."),
                                        QStringLiteral("n"));
    const QCommandLineOption recordsOption(
        QStringLiteral("records"), QStringLiteral("Link only n x n synthetic records (for profiling)."),
        QStringLiteral("n"));
    parser.addOptions({ accuracyOption, performanceOption, millionOption, verboseOption, customersOption,
                        seedOption, blockOption, rareOption, typoOption, typoTokensOption, pairOption,
                        lostOption, recordsOption });
    parser.process(app);
    const auto intOption = [&parser](const QCommandLineOption &option, int *target) {
        if (parser.isSet(option))
            *target = parser.value(option).toInt();
    };
    intOption(blockOption, &blockingOptions().maxBlockSize);
    intOption(rareOption, &blockingOptions().rareTokenFrequency);
    intOption(typoOption, &blockingOptions().typoMinLength);
    intOption(typoTokensOption, &blockingOptions().typoTokens);
    intOption(pairOption, &blockingOptions().pairTokens);
    intOption(lostOption, &lostPairsToShow());
    const bool all = !parser.isSet(accuracyOption) && !parser.isSet(performanceOption);
    const quint64 seed = parser.value(seedOption).toULongLong();
    if (all || parser.isSet(accuracyOption))
        accuracy(parser.value(customersOption).toInt(), seed, parser.isSet(verboseOption));
    if (parser.isSet(recordsOption)) {
        const qsizetype n = parser.value(recordsOption).toLongLong();
        runSynthetic(n, seed, QStringLiteral("%1 x %1").arg(n));
    } else if (all || parser.isSet(performanceOption)) {
        if (std::optional<Linkage> small = runSynthetic(10000, seed, QStringLiteral("10k x 10k")))
            redecide(*small);
        if (std::optional<Linkage> large = runSynthetic(100000, seed, QStringLiteral("100k x 100k")))
            kernel(*large);
        if (parser.isSet(millionOption))
            runSynthetic(1000000, seed, QStringLiteral("1M x 1M"));
    }
    return 0;
}
