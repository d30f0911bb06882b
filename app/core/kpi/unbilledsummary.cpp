#include "unbilledsummary.h"

#include "currencyconverter.h"
#include "kpidirectory.h"
#include "kpifilter.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace cw {

namespace {

// Summing into MoneyTotal maps fact by fact costs an allocation and a string comparison per
// step; with tens of thousands of placements that dominated a dashboard refresh. The sums are
// therefore kept in flat arrays, one slot per currency, and turned into MoneyTotal values once.
struct Slot
{
    qint64 minutes = 0;
    qint64 unratedMinutes = 0;
    qint64 lines = 0;
    QDate oldest;
};

class Sums
{
public:
    Sums(qsizetype currencies)
        : m_currencies(currencies)
    { }

    /// Index of a new row.
    qsizetype addRow()
    {
        m_slots.resize(m_slots.size() + kCells);
        m_values.resize(m_values.size() + kCells * m_currencies, 0);
        return m_slots.size() / kCells - 1;
    }

    void add(qsizetype row, int bucket, int currency, const UnbilledLines::Fact &fact)
    {
        for (const int cell : { bucket, AgeBuckets::kCount }) {
            Slot &slot = m_slots[row * kCells + cell];
            if (slot.lines == 0 || fact.oldestWorkDate < slot.oldest)
                slot.oldest = fact.oldestWorkDate;
            slot.minutes += fact.minutes;
            slot.unratedMinutes += fact.unratedMinutes;
            slot.lines += fact.lines;
            m_values[(row * kCells + cell) * m_currencies + currency] += fact.valueMinor;
        }
    }

    UnbilledSummary::Cell cell(qsizetype row, int cell, const QStringList &currencies,
                               const CurrencyConverter &converter) const
    {
        const Slot &slot = m_slots[row * kCells + cell];
        UnbilledSummary::Cell result { slot.minutes, slot.unratedMinutes, slot.lines, {}, slot.oldest };
        if (slot.lines == 0)
            return result;
        const qint64 *values = &m_values[(row * kCells + cell) * m_currencies];
        for (qsizetype c = 0; c < m_currencies; ++c) {
            if (values[c] != 0)
                result.value.byCurrency.insert(currencies[c], values[c]);
        }
        converter.convert(result.value);
        return result;
    }

    UnbilledSummary::Row row(qsizetype row, const QStringList &currencies,
                             const CurrencyConverter &converter) const
    {
        UnbilledSummary::Row result;
        for (int b = 0; b < AgeBuckets::kCount; ++b)
            result.buckets[b] = cell(row, b, currencies, converter);
        result.total = cell(row, AgeBuckets::kCount, currencies, converter);
        return result;
    }

private:
    static constexpr int kCells = AgeBuckets::kCount + 1;
    qsizetype m_currencies;
    std::vector<Slot> m_slots;
    std::vector<qint64> m_values;
};

// One breakdown (by customer, placement or consultant): group id -> row of the sums.
struct Breakdown
{
    QHash<qint64, qsizetype> rows;
    std::vector<qint64> ids;

    qsizetype rowOf(qint64 id, Sums &sums)
    {
        const auto it = rows.constFind(id);
        if (it != rows.constEnd())
            return it.value();
        const qsizetype row = sums.addRow();
        rows.insert(id, row);
        ids.push_back(id);
        return row;
    }
};

// Rows in UnbilledSummary order; only the first @p limit (all when negative) are built in full.
// Sorting needs just each row's converted total: the per-bucket cells, a MoneyTotal each, are made
// for the rows that are kept, which is what lets the dashboard skip thousands of small customers.
QList<UnbilledSummary::Row> sortedRows(const Breakdown &breakdown, const Sums &sums,
                                       const QStringList &currencies, const CurrencyConverter &converter,
                                       const std::function<QString(qint64)> &label, qsizetype limit = -1)
{
    struct Ranked
    {
        qint64 id;
        qsizetype row;
        UnbilledSummary::Cell total;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(breakdown.ids.size());
    for (const qint64 id : breakdown.ids) {
        const qsizetype row = breakdown.rows.value(id);
        ranked.push_back({ id, row, sums.cell(row, AgeBuckets::kCount, currencies, converter) });
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.total.value.companyMinor != b.total.value.companyMinor)
            return a.total.value.companyMinor > b.total.value.companyMinor;
        if (a.total.minutes != b.total.minutes)
            return a.total.minutes > b.total.minutes;
        return a.id < b.id;
    });
    const auto count = limit < 0 ? ranked.size() : std::min(ranked.size(), std::size_t(limit));
    QList<UnbilledSummary::Row> list;
    list.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i) {
        UnbilledSummary::Row row;
        for (int b = 0; b < AgeBuckets::kCount; ++b)
            row.buckets[b] = sums.cell(ranked[i].row, b, currencies, converter);
        row.total = std::move(ranked[i].total);
        row.id = ranked[i].id;
        row.label = label(ranked[i].id);
        list.append(std::move(row));
    }
    return list;
}

} // namespace

