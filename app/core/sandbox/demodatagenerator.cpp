#include "demodatagenerator.h"

#include "demobillingbuilder.h"
#include "democachewriter.h"
#include "democompanyfactory.h"
#include "democustomerbuilder.h"
#include "demooperationsbuilder.h"
#include "demorandom.h"
#include "demostaffingbuilder.h"

#include <QElapsedTimer>

namespace cw {

namespace {

// Every part draws from its own stream, so a change in how one part uses randomness leaves the
// others' data as it was.
enum Stream : quint64 { Companies = 1, Records, Staffing, Billing, Operations };

// Share (per mille) of companies that are a namesake of an earlier one.
constexpr int kNamesakesPerMille = 15;

void addSystems(DemoDataset &data)
{
    static const char *const kKinds[] = { "crm", "staffing", "odoo" };
    static const char *const kNames[] = { "HubSpot (demo)", "Bullhorn (demo)", "Odoo (demo)" };
    // Loopback addresses where the sandbox simulators listen; the demo holds no secrets.
    static const char *const kUrls[] = { "http://127.0.0.1:18081", "http://127.0.0.1:18082",
                                         "http://127.0.0.1:18069" };
    for (int s = 0; s < DemoDataset::kSystemCount; ++s) {
        data.systems[static_cast<std::size_t>(s)] = { s + 1, QLatin1String(kKinds[s]),
                                                      QLatin1String(kNames[s]), QLatin1String(kUrls[s]) };
    }
}

void addCompanies(DemoDataset &data)
{
    DemoRandom random = DemoRandom::derived(data.options.seed, Companies);
    DemoCompanyFactory factory(random);
    data.companies.reserve(static_cast<std::size_t>(data.options.customers));
    for (int i = 0; i < data.options.customers; ++i) {
        const QString truthKey = QStringLiteral("T%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        if (i >= 20 && random.chance(kNamesakesPerMille)) {
            const int original = static_cast<int>(random.below(static_cast<quint32>(i)));
            if (data.companies[static_cast<std::size_t>(original)].siblingOf < 0) {
                data.companies.push_back(
                    factory.namesake(data.companies[static_cast<std::size_t>(original)], original, truthKey));
                continue;
            }
        }
        // A few names that break naive code (emoji, quotes) in every dataset, however small.
        const auto kind = i % 150 == 7 ? DemoCompanyFactory::NameKind::Emoji
            : i % 150 == 42            ? DemoCompanyFactory::NameKind::Quoted
                                       : DemoCompanyFactory::NameKind::Any;
        data.companies.push_back(factory.create(truthKey, kind));
    }
}

} // namespace

Result<void> DemoDataGenerator::validate(const DemoDataOptions &options)
{
    if (options.customers < 1 || options.customers > kMaxCustomers) {
        return Error(Error::Category::Validation,
                     tr("The number of customers must be between 1 and %1; %2 was given.")
                         .arg(kMaxCustomers)
                         .arg(options.customers));
    }
    return {};
}

DemoDataset DemoDataGenerator::generate(const DemoDataOptions &options)
{
    DemoDataset data;
    data.options = options;
    data.asOf = options.resolvedAsOf();
    data.windowStart = data.asOf.addDays(-DemoDataset::kTimesheetDays);
    data.companyCurrency = QStringLiteral("EUR");
    addSystems(data);
    addCompanies(data);

    DemoRandom records = DemoRandom::derived(options.seed, Records);
    DemoCustomerBuilder(data, records).build();
    DemoRandom staffing = DemoRandom::derived(options.seed, Staffing);
    DemoStaffingBuilder(data, staffing).build();
    DemoRandom billing = DemoRandom::derived(options.seed, Billing);
    const DemoBillingBuilder::Findings findings = DemoBillingBuilder(data, billing).build();
    DemoRandom operations = DemoRandom::derived(options.seed, Operations);
    DemoOperationsBuilder(data, operations, findings).build();
    return data;
}

Result<DemoDataStats> DemoDataGenerator::fill(const Database &database, const DemoDataOptions &options,
                                              std::function<void(int)> progress,
                                              const std::atomic_bool *cancel)
{
    if (auto valid = validate(options); !valid)
        return valid.error();
    if (auto empty = DemoCacheWriter::checkEmpty(database); !empty)
        return empty.error();
    QElapsedTimer timer;
    timer.start();
    const DemoDataset data = generate(options);
    auto written = DemoCacheWriter(database, data, std::move(progress), cancel).write();
    if (!written)
        return written;
    DemoDataStats stats = std::move(written).value();
    stats.elapsedMs = timer.elapsed();
    return stats;
}

} // namespace cw
