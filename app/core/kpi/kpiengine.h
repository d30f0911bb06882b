#pragma once

#include "currencyconverter.h"
#include "domain/result.h"
#include "exceptionfactsquery.h"
#include "financekpis.h"
#include "kpidirectory.h"
#include "kpisnapshot.h"
#include "receivablesledger.h"
#include "unbilledlines.h"
#include "util/clock.h"

#include <QMap>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace cw {

class Database;

/// Computes the dashboard's figures from the cache: KpiSnapshot (tiles with trends, unbilled
/// breakdowns, exceptions, integration health, DSO), and on demand FinanceKpis.
///
/// Speed: the unbilled lines and the receivables are read once and kept in memory (UnbilledLines,
/// ReceivablesLedger); an earlier date than the lines cover reads only the lines billed in
/// between. The lines' facts per placement are kept for the last few dates, independent of the
/// slice; the directory of placements and customers and the revenue exceptions are kept too. A
/// change of customer, business unit, cost center or currency only re-sums those in memory, and
/// so does a new date, apart from the integration health's small queries. Kept data is dropped by itself
/// when the cache changed since it was read (any connection's commit, checked through SQLite's
/// data_version and this connection's change count), or by invalidate().
///
/// Ownership and threads: create, use and destroy on one thread (a worker thread: a snapshot of a
/// large cache takes a few hundred milliseconds the first time); it uses that thread's cache
/// connection, and reads the receivables on a Qt Concurrent pool thread with that thread's own
/// connection, released afterwards. The Database must outlive it. Results are plain values
/// to hand to any thread.
class KpiEngine
{
public:
    explicit KpiEngine(const Database &database, std::shared_ptr<Clock> clock = Clock::system());

    /// Everything the dashboard shows for @p filter; an invalid filter.asOf means today (UTC).
    /// @p detail limits the unbilled breakdowns (UnbilledSummary::Detail::TopCustomers for a
    /// screen that charts the largest customers only).
    Result<KpiSnapshot> snapshot(KpiFilter filter,
                                 UnbilledSummary::Detail detail = UnbilledSummary::Detail::Full);
    /// Unbilled approved time only (a breakdown list without the rest).
    Result<UnbilledSummary> unbilled(KpiFilter filter);
    /// Utilisation, realisation, margin and spread per placement for the period ending filter.asOf.
    Result<FinanceKpis> finance(KpiFilter filter);

    /// Drops everything kept, so the next call reads the cache again.
    void invalidate();

private:
    Result<void> refreshIfChanged();
    /// Makes sure the unbilled lines cover every date from @p from on and everything else a
    /// snapshot reads is kept, reading the receivables in parallel.
    Result<void> keepFacts(const QDate &from);
    Result<const KpiDirectory *> directory();
    /// The unbilled lines, read or extended to cover @p from.
    Result<const UnbilledLines *> unbilledLines(const QDate &from);
    Result<const std::vector<UnbilledLines::Fact> *> unbilledFacts(const QDate &asOf);
    Result<const ReceivablesLedger *> receivables();
    Result<const std::vector<ExceptionFactsQuery::Fact> *> exceptionFacts();
    Result<CurrencyConverter> converter(const KpiFilter &filter);
    Result<UnbilledSummary> unbilledFor(const KpiFilter &filter, const CurrencyConverter &converter,
                                        UnbilledSummary::Detail detail = UnbilledSummary::Detail::Full);
    Result<DsoFigure> dsoFor(const KpiFilter &filter, const CurrencyConverter &converter);

    void resolveDate(KpiFilter &filter) const;

    const Database &m_database;
    std::shared_ptr<Clock> m_clock;
    std::optional<std::pair<qint64, qint64>> m_stamp;
    std::optional<KpiDirectory> m_directory;
    std::optional<QString> m_defaultCompanyCurrency;
    std::optional<UnbilledLines> m_unbilledLines;
    QMap<QDate, std::vector<UnbilledLines::Fact>> m_unbilled;
    std::optional<ReceivablesLedger> m_receivables;
    std::optional<std::vector<ExceptionFactsQuery::Fact>> m_exceptions;
};

} // namespace cw
