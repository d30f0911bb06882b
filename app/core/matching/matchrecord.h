#pragma once

#include <QString>

namespace cw {

/// One customer record as a system exports it: the input of the matcher.
///
/// Every field is optional except id. Values are raw: normalisation is the matcher's job.
/// A value type, safe to copy between threads.
struct MatchRecord
{
    QString id; ///< the record's id in its system (external id)
    QString name; ///< company name, possibly with its legal form
    QString legalForm; ///< legal form kept in a separate field by some systems
    QString street; ///< street line; may hold a whole one-line address
    QString postcode;
    QString city;
    QString country; ///< name or ISO code
    QString phone;
    QString email;
    QString website;
    QString vat; ///< VAT / tax id
    QString registryId; ///< company registration number
};

} // namespace cw