std::optional<qint64> UnbilledSummary::oldestAgeDays() const
{
    if (total.total.lines == 0)
        return std::nullopt;
    return total.total.oldestWorkDate.daysTo(asOf);
}

UnbilledSummary UnbilledSummary::build(const std::vector<UnbilledLines::Fact> &facts,
                                       const KpiDirectory &directory, const KpiFilter &filter,
                                       const CurrencyConverter &converter, Detail detail)
{
    UnbilledSummary summary;
    summary.asOf = filter.asOf;
    summary.companyCurrency = converter.companyCurrency();
    const auto scope = directory.customerScope(filter);

    // First pass: the facts in the slice, with their currency as an index.
    QStringList currencies;
    QHash<QString, int> currencyIndex;
    std::vector<std::pair<const UnbilledLines::Fact *, int>> kept;
    kept.reserve(facts.size());
    for (const UnbilledLines::Fact &fact : facts) {
        if (!directory.placementInSlice(fact.placementId, scope, filter))
            continue;
        const QString currency = directory.amountCurrency(fact.placementId, fact.lineCurrency);
        if (!filter.currency.isEmpty() && currency != filter.currency)
            continue;
        auto it = currencyIndex.constFind(currency);
        if (it == currencyIndex.constEnd()) {
            it = currencyIndex.insert(currency, int(currencies.size()));
            currencies.append(currency);
        }
        kept.emplace_back(&fact, it.value());
    }

    Sums sums(std::max<qsizetype>(1, currencies.size()));
    const qsizetype totalRow = sums.addRow();
    Breakdown customers, placements, consultants;
    for (const auto &[fact, currency] : kept) {
        sums.add(totalRow, fact->bucket, currency, *fact);
        if (detail == Detail::TotalOnly)
            continue;
        const KpiDirectory::Placement *placement = directory.placement(fact->placementId);
        sums.add(customers.rowOf(placement ? placement->customerId : 0, sums), fact->bucket, currency, *fact);
        if (detail == Detail::TopCustomers)
            continue;
        sums.add(placements.rowOf(fact->placementId, sums), fact->bucket, currency, *fact);
        sums.add(consultants.rowOf(placement ? placement->consultantId : 0, sums), fact->bucket, currency,
                 *fact);
    }
    summary.total = sums.row(totalRow, currencies, converter);
    if (detail == Detail::TotalOnly)
        return summary;
    const auto customerLabel = [&directory](qint64 id) {
        return directory.customerLabel(id);
    };
    if (detail == Detail::TopCustomers) {
        summary.byCustomer = sortedRows(customers, sums, currencies, converter, customerLabel, kTopCustomers);
        return summary;
    }
    summary.byCustomer = sortedRows(customers, sums, currencies, converter, customerLabel);
    summary.byPlacement = sortedRows(placements, sums, currencies, converter,
                                     [&directory](qint64 id) { return directory.placementLabel(id); });
    summary.byConsultant = sortedRows(consultants, sums, currencies, converter,
                                      [&directory](qint64 id) { return directory.consultantLabel(id); });
    return summary;
}

} // namespace cw
