#pragma once

#include "demobillingbuilder.h"
#include "demodataset.h"

#include <QCoreApplication>

namespace cw {

class DemoRandom;
struct ExceptionFinding;

/// Adds the state an operations console accumulates: customers already linked across systems
/// (canonical customers and links that agree with the truth), open match candidates for the review
/// queue (true pairs, in-system duplicates, and namesakes that must be rejected), invoice pushes
/// that died with a categorised, business-readable reason next to Odoo's own message, revenue
/// exceptions, the last sync runs with their events, a few audit entries and monthly currency rates.
///
/// Works on the dataset it is given, after DemoCustomerBuilder, DemoStaffingBuilder and
/// DemoBillingBuilder. Messages are translated with tr() when built. Not thread-safe.
class DemoOperationsBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cw::DemoOperationsBuilder)

public:
    DemoOperationsBuilder(DemoDataset &dataset, DemoRandom &random,
                          const DemoBillingBuilder::Findings &findings);

    void build();

private:
    void addLinks();
    void addMatchCandidates();
    void addCandidate(const DemoDataset::Customer &a, const DemoDataset::Customer &b, bool namesakes);
    void addFailedPushes();
    void addFailedPush(const DemoBillingBuilder::Unbilled &item, bool retrying);
    void addRevenueExceptions();
    void addRevenueException(const QString &rule, const ExceptionFinding &finding);
    /// Up to @p count placements spread over those of @p lines (in placement order).
    std::vector<int> samplePlacements(const std::vector<DemoBillingBuilder::LineRef> &lines, int count) const;
    /// The last day the pay raise of rates[@p rateIndex] went without a bill raise (asOf at the
    /// latest), as MarginErosionRule counts it.
    QDate unmatchedUntil(int placementIndex, int rateIndex) const;
    void addSyncRuns();
    void addAuditLog();
    void addCurrencyRates();
    /// How many examples of a kind "a few" means for this dataset size.
    int fewOf(int perThousandCustomers, int minimum, int maximum) const;
    QString stampBefore(int maxDaysBack);
    QString period(int month) const;

    DemoDataset &m_data;
    DemoRandom &m_random;
    const DemoBillingBuilder::Findings &m_findings;
    std::vector<bool> m_linked;
    /// Pushes that died, by outbox index, for the sync run's events.
    std::vector<std::size_t> m_dead;
    QString m_now;
};

} // namespace cw
