#pragma once

#include "currencyconverter.h"
#include "domain/result.h"
#include "exceptionfactsquery.h"
#include "financekpis.h"
#include "kpidirectory.h"
#include "kpisnapshot.h"
#include "receivablesquery.h"
#include "unbilledquery.h"
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
/// Speed: the expensive reads are aggregated per placement (unbilled time) or per invoice
/// (receivables) for a date, independent of the slice, and kept for the last few dates; the
/// directory of placements and customers and the revenue exceptions are kept too. A change of customer,
/// business unit, cost center or currency only re-sums those in memory; a new date reads again. Kept data is
/// dropped by itself when the cache changed since it was read (any connection's commit, checked through
/// SQLite's data_version and this connection's change count), or by invalidate().
///
/// Ownership and threads: create, use and destroy on one thread (a worker thread: a snapshot of a
/// large cache takes a few hundred milliseconds); it uses that thread's cache connection, and for
/// a snapshot reads the previous period's facts on a Qt Concurrent pool thread with that thread's
/// own connection, released afterwards. The Database must outlive it. Results are plain values
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
    /// Makes sure the facts of both dates are kept, reading missing ones in parallel.
    Result<void> keepFacts(const QDate &current, const QDate &previous);
    Result<const KpiDirectory *> directory();
    Result<const std::vector<UnbilledQuery::Fact> *> unbilledFacts(const QDate &asOf);
    Result<const std::vector<ReceivablesQuery::Fact> *> receivableFacts(const QDate &asOf);
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
    QMap<QDate, std::vector<UnbilledQuery::Fact>> m_unbilled;
    QMap<QDate, std::vector<ReceivablesQuery::Fact>> m_receivables;
    std::optional<std::vector<ExceptionFactsQuery::Fact>> m_exceptions;
};

} // namespace cw
