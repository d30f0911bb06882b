#include "demolocale.h"

#include "demorandom.h"

#include <QStringList>

#include <array>

namespace cw {

namespace {

enum class Grouping { Whole, ThreeRest, HalfHalf, Pairs, ThreeThenPairs };

struct PhoneStyle
{
    /// %c is replaced by the country calling code, %a by the area code.
    const char *prefix;
    Grouping grouping;
    char separator;
};

enum class VatStyle { None, Germany, France, Netherlands, Britain, Switzerland };

struct Abbreviation
{
    const char *from;
    const char *to;
};

// ---- United States ----------------------------------------------------------------------------

constexpr DemoLocale::CityData kUsCities[] = {
    { "San Francisco", "SF|San Fransisco", "CA", 94102, 94134, "415", 7, "" },
    { "New York", "New York City|NYC", "NY", 10001, 10282, "212", 7, "" },
    { "Chicago", "", "IL", 60601, 60661, "312", 7, "" },
    { "Austin", "", "TX", 78701, 78759, "512", 7, "" },
    { "Boston", "", "MA", 2108, 2137, "617", 7, "" },
    { "Seattle", "", "WA", 98101, 98199, "206", 7, "" },
    { "Atlanta", "", "GA", 30303, 30363, "404", 7, "" },
    { "Denver", "", "CO", 80202, 80239, "303", 7, "" },
};
constexpr const char *kUsStreets[] = { "Market Street",    "Main Street",      "Broadway",
                                       "Fifth Avenue",     "Mission Street",   "Elm Street",
                                       "Oak Avenue",       "Sunset Boulevard", "Michigan Avenue",
                                       "Peachtree Street", "Congress Avenue",  "Pine Street" };
constexpr Abbreviation kUsStreetAbbreviations[] = {
    { "Street", "St" }, { "Avenue", "Ave" }, { "Boulevard", "Blvd" }, { "Fifth", "5th" }
};
constexpr const char *kUsSurnames[] = {
    "Johnson", "Miller",   "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Taylor",   "Thomas",
    "Moore",   "Jackson",  "Lee",   "Harris", "Clark",     "Lewis",    "Walker",   "Young",    "Allen",
    "King",    "Wright",   "Scott", "Hill",   "Adams",     "Nelson",   "Baker",    "O'Connor", "McAllister",
    "Nguyen",  "Kowalski", "Peña",  "Carter", "Mitchell",  "Roberts",  "Turner",   "Phillips", "Campbell"
};
constexpr const char *kUsFirstNames[] = { "James",       "Mary",    "Robert",  "Patricia", "Michael",
                                          "Jennifer",    "David",   "Linda",   "Daniel",   "Jessica",
                                          "Christopher", "Ashley",  "Matthew", "Sarah",    "José",
                                          "María",       "DeShawn", "Zoë",     "Kai",      "Brianna" };
constexpr const char *kUsTradeWords[] = { "Consulting",  "Solutions", "Systems",       "Technologies",
                                          "Engineering", "Analytics", "Logistics",     "Partners",
                                          "Holdings",    "Software",  "Networks",      "Health",
                                          "Energy",      "Advisory",  "Manufacturing", "Foods",
                                          "Robotics",    "Media",     "Services",      "Industries",
                                          "Security",    "Ventures",  "Insurance",     "Biotech" };
constexpr const char *kUsMailboxes[] = { "ap", "accounts.payable", "billing", "invoices", "finance" };
constexpr DemoLocale::LegalFormData kUsLegalForms[] = {
    { "Inc.", 50, "Inc.|Inc|, Inc.|Incorporated|INC" },
    { "LLC", 35, "LLC|L.L.C.|, LLC|Llc" },
    { "Corp.", 15, "Corp.|Corporation|Corp|CORP" },
};
constexpr PhoneStyle kUsPhones[] = { { "+%c %a ", Grouping::ThreeRest, ' ' },
                                     { "(%a) ", Grouping::ThreeRest, '-' },
                                     { "%a-", Grouping::ThreeRest, '-' },
                                     { "%a.", Grouping::ThreeRest, '.' },
                                     { "+%c-%a-", Grouping::ThreeRest, '-' } };

// ---- United Kingdom ---------------------------------------------------------------------------

constexpr DemoLocale::CityData kGbCities[] = {
    { "London", "", "", 0, 0, "20", 8, "EC1A|EC2M|EC4N|SW1A|SW1P|W1D|WC2N|E14|N1|SE1" },
    { "Manchester", "", "", 0, 0, "161", 7, "M1|M2|M3|M4" },
    { "Birmingham", "", "", 0, 0, "121", 7, "B1|B2|B3" },
    { "Edinburgh", "", "", 0, 0, "131", 7, "EH1|EH2|EH3" },
    { "Bristol", "", "", 0, 0, "117", 7, "BS1|BS2" },
    { "Leeds", "", "", 0, 0, "113", 7, "LS1|LS2" },
    { "Glasgow", "", "", 0, 0, "141", 7, "G1|G2" },
    { "Cambridge", "", "", 0, 0, "1223", 6, "CB1|CB2" },
};
constexpr const char *kGbStreets[] = { "High Street",    "King's Road", "Station Road", "Victoria Street",
                                       "Queen Street",   "Church Lane", "Park Road",    "Mill Lane",
                                       "St John's Road", "Bishopsgate", "Deansgate",    "George Street" };
constexpr Abbreviation kGbStreetAbbreviations[] = {
    { "Street", "St" }, { "Road", "Rd" }, { "Lane", "Ln" }, { "St ", "Saint " }
};
constexpr const char *kGbSurnames[] = {
    "Smith",    "Jones",   "Taylor",   "Brown",    "Williams", "Wilson",   "Johnson",  "Davies",
    "Robinson", "Wright",  "Thompson", "Evans",    "Walker",   "White",    "Roberts",  "Green",
    "Hall",     "Wood",    "Jackson",  "Clarke",   "O'Brien",  "O'Neill",  "McDonald", "Patel",
    "Hughes",   "Edwards", "Harrison", "Fletcher", "Ashworth", "Pemberton"
};
constexpr const char *kGbFirstNames[] = { "Oliver",  "Amelia", "George", "Isla",    "Harry",
                                          "Ava",     "Jack",   "Emily",  "Charlie", "Sophie",
                                          "Thomas",  "Grace",  "James",  "Olivia",  "William",
                                          "Siobhan", "Niamh",  "Rhys",   "Ciarán",  "Eilidh" };
constexpr const char *kGbTradeWords[] = { "Consulting",   "Solutions",  "Engineering", "Partners",
                                          "Group",        "Holdings",   "Logistics",   "Analytics",
                                          "Software",     "Associates", "Recruitment", "Estates",
                                          "Insurance",    "Foods",      "Energy",      "Pharmaceuticals",
                                          "Construction", "Advisory",   "Digital",     "Brothers" };
constexpr const char *kGbMailboxes[] = { "accounts", "accounts.payable", "purchase.ledger", "finance",
                                         "invoices" };
constexpr DemoLocale::LegalFormData kGbLegalForms[] = {
    { "Ltd", 75, "Ltd|Ltd.|Limited|LTD|Ltd" },
    { "PLC", 10, "PLC|plc|Plc|Public Limited Company" },
    { "LLP", 15, "LLP|L.L.P.|Llp" },
};
constexpr PhoneStyle kGbPhones[] = { { "+%c %a ", Grouping::HalfHalf, ' ' },
                                     { "0%a ", Grouping::HalfHalf, ' ' },
                                     { "(0%a) ", Grouping::HalfHalf, '-' },
                                     { "+%c (0)%a ", Grouping::HalfHalf, ' ' },
                                     { "0%a", Grouping::Whole, ' ' } };

// ---- Germany ----------------------------------------------------------------------------------

constexpr DemoLocale::CityData kDeCities[] = {
    { "Berlin", "", "", 10115, 14199, "30", 7, "" },
    { "Hamburg", "", "", 20095, 22769, "40", 7, "" },
    { "München", "Munich|Muenchen|Munchen", "", 80331, 81929, "89", 7, "" },
    { "Köln", "Cologne|Koeln|Koln", "", 50667, 51149, "221", 7, "" },
    { "Frankfurt am Main", "Frankfurt|Frankfurt a.M.|Frankfurt/Main", "", 60306, 60599, "69", 7, "" },
    { "Stuttgart", "", "", 70173, 70629, "711", 7, "" },
    { "Düsseldorf", "Duesseldorf|Dusseldorf", "", 40210, 40629, "211", 7, "" },
    { "Leipzig", "", "", 4103, 4357, "341", 7, "" },
};
constexpr const char *kDeStreets[] = { "Hauptstraße",    "Bahnhofstraße",       "Friedrichstraße",
                                       "Schillerstraße", "Goethestraße",        "Lindenallee",
                                       "Am Markt",       "Industriestraße",     "Königsallee",
                                       "Mühlenweg",      "Kaiser-Wilhelm-Ring", "Gartenstraße",
                                       "Schloßstraße",   "Lange Reihe" };
constexpr Abbreviation kDeStreetAbbreviations[] = { { "straße", "str." },    { "Straße", "Str." },
                                                    { "straße", "strasse" }, { "ß", "ss" },
                                                    { "ö", "oe" },           { "ü", "ue" } };
constexpr const char *kDeSurnames[] = {
    "Müller",   "Schmidt",    "Schneider", "Fischer", "Weber",    "Meyer", "Wagner", "Becker",   "Schulz",
    "Hoffmann", "Schäfer",    "Koch",      "Bauer",   "Richter",  "Klein", "Wolf",   "Schröder", "Neumann",
    "Schwarz",  "Zimmermann", "Braun",     "Krüger",  "Hartmann", "Lange", "Werner", "Krause",   "Lehmann",
    "Köhler",   "Weiß",       "Jäger",     "Groß",    "Böhm",     "Vogel", "Brandt"
};
constexpr const char *kDeFirstNames[] = { "Lukas",  "Anna",       "Jonas",    "Lea",      "Felix",
                                          "Hannah", "Maximilian", "Sophie",   "Jürgen",   "Jörg",
                                          "Sören",  "Käthe",      "Björn",    "Uwe",      "Sabine",
                                          "Katrin", "Tobias",     "Stefanie", "Matthias", "Julia" };
constexpr const char *kDeTradeWords[] = { "Logistik",       "Maschinenbau",     "Bau",
                                          "Technik",        "Immobilien",       "Versicherungen",
                                          "Elektro",        "Metallbau",        "Software",
                                          "Beratung",       "Automation",       "Medizintechnik",
                                          "Handel",         "Verpackung",       "Druck",
                                          "Energie",        "Systeme",          "Anlagenbau",
                                          "Werkzeugbau",    "Spedition",        "Kunststofftechnik",
                                          "Steuerberatung", "Personalberatung", "Gebäudetechnik" };
constexpr const char *kDeMailboxes[] = { "buchhaltung", "rechnungen", "rechnungseingang", "kreditoren",
                                         "info" };
constexpr DemoLocale::LegalFormData kDeLegalForms[] = {
    { "GmbH", 70, "GmbH|Gmbh|G.m.b.H.|GMBH|GmbH" },
    { "AG", 10, "AG|A.G.|Aktiengesellschaft" },
    { "GmbH & Co. KG", 15, "GmbH & Co. KG|GmbH & Co KG|GmbH u. Co. KG|GmbH + Co. KG|Gmbh & Co.KG" },
    { "UG (haftungsbeschränkt)", 5, "UG (haftungsbeschränkt)|UG (haftungsbeschraenkt)|UG|UG (h.b.)" },
};
constexpr PhoneStyle kDePhones[] = {
    { "+%c %a ", Grouping::Whole, ' ' },    { "0%a/", Grouping::Whole, ' ' },
    { "(0%a) ", Grouping::ThreeRest, '-' }, { "+%c (0)%a ", Grouping::Whole, ' ' },
    { "0%a ", Grouping::Whole, ' ' },       { "00%c %a ", Grouping::Whole, ' ' }
};

// ---- France -----------------------------------------------------------------------------------

constexpr DemoLocale::CityData kFrCities[] = {
    { "Paris", "", "", 75001, 75020, "1", 8, "" },
    { "Lyon", "", "", 69001, 69009, "4", 8, "" },
    { "Marseille", "Marseilles", "", 13001, 13016, "4", 8, "" },
    { "Toulouse", "", "", 31000, 31500, "5", 8, "" },
    { "Bordeaux", "", "", 33000, 33800, "5", 8, "" },
    { "Lille", "", "", 59000, 59800, "3", 8, "" },
    { "Nantes", "", "", 44000, 44300, "2", 8, "" },
    { "Strasbourg", "Strassburg", "", 67000, 67200, "3", 8, "" },
};
constexpr const char *kFrStreets[] = { "rue de la République", "avenue des Champs-Élysées",
                                       "boulevard Haussmann",  "rue du Faubourg Saint-Honoré",
                                       "quai de la Loire",     "place Bellecour",
                                       "rue Nationale",        "allée des Tilleuls",
                                       "rue de l'Église",      "avenue Jean Jaurès",
                                       "cours Mirabeau",       "rue Sainte-Catherine" };
constexpr Abbreviation kFrStreetAbbreviations[] = { { "avenue", "av." }, { "boulevard", "bd" },
                                                    { "rue", "Rue" },    { "Saint", "St" },
                                                    { "é", "e" },        { "É", "E" } };
constexpr const char *kFrSurnames[] = {
    "Martin",   "Bernard",  "Dubois",   "Thomas",    "Robert",   "Richard",  "Petit",  "Durand",   "Leroy",
    "Moreau",   "Simon",    "Laurent",  "Lefèvre",   "Michel",   "Garcia",   "David",  "Bertrand", "Roux",
    "Vincent",  "Fournier", "Morel",    "Girard",    "André",    "Mercier",  "Dupont", "Lambert",  "Bonnet",
    "François", "Côté",     "Gauthier", "Chevalier", "Rousseau", "Besançon", "Pérez"
};
constexpr const char *kFrFirstNames[] = { "Chloé",  "Léa",    "Hugo",   "Louis",    "Camille",
                                          "Émilie", "Théo",   "Noémie", "François", "Hélène",
                                          "Jérôme", "Cécile", "Gaëlle", "Raphaël",  "Manon",
                                          "Julien", "Élodie", "Benoît", "Céline",   "Mathis" };
constexpr const char *kFrTradeWords[] = { "Conseil",      "Ingénierie",  "Informatique", "Logistique",
                                          "Bâtiment",     "Énergie",     "Services",     "Industries",
                                          "Technologies", "Études",      "Médical",      "Transports",
                                          "Distribution", "Électricité", "Systèmes",     "Assurances",
                                          "Aéronautique", "Recrutement" };
constexpr const char *kFrMailboxes[] = { "comptabilite", "factures", "fournisseurs", "compta", "contact" };
constexpr DemoLocale::LegalFormData kFrLegalForms[] = {
    { "SAS", 45, "SAS|S.A.S.|S.A.S|Sas" },
    { "SARL", 35, "SARL|S.A.R.L.|Sarl|S.à r.l." },
    { "SA", 20, "SA|S.A.|S.A|Société Anonyme" },
};
constexpr PhoneStyle kFrPhones[] = { { "+%c %a ", Grouping::Pairs, ' ' },
                                     { "0%a ", Grouping::Pairs, ' ' },
                                     { "0%a.", Grouping::Pairs, '.' },
                                     { "0%a", Grouping::Whole, ' ' },
                                     { "+%c (0)%a ", Grouping::Pairs, ' ' } };

// ---- Netherlands ------------------------------------------------------------------------------

constexpr DemoLocale::CityData kNlCities[] = {
    { "Amsterdam", "", "", 1011, 1109, "20", 7, "" },
    { "Rotterdam", "", "", 3011, 3089, "10", 7, "" },
    { "Den Haag", "The Hague|'s-Gravenhage|s Gravenhage", "", 2491, 2599, "70", 7, "" },
    { "Utrecht", "", "", 3511, 3585, "30", 7, "" },
    { "Eindhoven", "", "", 5611, 5658, "40", 7, "" },
    { "Groningen", "", "", 9711, 9747, "50", 7, "" },
};
constexpr const char *kNlStreets[] = { "Keizersgracht", "Herengracht",   "Damrak",
                                       "Coolsingel",    "Stationsplein", "Laan van Meerdervoort",
                                       "Kerkstraat",    "Oudegracht",    "Stratumseind",
                                       "Grote Markt",   "Prinsengracht", "Weena" };
constexpr Abbreviation kNlStreetAbbreviations[] = { { "straat", "str." },
                                                    { "Laan van", "Ln. v." },
                                                    { "plein", "pl." } };
constexpr const char *kNlSurnames[] = { "de Jong", "Jansen",   "de Vries",    "van den Berg", "van Dijk",
                                        "Bakker",  "Janssen",  "Visser",      "Smit",         "Meijer",
                                        "de Boer", "Mulder",   "de Groot",    "Bos",          "Vos",
                                        "Peters",  "Hendriks", "van Leeuwen", "Dekker",       "Brouwer",
                                        "de Wit",  "Dijkstra", "de Graaf",    "van der Meer" };
constexpr const char *kNlFirstNames[] = { "Daan",  "Sem",   "Lotte", "Emma",   "Bram",    "Sanne", "Joost",
                                          "Femke", "Ruben", "Anouk", "Thijs",  "Maarten", "Fleur", "Jeroen",
                                          "Ilse",  "Niels", "Eline", "Wouter", "Marieke", "Pieter" };
constexpr const char *kNlTradeWords[] = { "Bouw",     "Techniek",       "Logistiek", "Installatietechniek",
                                          "Advies",   "Software",       "Transport", "Groep",
                                          "Vastgoed", "Automatisering", "Zorg",      "Energie",
                                          "Handel",   "Detachering" };
constexpr const char *kNlMailboxes[] = { "facturen", "crediteuren", "administratie", "finance", "info" };
constexpr DemoLocale::LegalFormData kNlLegalForms[] = {
    { "B.V.", 90, "B.V.|BV|B.V|bv|Besloten Vennootschap" },
    { "N.V.", 10, "N.V.|NV|N.V" },
};
constexpr PhoneStyle kNlPhones[] = { { "+%c %a ", Grouping::ThreeRest, ' ' },
                                     { "0%a-", Grouping::Whole, ' ' },
                                     { "0%a ", Grouping::ThreeRest, ' ' },
                                     { "+%c (0)%a ", Grouping::Whole, ' ' } };

// ---- Switzerland ------------------------------------------------------------------------------

constexpr DemoLocale::CityData kChCities[] = {
    { "Zürich", "Zurich|Zuerich", "ZH", 8001, 8057, "44", 7, "" },
    { "Genève", "Geneva|Genf|Geneve", "GE", 1201, 1209, "22", 7, "" },
    { "Basel", "Bâle|Basle", "BS", 4001, 4059, "61", 7, "" },
    { "Bern", "Berne", "BE", 3001, 3030, "31", 7, "" },
    { "Lausanne", "", "VD", 1003, 1018, "21", 7, "" },
    { "Zug", "", "ZG", 6300, 6300, "41", 7, "" },
    { "Luzern", "Lucerne", "LU", 6003, 6006, "41", 7, "" },
};
constexpr const char *kChStreets[] = { "Bahnhofstrasse", "Limmatquai",      "Rue du Rhône",
                                       "Marktgasse",     "Seefeldstrasse",  "Avenue de la Gare",
                                       "Spitalgasse",    "Aeschenvorstadt", "Rue de Lausanne",
                                       "Pilatusstrasse", "Kramgasse",       "Baarerstrasse" };
constexpr Abbreviation kChStreetAbbreviations[] = {
    { "strasse", "str." }, { "strasse", "straße" }, { "Avenue", "Av." }, { "ô", "o" }
};
constexpr const char *kChSurnames[] = {
    "Müller",  "Meier",  "Schmid",  "Keller",  "Weber",  "Huber",      "Schneider", "Steiner",
    "Fischer", "Gerber", "Brunner", "Baumann", "Frei",   "Zimmermann", "Moser",     "Widmer",
    "Wyss",    "Graf",   "Roth",    "Favre",   "Rochat", "Bonvin",     "Perrin",    "Zürcher"
};
constexpr const char *kChFirstNames[] = { "Luca",  "Noah", "Mia",     "Laura",   "Elias",  "Lena",   "Reto",
                                          "Urs",   "Beat", "Nicole",  "Corinne", "Jürg",   "Andrea", "Simone",
                                          "Marco", "Noé",  "Aurélie", "Loïc",    "Céline", "Yannick" };
constexpr const char *kChTradeWords[] = { "Treuhand",  "Informatik",    "Technik",    "Engineering",
                                          "Präzision", "Uhren",         "Consulting", "Immobilien",
                                          "Pharma",    "Logistik",      "Ingénierie", "Fiduciaire",
                                          "Medtech",   "Versicherungen" };
constexpr const char *kChMailboxes[] = { "buchhaltung", "kreditoren", "comptabilite", "finanzen", "info" };
constexpr DemoLocale::LegalFormData kChLegalForms[] = {
    { "AG", 55, "AG|A.G.|Aktiengesellschaft|SA" },
    { "GmbH", 30, "GmbH|Gmbh|G.m.b.H.|Sàrl" },
    { "SA", 10, "SA|S.A.|AG|Société anonyme" },
    { "Sàrl", 5, "Sàrl|Sarl|S.à r.l.|SARL|GmbH" },
};
constexpr PhoneStyle kChPhones[] = { { "+%c %a ", Grouping::ThreeThenPairs, ' ' },
                                     { "0%a ", Grouping::ThreeThenPairs, ' ' },
                                     { "00%c %a ", Grouping::ThreeThenPairs, ' ' },
                                     { "+%c (0)%a ", Grouping::ThreeThenPairs, ' ' },
                                     { "0%a", Grouping::Whole, ' ' } };

} // namespace

struct DemoLocale::CountryData
{
    const char *code;
    const char *name;
    const char *localName;
    const char *currency;
    int vatPerMille;
    const char *tld;
    qint64 minBillRate;
    qint64 maxBillRate;
    int weight;
    const char *callingCode;
    VatStyle vatStyle;
    bool numberFirst;
    const char *andWord;
    std::span<const CityData> cities;
    std::span<const char *const> streets;
    std::span<const Abbreviation> streetAbbreviations;
    std::span<const char *const> surnames;
    std::span<const char *const> firstNames;
    std::span<const char *const> tradeWords;
    std::span<const char *const> mailboxes;
    std::span<const LegalFormData> legalForms;
    std::span<const PhoneStyle> phoneStyles;
};

namespace {

const DemoLocale::CountryData kCountries[] = {
    { "US",
      "United States",
      "United States",
      "USD",
      0,
      "com",
      9000,
      22000,
      20,
      "1",
      VatStyle::None,
      true,
      "and",
      kUsCities,
      kUsStreets,
      kUsStreetAbbreviations,
      kUsSurnames,
      kUsFirstNames,
      kUsTradeWords,
      kUsMailboxes,
      kUsLegalForms,
      kUsPhones },
    { "GB",
      "United Kingdom",
      "United Kingdom",
      "GBP",
      200,
      "co.uk",
      6500,
      16000,
      15,
      "44",
      VatStyle::Britain,
      true,
      "and",
      kGbCities,
      kGbStreets,
      kGbStreetAbbreviations,
      kGbSurnames,
      kGbFirstNames,
      kGbTradeWords,
      kGbMailboxes,
      kGbLegalForms,
      kGbPhones },
    { "DE",
      "Germany",
      "Deutschland",
      "EUR",
      190,
      "de",
      7500,
      17000,
      30,
      "49",
      VatStyle::Germany,
      false,
      "und",
      kDeCities,
      kDeStreets,
      kDeStreetAbbreviations,
      kDeSurnames,
      kDeFirstNames,
      kDeTradeWords,
      kDeMailboxes,
      kDeLegalForms,
      kDePhones },
    { "FR",
      "France",
      "France",
      "EUR",
      200,
      "fr",
      7000,
      16000,
      12,
      "33",
      VatStyle::France,
      true,
      "et",
      kFrCities,
      kFrStreets,
      kFrStreetAbbreviations,
      kFrSurnames,
      kFrFirstNames,
      kFrTradeWords,
      kFrMailboxes,
      kFrLegalForms,
      kFrPhones },
    { "NL",
      "Netherlands",
      "Nederland",
      "EUR",
      210,
      "nl",
      7500,
      16500,
      12,
      "31",
      VatStyle::Netherlands,
      false,
      "en",
      kNlCities,
      kNlStreets,
      kNlStreetAbbreviations,
      kNlSurnames,
      kNlFirstNames,
      kNlTradeWords,
      kNlMailboxes,
      kNlLegalForms,
      kNlPhones },
    { "CH",
      "Switzerland",
      "Schweiz",
      "CHF",
      81,
      "ch",
      11000,
      24000,
      11,
      "41",
      VatStyle::Switzerland,
      false,
      "und",
      kChCities,
      kChStreets,
      kChStreetAbbreviations,
      kChSurnames,
      kChFirstNames,
      kChTradeWords,
      kChMailboxes,
      kChLegalForms,
      kChPhones },
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString pickText(std::span<const char *const> items, DemoRandom &random)
{
    return utf8(random.pick(items));
}

QString digits(int count, DemoRandom &random, bool leadingNonZero = true)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int digit = (i == 0 && leadingNonZero) ? random.between(1, 9) : random.between(0, 9);
        out.append(QLatin1Char(static_cast<char>('0' + digit)));
    }
    return out;
}

QString zeroPadded(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

// French VAT key: (12 + 3 * (SIREN mod 97)) mod 97, so generated ids pass real validators.
QString frenchVat(const QString &siren)
{
    const qint64 value = siren.toLongLong();
    const int key = static_cast<int>((12 + 3 * (value % 97)) % 97);
    return QStringLiteral("FR") + zeroPadded(key, 2) + siren;
}

// SIREN numbers carry a Luhn check digit.
QString luhnCompleted(const QString &body)
{
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        int d = body.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return body + QString::number((10 - sum % 10) % 10);
}

QString groupDigits(const QString &number, Grouping grouping, char separator)
{
    const QLatin1Char sep(separator);
    const qsizetype n = number.size();
    switch (grouping) {
    case Grouping::Whole:
        return number;
    case Grouping::ThreeRest:
        return number.left(3) + sep + number.mid(3);
    case Grouping::HalfHalf:
        return number.left(n / 2) + sep + number.mid(n / 2);
    case Grouping::Pairs:
    case Grouping::ThreeThenPairs: {
        const qsizetype head = grouping == Grouping::Pairs ? 2 : 3;
        QString out = number.left(head);
        for (qsizetype i = head; i < n; i += 2)
            out += sep + number.mid(i, 2);
        return out;
    }
    }
    return number;
}

} // namespace

DemoLocale::DemoLocale(const CountryData *data)
    : m_data(data)
{ }

const std::vector<DemoLocale> &DemoLocale::all()
{
    static const std::vector<DemoLocale> locales = [] {
        std::vector<DemoLocale> out;
        for (const CountryData &data : kCountries)
            out.push_back(DemoLocale(&data));
        return out;
    }();
    return locales;
}

const DemoLocale &DemoLocale::forCountry(const QString &code)
{
    for (const DemoLocale &locale : all()) {
        if (locale.countryCode() == code)
            return locale;
    }
    return all().front();
}

int DemoLocale::drawCountry(DemoRandom &random)
{
    std::array<int, std::size(kCountries)> weights {};
    for (std::size_t i = 0; i < weights.size(); ++i)
        weights[i] = kCountries[i].weight;
    return random.weighted(weights);
}

QString DemoLocale::countryCode() const
{
    return QLatin1String(m_data->code);
}

QString DemoLocale::countryName() const
{
    return QLatin1String(m_data->name);
}

QString DemoLocale::localCountryName() const
{
    return utf8(m_data->localName);
}

QString DemoLocale::currency() const
{
    return QLatin1String(m_data->currency);
}

int DemoLocale::vatPerMille() const
{
    return m_data->vatPerMille;
}

QString DemoLocale::topLevelDomain() const
{
    return QLatin1String(m_data->tld);
}

qint64 DemoLocale::minBillRate() const
{
    return m_data->minBillRate;
}

qint64 DemoLocale::maxBillRate() const
{
    return m_data->maxBillRate;
}

int DemoLocale::cityCount() const
{
    return static_cast<int>(m_data->cities.size());
}

const DemoLocale::CityData &DemoLocale::city(int index) const
{
    return m_data->cities[static_cast<std::size_t>(index)];
}

QString DemoLocale::cityVariant(int index, DemoRandom &random) const
{
    const CityData &data = city(index);
    const QStringList others = utf8(data.otherNames).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (others.isEmpty() || random.chance(550))
        return utf8(data.name);
    return random.pick(others);
}

QString DemoLocale::postcode(int cityIndex, DemoRandom &random) const
{
    const CityData &data = city(cityIndex);
    const QString country = countryCode();
    if (country == QLatin1String("GB")) {
        static const char kInwardLetters[] = "ABDEFGHJLNPQRSTUWXYZ";
        const QStringList outward = QString::fromLatin1(data.outwardCodes).split(QLatin1Char('|'));
        const auto letter = [&] {
            return QLatin1Char(kInwardLetters[random.below(sizeof(kInwardLetters) - 1)]);
        };
        return random.pick(outward) + QLatin1Char(' ') + QString::number(random.between(1, 9)) + letter()
            + letter();
    }
    const int number = random.between(data.postcodeLow, data.postcodeHigh);
    if (country == QLatin1String("NL")) {
        static const char kLetters[] = "ABCDEGHJKLMNPRSTVWXZ";
        const auto letter = [&] {
            return QLatin1Char(kLetters[random.below(sizeof(kLetters) - 1)]);
        };
        return QString::number(number) + QLatin1Char(' ') + letter() + letter();
    }
    const int width = (country == QLatin1String("CH")) ? 4 : 5;
    return zeroPadded(number, width);
}

QString DemoLocale::postcodeVariant(const QString &postcode, DemoRandom &random) const
{
    const QString country = countryCode();
    if (country == QLatin1String("NL") || country == QLatin1String("GB")) {
        switch (random.below(4)) {
        case 0:
            return QString(postcode).remove(QLatin1Char(' '));
        case 1:
            return postcode.toLower();
        default:
            return postcode;
        }
    }
    if (country == QLatin1String("DE") && random.chance(80))
        return QStringLiteral("D-") + postcode;
    if (country == QLatin1String("CH") && random.chance(120))
        return QStringLiteral("CH-") + postcode;
    return postcode;
}

QString DemoLocale::streetAddress(DemoRandom &random) const
{
    const QString street = pickText(m_data->streets, random);
    QString number = QString::number(random.between(1, countryCode() == QLatin1String("US") ? 2400 : 180));
    if (!m_data->numberFirst && random.chance(80))
        number += QLatin1Char(static_cast<char>('a' + random.below(3)));
    QString address =
        m_data->numberFirst ? number + QLatin1Char(' ') + street : street + QLatin1Char(' ') + number;
    if (countryCode() == QLatin1String("US") && random.chance(400))
        address += QStringLiteral(", Suite ") + QString::number(random.between(1, 30) * 100);
    return address;
}

QString DemoLocale::streetVariant(const QString &street, DemoRandom &random) const
{
    QString out = street;
    const auto &abbreviations = m_data->streetAbbreviations;
    // Apply each abbreviation independently, as different people shorten different words.
    for (const Abbreviation &abbreviation : abbreviations) {
        if (random.chance(450))
            out.replace(utf8(abbreviation.from), utf8(abbreviation.to));
    }
    if (m_data->numberFirst && random.chance(150)) {
        const qsizetype space = out.indexOf(QLatin1Char(' '));
        if (space > 0)
            out.insert(space, QLatin1Char(','));
    }
    return out;
}

QString DemoLocale::surname(DemoRandom &random) const
{
    return pickText(m_data->surnames, random);
}

QString DemoLocale::firstName(DemoRandom &random) const
{
    return pickText(m_data->firstNames, random);
}

QString DemoLocale::tradeWord(DemoRandom &random) const
{
    return pickText(m_data->tradeWords, random);
}

QString DemoLocale::accountsMailbox(DemoRandom &random) const
{
    return pickText(m_data->mailboxes, random);
}

QString DemoLocale::andWord() const
{
    return QLatin1String(m_data->andWord);
}

std::span<const DemoLocale::LegalFormData> DemoLocale::legalForms() const
{
    return m_data->legalForms;
}

const DemoLocale::LegalFormData &DemoLocale::drawLegalForm(DemoRandom &random) const
{
    std::vector<int> weights;
    for (const LegalFormData &form : m_data->legalForms)
        weights.push_back(form.weight);
    return m_data->legalForms[static_cast<std::size_t>(random.weighted(weights))];
}

QStringList DemoLocale::legalFormSpellings(const QString &canonical) const
{
    for (const LegalFormData &form : m_data->legalForms) {
        if (utf8(form.canonical) == canonical)
            return utf8(form.spellings).split(QLatin1Char('|'));
    }
    return { canonical };
}

QString DemoLocale::vatId(DemoRandom &random) const
{
    switch (m_data->vatStyle) {
    case VatStyle::None:
        return {};
    case VatStyle::Germany:
        return QStringLiteral("DE") + digits(9, random);
    case VatStyle::France:
        return frenchVat(luhnCompleted(digits(8, random)));
    case VatStyle::Netherlands:
        return QStringLiteral("NL") + digits(9, random, false) + QStringLiteral("B")
            + zeroPadded(random.between(1, 3), 2);
    case VatStyle::Britain:
        return QStringLiteral("GB") + digits(9, random);
    case VatStyle::Switzerland:
        return QStringLiteral("CHE") + digits(9, random);
    }
    return {};
}

QString DemoLocale::vatVariant(const QString &vat, DemoRandom &random) const
{
    if (vat.isEmpty())
        return vat;
    if (m_data->vatStyle == VatStyle::Switzerland) {
        const QString dotted =
            QStringLiteral("CHE-%1.%2.%3").arg(vat.mid(3, 3), vat.mid(6, 3), vat.mid(9, 3));
        switch (random.below(4)) {
        case 0:
            return dotted + QStringLiteral(" MWST");
        case 1:
            return dotted + QStringLiteral(" TVA");
        case 2:
            return dotted;
        default:
            return vat;
        }
    }
    const QString prefix = vat.left(2);
    const QString body = vat.mid(2);
    switch (random.below(6)) {
    case 0:
        return prefix + QLatin1Char(' ') + body;
    case 1:
        return prefix + QLatin1Char(' ') + body.left(3) + QLatin1Char(' ') + body.mid(3, 3) + QLatin1Char(' ')
            + body.mid(6);
    case 2:
        return vat.toLower();
    case 3:
        return body;
    default:
        return vat;
    }
}

QString DemoLocale::registryId(const QString &vat, DemoRandom &random) const
{
    switch (m_data->vatStyle) {
    case VatStyle::None:
        return digits(2, random) + QLatin1Char('-') + digits(7, random, false);
    case VatStyle::Germany:
        return (random.chance(800) ? QStringLiteral("HRB ") : QStringLiteral("HRA "))
            + digits(random.between(4, 6), random);
    case VatStyle::France:
        return vat.mid(4);
    case VatStyle::Netherlands:
        return digits(8, random);
    case VatStyle::Britain:
        return random.chance(100) ? QStringLiteral("SC") + digits(6, random, false)
                                  : QStringLiteral("0") + digits(7, random);
    case VatStyle::Switzerland:
        return QStringLiteral("CHE-%1.%2.%3").arg(vat.mid(3, 3), vat.mid(6, 3), vat.mid(9, 3));
    }
    return {};
}

QString DemoLocale::subscriberNumber(int cityIndex, DemoRandom &random) const
{
    return digits(city(cityIndex).subscriberDigits, random);
}

int DemoLocale::phoneStyleCount() const
{
    return static_cast<int>(m_data->phoneStyles.size());
}

QString DemoLocale::formatPhone(const QString &areaCode, const QString &subscriber, int style) const
{
    const PhoneStyle &format = m_data->phoneStyles[static_cast<std::size_t>(style % phoneStyleCount())];
    QString prefix = QLatin1String(format.prefix);
    prefix.replace(QLatin1String("%c"), QLatin1String(m_data->callingCode));
    prefix.replace(QLatin1String("%a"), areaCode);
    return prefix + groupDigits(subscriber, format.grouping, format.separator);
}

} // namespace cw
