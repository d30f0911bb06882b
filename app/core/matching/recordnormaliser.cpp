#include "recordnormaliser.h"

#include "addressnormaliser.h"
#include "domainnormaliser.h"
#include "namenormaliser.h"
#include "phonenormaliser.h"
#include "taxidnormaliser.h"

namespace cw {

RecordNormaliser::RecordNormaliser(QString defaultCountry)
    : m_defaultCountry(defaultCountry.trimmed().toUpper())
{ }

NormalisedRecord RecordNormaliser::normalise(const MatchRecord &record) const
{
    NormalisedRecord out;
    NormalisedName name = NameNormaliser::normalise(record.name, record.legalForm);
    out.nameTokens = std::move(name.tokens);
    out.legalForm = std::move(name.legalForm);

    NormalisedAddress address = AddressNormaliser::normalise(record.street, record.postcode, record.city,
                                                             record.country, m_defaultCountry);
    out.houseNumber = std::move(address.houseNumber);
    out.streetTokens = std::move(address.streetTokens);
    out.postcode = std::move(address.postcode);
    out.cityTokens = std::move(address.cityTokens);
    out.country = std::move(address.country);

    out.phone = PhoneNormaliser::toE164(record.phone, out.country);
    for (const QString &domain :
         { DomainNormaliser::fromWebsite(record.website), DomainNormaliser::fromEmail(record.email) }) {
        if (!domain.isEmpty() && !out.domains.contains(domain))
            out.domains.append(domain);
    }
    out.vat = TaxIdNormaliser::vat(record.vat, out.country);
    out.registryId = TaxIdNormaliser::registryId(record.registryId);
    return out;
}

} // namespace cw
