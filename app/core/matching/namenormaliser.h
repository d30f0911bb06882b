#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace cw {

/// A company name reduced to what identifies it.
struct NormalisedName
{
    /// Folded tokens without legal form and noise words, abbreviations spelled out, simple
    /// plurals singular: "The Acme Staffing Solutions, Inc." -> {"acme", "staffing", "solution"}.
    QStringList tokens;
    /// Canonical legal form code (see LegalForms), empty when the name carries none.
    QString legalForm;
};

/// Normalises company names for matching.
///
/// Steps: Unicode folding and tokenising (TextNormaliser), legal form extraction (LegalForms),
/// abbreviations ("intl" -> "international", "mgmt" -> "management", "&" -> "and"), noise words
/// ("the", "and", "of", "und", "et") and English plurals. Rules are language-neutral where
/// possible and applied identically to both sides of a comparison. Thread affinity: none.
class NameNormaliser
{
public:
    /// @p legalFormField is a legal form a system keeps in its own field; it wins over one found
    /// in the name.
    static NormalisedName normalise(QStringView name, QStringView legalFormField = {});

    /// Spelled-out form of one folded token ("intl" -> "international"); the token itself when
    /// it is no known abbreviation.
    static QString expandAbbreviation(const QString &token);
    /// Singular of a simple English plural ("services" -> "service", "companies" -> "company");
    /// words under six letters ("Vries", "Sales") and words ending in -ss, -us, -is are kept.
    static QString singular(const QString &token);
    /// True for words that carry no identity ("the", "and", "of", "und", "et", ...).
    static bool isNoiseWord(const QString &token);
};

} // namespace cw
