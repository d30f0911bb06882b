#pragma once

#include <QString>
#include <QStringView>

namespace cw {

/// Country names and codes to ISO 3166-1 alpha-2.
///
/// Accepts alpha-2 and alpha-3 codes and the country's name in English, German, French,
/// Spanish, Italian, Dutch and Portuguese (from ICU's locale data), plus common informal names
/// ("UK", "England", "USA", "Holland"); case and accents do not matter. Thread affinity: none.
class CountryCodes
{
public:
    /// "Deutschland" -> "DE", "U.S.A." -> "US", "che" -> "CH"; empty when unknown.
    static QString toIso2(QStringView country);
    /// Packs an alpha-2 code into 16 bits for compact storage (0 for empty).
    static quint16 pack(QStringView iso2);
    static QString unpack(quint16 packed);
};

} // namespace cw
