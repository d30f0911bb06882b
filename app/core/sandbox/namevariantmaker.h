#pragma once

#include <QString>

namespace cw {

class DemoLocale;
class DemoRandom;

/// Spells a company name the way different systems store it: legal-form variants (Inc, Inc.,
/// Incorporated), abbreviations (Intl, &/and), typos, swapped words, dropped or added accents,
/// odd case, stray spaces and curly or straight quotes.
///
/// Stateless apart from the locale it refers to (which must outlive it); randomness only from the
/// DemoRandom passed in. Safe to use from any thread.
class NameVariantMaker
{
public:
    /// Per-mille chances of each kind of change; describes how carefully a system's users type.
    struct Style
    {
        int omitLegalForm = 0;
        int legalFormVariant = 0;
        int abbreviate = 0;
        int andWord = 0;
        int dropAccents = 0;
        int addAccents = 0;
        int typo = 0;
        int swapWords = 0;
        int changeCase = 0;
        int spacing = 0;
        int quotes = 0;
    };

    /// CRM: marketing names, legal form often left out.
    static Style crmStyle();
    /// Staffing platform: typed by recruiters in a hurry.
    static Style staffingStyle();
    /// ERP: the legal name from the contract, mostly careful.
    static Style erpStyle();
    /// A second record of the same company created by someone who did not search first.
    static Style duplicateStyle();

    explicit NameVariantMaker(const DemoLocale &locale);

    /// The official name: @p base followed by @p legalForm.
    QString legalName(const QString &base, const QString &legalForm) const;
    /// One system's spelling of the company @p base with @p legalForm.
    QString variant(const QString &base, const QString &legalForm, const Style &style,
                    DemoRandom &random) const;

    /// Removes diacritics ("Müller" -> "Muller", "ß" -> "ss").
    static QString dropAccents(const QString &text);
    /// German-style transliteration ("Müller" -> "Mueller"), then dropAccents() for the rest.
    static QString transliterate(const QString &text);
    /// Puts accents on a few words people know with accents ("Cafe" -> "Café").
    static QString addAccents(const QString &text);
    /// Applies one applicable abbreviation ("International" -> "Intl"); unchanged if none applies.
    static QString abbreviate(const QString &text, DemoRandom &random);
    /// One keyboard slip (swap, drop, double or neighbour key) on an ASCII letter after the first.
    static QString typo(const QString &text, DemoRandom &random);
    /// "Fischer & Weber" -> "Weber & Fischer", "Müller Logistik" -> "Logistik Müller".
    static QString swapWords(const QString &text);
    /// Lower-case ASCII slug for a domain name ("Müller & Söhne" -> "mueller-soehne").
    static QString slug(const QString &text, bool hyphens);

private:
    QString andVariant(const QString &text, DemoRandom &random) const;
    QString legalFormSpelling(const QString &legalForm, const Style &style, DemoRandom &random) const;
    static QString caseVariant(const QString &text, DemoRandom &random);
    static QString spacingVariant(const QString &text, DemoRandom &random);
    static QString quoteVariant(const QString &text, DemoRandom &random);

    const DemoLocale &m_locale;
};

} // namespace cw
