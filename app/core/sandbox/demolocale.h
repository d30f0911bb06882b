#pragma once

#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace cw {

class DemoRandom;

/// What the demo data needs to know about one country: cities with postcodes and phone area
/// codes, streets, people's names, company vocabulary, legal forms, tax ids and how people write
/// phone numbers, VAT ids and addresses there, canonically and in the sloppier ways found in
/// real CRMs.
///
/// Immutable static data; all functions are const and safe to call from any thread. Randomness
/// comes only from the DemoRandom passed in, so results are deterministic.
class DemoLocale
{
public:
    struct CityData
    {
        const char *name;
        /// Other spellings people use ("Munich", "Muenchen"), separated by '|'; may be empty.
        const char *otherNames;
        const char *region;
        int postcodeLow;
        int postcodeHigh;
        const char *areaCode;
        int subscriberDigits;
        /// GB only: outward codes ("EC1A|SW1A") the inward part is appended to.
        const char *outwardCodes;
    };
    struct LegalFormData
    {
        const char *canonical;
        int weight;
        /// Spellings of the form seen in the wild, separated by '|' (the canonical one included).
        const char *spellings;
    };
    struct CountryData;

    /// Every supported country: US, GB, DE, FR, NL, CH, in that order.
    static const std::vector<DemoLocale> &all();
    /// The locale of ISO code @p code; the first locale for an unknown code.
    static const DemoLocale &forCountry(const QString &code);
    /// Index into all() drawn with the demo's country mix.
    static int drawCountry(DemoRandom &random);

    QString countryCode() const;
    QString countryName() const;
    /// The name in the country's own language ("Deutschland"); as countryName() where the same.
    QString localCountryName() const;
    QString currency() const;
    /// Standard VAT rate in per mille (190 = 19 %); 0 where sales tax is not invoiced (US).
    int vatPerMille() const;
    /// Top-level domain companies there use most, without the dot ("de", "co.uk").
    QString topLevelDomain() const;
    /// Typical net hourly bill rate range in minor units of currency().
    qint64 minBillRate() const;
    qint64 maxBillRate() const;

    int cityCount() const;
    const CityData &city(int index) const;
    /// A city name as some system spells it: the official one, or one of its other spellings.
    QString cityVariant(int index, DemoRandom &random) const;
    QString postcode(int cityIndex, DemoRandom &random) const;
    /// The postcode as a sloppy system stores it (spacing, case); unchanged where there is no variance.
    QString postcodeVariant(const QString &postcode, DemoRandom &random) const;

    /// "Hauptstraße 12" / "12 rue de la République" / "350 Market Street".
    QString streetAddress(DemoRandom &random) const;
    /// The address with common abbreviations or transliterations applied ("Hauptstr. 12").
    QString streetVariant(const QString &street, DemoRandom &random) const;

    QString surname(DemoRandom &random) const;
    QString firstName(DemoRandom &random) const;
    /// A trade word in the country's language ("Logistik", "Ingénierie").
    QString tradeWord(DemoRandom &random) const;
    /// The local mailbox accounts payable uses ("buchhaltung", "comptabilite").
    QString accountsMailbox(DemoRandom &random) const;
    /// The word joining two names ("und", "et", "and"), used instead of '&' by some systems.
    QString andWord() const;

    std::span<const LegalFormData> legalForms() const;
    const LegalFormData &drawLegalForm(DemoRandom &random) const;
    /// Spellings of @p canonical (see LegalFormData::spellings); just @p canonical when unknown.
    QStringList legalFormSpellings(const QString &canonical) const;

    /// VAT id in its compact canonical form ("DE123456789", "CHE123456789"); empty for the US.
    QString vatId(DemoRandom &random) const;
    /// @p vat as people type it: spaced, lower case, without the country prefix, or with dots.
    QString vatVariant(const QString &vat, DemoRandom &random) const;
    /// Commercial register / company number ("HRB 123456", "01234567", EIN "12-3456789").
    QString registryId(const QString &vat, DemoRandom &random) const;

    QString subscriberNumber(int cityIndex, DemoRandom &random) const;
    /// Number of phone formats formatPhone() knows for this country.
    int phoneStyleCount() const;
    /// The number in format @p style: 0 is international E.123 ("+49 30 1234567"), the others
    /// local habits ("030/1234567", "(030) 123-4567").
    QString formatPhone(const QString &areaCode, const QString &subscriber, int style) const;

private:
    explicit DemoLocale(const CountryData *data);

    const CountryData *m_data;
};

} // namespace cw
