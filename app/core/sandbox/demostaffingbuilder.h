#pragma once

#include "demodataset.h"

#include <QHash>

#include <vector>

namespace cw {

class DemoRandom;

/// Adds the staffing side of the demo: consultants, placements of consultants at the companies
/// the staffing platform knows (some already ended, some starting inside the timesheet window,
/// most running), their rate history (raises, and pay raises without a bill-rate change that eat
/// the margin) and a few placements with time booked after their end date.
///
/// Works on the dataset it is given (customers must be built; consultants, placements and rates
/// must be empty). Not thread-safe.
class DemoStaffingBuilder
{
public:
    DemoStaffingBuilder(DemoDataset &dataset, DemoRandom &random);

    void build();

    /// A job title staffing firms place, e.g. "SAP FI/CO Consultant"; @p rateFactor (per mille,
    /// 1000 = average) receives how its rates compare with the average when not null.
    static QString jobTitle(DemoRandom &random, int *rateFactor = nullptr);

private:
    void addPlacement(int companyIndex, qint64 customerId, const QString &customerName);
    void chooseDates(DemoDataset::Placement &placement);
    void addRates(DemoDataset::Placement &placement, qint64 billRate, qint64 payRate);
    qint64 consultantFor(const QString &country);
    QByteArray rawPlacement(const DemoDataset::Placement &placement, const QString &customerExternalId,
                            const QString &customerName, const QString &businessUnit,
                            qint64 modifiedMs) const;
    QString stampNear(const QDate &date, QDate *day = nullptr, int *seconds = nullptr);

    DemoDataset &m_data;
    DemoRandom &m_random;
    /// Consultants whose placement has ended, per country, free for the next one.
    QHash<QString, std::vector<qint64>> m_available;
    qint64 m_nextConsultant = 200000;
    qint64 m_nextPlacement = 50000;
};

} // namespace cw
