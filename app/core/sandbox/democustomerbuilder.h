#pragma once

#include "demodataset.h"
#include "namevariantmaker.h"

#include <array>

namespace cw {

class DemoLocale;
class DemoRandom;

/// Turns the dataset's companies into the records each system holds: which systems know the
/// company (most know it in all three, some in one or two, prospects only in the CRM), a second
/// record in one system now and then, every record spelled, formatted and filled in the way that
/// system's users do it, with the raw JSON the system's API would return; plus CRM and staffing
/// contacts and CRM deals.
///
/// Works on the dataset it is given (companies must be filled; customers, contacts and deals must
/// be empty). Not thread-safe.
class DemoCustomerBuilder
{
public:
    DemoCustomerBuilder(DemoDataset &dataset, DemoRandom &random);

    /// Adds the records of every company.
    void build();

private:
    void addRecords(int companyIndex);
    int addCustomer(int companyIndex, DemoDataset::System system, bool duplicate, bool prospect);
    void fillContactDetails(DemoDataset::Customer &customer, const DemoDataset::Company &company,
                            const DemoLocale &locale);
    QByteArray rawRecord(const DemoDataset::Customer &customer, const DemoDataset::Company &company,
                         bool prospect, qint64 modifiedMs) const;
    void addContacts(const DemoDataset::Customer &customer);
    void addDeals(const DemoDataset::Customer &customer, bool prospect);
    QString nextExternalId(DemoDataset::System system);
    QString personEmail(const QString &first, const QString &last, const QString &domain);
    /// A moment in the year before asOf, with its date.
    QString recentStamp(QDate *date = nullptr, int *seconds = nullptr);

    DemoDataset &m_data;
    DemoRandom &m_random;
    std::array<qint64, DemoDataset::kSystemCount> m_nextExternal;
    qint64 m_nextCrmContact = 0;
    qint64 m_nextStaffingContact = 0;
    qint64 m_nextDeal = 0;
};

} // namespace cw
