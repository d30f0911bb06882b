#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace cw {

/// A postal address reduced to comparable parts.
struct NormalisedAddress
{
    QString houseNumber; ///< "12a" from "Hauptstr. 12 a" or "12A Main Street"
    QStringList streetTokens; ///< {"haupt", "street"}; street types and directions in one spelling
    QString postcode; ///< upper-case, no spaces: "SW1A1AA", "10115", US ZIP without +4
    QStringList cityTokens; ///< {"frankfurt", "am", "main"}; "Cedex" and district numbers removed
    QString country; ///< ISO 3166-1 alpha-2, empty when unknown
};

/// Normalises addresses for matching. Thread affinity: none.
///
/// Street types are spelled one way across languages and abbreviations ("St", "Str.", "Straße",
/// "straat" -> "street"; "Ave" -> "avenue"; "Rd" -> "road"), German and Dutch compounds are
/// split ("Hauptstraße" -> "haupt street"), unit designators ("Suite 200", "Apt 5", "c/o") are
/// dropped, and the house number is kept apart. When postcode and city are empty, they are taken
/// from a one-line address ("Hauptstr. 5, 10115 Berlin").
class AddressNormaliser
{
public:
    /// @p defaultCountry (alpha-2) applies when @p country is empty or unknown.
    static NormalisedAddress normalise(QStringView street, QStringView postcode, QStringView city,
                                       QStringView country, QStringView defaultCountry = {});

    /// "D-10115" -> "10115", "sw1a 1aa" -> "SW1A1AA", "94105-1234" (US) -> "94105".
    static QString postcode(QStringView raw, QStringView countryIso2);
};

} // namespace cw
