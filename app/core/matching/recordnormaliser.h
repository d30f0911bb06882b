#pragma once

#include "matchrecord.h"
#include "normalisedrecord.h"

#include <QString>

namespace cw {

/// Turns a raw MatchRecord into a NormalisedRecord with the field normalisers of this folder
/// (NameNormaliser, PhoneNormaliser, DomainNormaliser, TaxIdNormaliser, AddressNormaliser).
///
/// The default country (ISO alpha-2) is the region for phone numbers in national form and the
/// country of addresses that name none. A value type; normalise() is const and thread-safe.
class RecordNormaliser
{
public:
    explicit RecordNormaliser(QString defaultCountry = {});

    NormalisedRecord normalise(const MatchRecord &record) const;
    QString defaultCountry() const { return m_defaultCountry; }

private:
    QString m_defaultCountry;
};

} // namespace cw
