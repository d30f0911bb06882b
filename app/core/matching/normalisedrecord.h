#pragma once

#include <QString>
#include <QStringList>

namespace cw {

/// A MatchRecord after normalisation (see RecordNormaliser): what the matcher compares, in
/// readable form. Empty strings and lists mean "missing". A value type.
struct NormalisedRecord
{
    QStringList nameTokens; ///< name without legal form and noise words
    QString legalForm; ///< canonical legal form code (LegalForms)
    QString phone; ///< E.164
    QStringList domains; ///< organisation domains from web site and e-mail, no free mail
    QString vat; ///< canonical VAT number (TaxIdNormaliser)
    QString registryId;
    QString houseNumber;
    QStringList streetTokens;
    QString postcode;
    QStringList cityTokens;
    QString country; ///< ISO 3166-1 alpha-2

    QString name() const { return nameTokens.join(QLatin1Char(' ')); }
    QString street() const { return streetTokens.join(QLatin1Char(' ')); }
    QString city() const { return cityTokens.join(QLatin1Char(' ')); }
};

} // namespace cw
