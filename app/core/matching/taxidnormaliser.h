#pragma once

#include <QString>
#include <QStringView>

namespace cw {

/// VAT numbers and company registration ids in one canonical spelling.
///
/// VAT: upper-case letters and digits only, labels such as "VAT", "USt-IdNr.", "TVA", "BTW",
/// "MWST" removed, and the country prefix made explicit ("de 123.456.789" -> "DE123456789";
/// Greece uses "EL"; Swiss "CHE-123.456.789 MWST" -> "CHE123456789"). A number written without
/// prefix takes the record's country. Two VAT numbers are compared by body() so a missing prefix
/// on one side does not hide a match. Registration ids ("HRB 12345", "01234567") keep letters
/// and digits, upper-case, without leading zeros of all-digit ids. Thread affinity: none.
class TaxIdNormaliser
{
public:
    /// Canonical VAT number, empty when @p raw holds fewer than five digits.
    static QString vat(QStringView raw, QStringView countryIso2);
    /// The part of a canonical VAT number after its country prefix.
    static QString body(QStringView canonicalVat);
    /// Canonical registration id, empty when @p raw has no digits.
    static QString registryId(QStringView raw);
};

} // namespace cw
