#pragma once

#include "demodataoptions.h"
#include "demodataset.h"
#include "demodatastats.h"
#include "domain/result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace cw {

class Database;

/// Realistic, deterministic demo data for a professional-services / staffing firm running a CRM
/// (HubSpot), a staffing platform (Bullhorn) and Odoo: customers spelled differently in each
/// system with the true matches known (table ground_truth), consultants, placements with rate
/// history, about a hundred daily timesheet lines per customer over the 120 days before the "as
/// of" date, expenses, invoices and payments in Odoo, and the operational state around them
/// (links, review queue, failed pushes, revenue exceptions, sync runs, audit entries).
///
/// Same options give the same data byte for byte: randomness comes from the seed only, and every
/// date and time is derived from the as-of date, never from the clock.
///
/// Stateless; the functions may run on any thread (fill() writes through the calling thread's
/// cache connection).
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(cw::DemoDataGenerator)

public:
    /// Largest accepted DemoDataOptions::customers.
    static constexpr int kMaxCustomers = 1000000;

    /// The whole dataset in memory except the timesheet lines, which it streams (see
    /// DemoDataset::forEachTimesheetLine()). For simulators and tests. Precondition: options valid
    /// (see validate()).
    static DemoDataset generate(const DemoDataOptions &options);

    /// Generates and writes into @p database, which must hold no data in the tables written (else
    /// an Error with code DemoCacheWriter::kCacheNotEmpty). @p progress receives 0..100 on the
    /// calling thread; @p cancel (may be null) stops the writing (code DemoCacheWriter::kCancelled,
    /// rows committed so far stay).
    static Result<DemoDataStats> fill(const Database &database, const DemoDataOptions &options,
                                      std::function<void(int percent)> progress = {},
                                      const std::atomic_bool *cancel = nullptr);

    /// An Error of category Validation when @p options cannot be generated, else success.
    static Result<void> validate(const DemoDataOptions &options);
};

} // namespace cw
