#include "kpiengine.h"

#include "cache/database.h"
#include "financequery.h"
#include "integrationhealthquery.h"
#include "kpitiles.h"
#include "ratehistory.h"
#include "sqlitereader.h"

#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace cw {

namespace {

// Dates kept per kind of fact: the dashboard's date and the previous period's, with room for a
// user flipping between two periods.
constexpr int kKeptDates = 4;

template<typename Facts> void makeRoom(QMap<QDate, Facts> &kept)
{
    if (kept.size() >= kKeptDates)
        kept.clear();
}

constexpr qint64 kMappedBytes = 128 * 1024 * 1024;

// The unbilled lines and receivables scan hundreds of thousands of index entries and rows; SQLite
// copied each page through a read() call, which took about a third of their CPU time. Mapping the
// file lets it read the pages in place. Mapped pages count as the process's resident memory, so
// the map is capped: a whole gigabyte pushed the desktop to 600 MB on a 577 MB demo cache, against
// a budget of 250 MB; 128 MB keeps it near 220 MB.
// A hint only: where mapping is not available, reads work as before, so its outcome is not checked.
void mapForScans(const QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size = %1").arg(kMappedBytes));
}

} // namespace

KpiEngine::KpiEngine(const Database &database, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{ }

void KpiEngine::invalidate()
{
    m_stamp.reset();
    m_directory.reset();
    m_defaultCompanyCurrency.reset();
    m_unbilledLines.reset();
    m_unbilled.clear();
    m_receivables.reset();
    m_exceptions.reset();
}

void KpiEngine::resolveDate(KpiFilter &filter) const
{
    if (!filter.asOf.isValid())
        filter.asOf = m_clock->now().toUTC().date();
}

Result<void> KpiEngine::refreshIfChanged()
{
    const QSqlDatabase db = m_database.connection();
    // data_version moves when another connection commits; total_changes when this one writes.
    SqliteReader version(db, QStringLiteral("PRAGMA data_version"));
    auto row = version.next();
    if (!row)
        return row.error();
    const std::pair<qint64, qint64> stamp { row.value() ? version.int64(0) : 0,
                                            SqliteReader::totalChanges(db) };
    if (m_stamp != stamp) {
        invalidate();
        m_stamp = stamp;
    }
    return {};
}

Result<void> KpiEngine::keepFacts(const QDate &from)
{
    // The receivables are read on a pool thread with its own connection (SQLite in WAL mode lets
    // readers run side by side), while this thread reads the unbilled lines and the
    // date-independent data. On two cores this about halves the time to a first dashboard.
    QFuture<Result<ReceivablesLedger>> ledger;
    if (!m_receivables) {
        const Database *database = &m_database;
        ledger = QtConcurrent::run([database]() {
            auto read = [database] {
                const QSqlDatabase db = database->connection();
                mapForScans(db);
                return ReceivablesLedger::read(db);
            }();
            // Released once no handle to it is left on this thread.
            database->releaseThreadConnection();
            return read;
        });
    }
    auto lines = unbilledLines(from);
    auto dir = directory();
    auto exceptions = exceptionFacts();
    if (!m_receivables) {
        auto read = ledger.result();
        if (!read)
            return read.error();
        m_receivables = std::move(read).value();
    }
    if (!lines)
        return lines.error();
    if (!dir)
        return dir.error();
    if (!exceptions)
        return exceptions.error();
    return {};
}

Result<const UnbilledLines *> KpiEngine::unbilledLines(const QDate &from)
{
    const QSqlDatabase db = m_database.connection();
    if (!m_unbilledLines) {
        mapForScans(db);
        auto lines = UnbilledLines::read(db, from);
        if (!lines)
            return lines.error();
        m_unbilledLines = std::move(lines).value();
    } else if (auto extended = m_unbilledLines->extendTo(db, from); !extended) {
        // A failed extension may have added some lines: drop them all rather than count any twice.
        m_unbilledLines.reset();
        m_unbilled.clear();
        return extended.error();
    }
    return &*m_unbilledLines;
}

Result<const KpiDirectory *> KpiEngine::directory()
{
    if (!m_directory) {
        auto loaded = KpiDirectory::load(m_database.connection());
        if (!loaded)
            return loaded.error();
        m_directory = std::move(loaded).value();
    }
    return &*m_directory;
}

Result<const std::vector<UnbilledLines::Fact> *> KpiEngine::unbilledFacts(const QDate &asOf)
{
    auto it = m_unbilled.find(asOf);
    if (it == m_unbilled.end()) {
        auto lines = unbilledLines(asOf);
        if (!lines)
            return lines.error();
        makeRoom(m_unbilled);
        it = m_unbilled.insert(asOf, lines.value()->factsAsOf(asOf));
    }
    return &it.value();
}

Result<const ReceivablesLedger *> KpiEngine::receivables()
{
    if (!m_receivables) {
        auto read = ReceivablesLedger::read(m_database.connection());
        if (!read)
            return read.error();
        m_receivables = std::move(read).value();
    }
    return &*m_receivables;
}

Result<const std::vector<ExceptionFactsQuery::Fact> *> KpiEngine::exceptionFacts()
{
    if (!m_exceptions) {
        auto facts = ExceptionFactsQuery::run(m_database.connection());
        if (!facts)
            return facts.error();
        m_exceptions = std::move(facts).value();
    }
    return &*m_exceptions;
}

Result<CurrencyConverter> KpiEngine::converter(const KpiFilter &filter)
{
    const QSqlDatabase db = m_database.connection();
    QString company = filter.companyCurrency;
    if (company.isEmpty()) {
        if (!m_defaultCompanyCurrency) {
            auto fallback = CurrencyConverter::defaultCompanyCurrency(db);
            if (!fallback)
                return fallback.error();
            m_defaultCompanyCurrency = fallback.value();
        }
        company = *m_defaultCompanyCurrency;
    }
    return CurrencyConverter::load(db, filter.asOf, company);
}

Result<UnbilledSummary> KpiEngine::unbilledFor(const KpiFilter &filter, const CurrencyConverter &converter,
                                               UnbilledSummary::Detail detail)
{
    auto dir = directory();
    if (!dir)
        return dir.error();
    auto facts = unbilledFacts(filter.asOf);
    if (!facts)
        return facts.error();
    return UnbilledSummary::build(*facts.value(), *dir.value(), filter, converter, detail);
}

Result<DsoFigure> KpiEngine::dsoFor(const KpiFilter &filter, const CurrencyConverter &converter)
{
    auto dir = directory();
    if (!dir)
        return dir.error();
    auto ledger = receivables();
    if (!ledger)
        return ledger.error();
    return DsoFigure::build(ledger.value()->factsAsOf(filter.asOf, DsoFigure::kWindowDays), *dir.value(),
                            filter, converter);
}

Result<UnbilledSummary> KpiEngine::unbilled(KpiFilter filter)
{
    resolveDate(filter);
    if (auto fresh = refreshIfChanged(); !fresh)
        return fresh.error();
    auto conv = converter(filter);
    if (!conv)
        return conv.error();
    return unbilledFor(filter, conv.value());
}

Result<FinanceKpis> KpiEngine::finance(KpiFilter filter)
{
    resolveDate(filter);
    if (auto fresh = refreshIfChanged(); !fresh)
        return fresh.error();
    auto conv = converter(filter);
    if (!conv)
        return conv.error();
    auto dir = directory();
    if (!dir)
        return dir.error();
    const QSqlDatabase db = m_database.connection();
    auto rates = RateHistory::load(db);
    if (!rates)
        return rates.error();
    return FinanceQuery::run(db, filter, *dir.value(), rates.value(), conv.value());
}

Result<KpiSnapshot> KpiEngine::snapshot(KpiFilter filter, UnbilledSummary::Detail detail)
{
    resolveDate(filter);
    if (auto fresh = refreshIfChanged(); !fresh)
        return fresh.error();
    if (auto kept = keepFacts(std::min(filter.asOf, filter.previousPeriod().asOf)); !kept)
        return kept.error();
    const QSqlDatabase db = m_database.connection();
    struct Period
    {
        KpiFilter filter;
        UnbilledSummary unbilled;
        ExceptionStats exceptions;
        IntegrationHealth health;
        DsoFigure dso;
    };
    // The previous period only feeds the tiles' trends: its breakdowns are not needed.
    auto compute = [&](const KpiFilter &f, UnbilledSummary::Detail level) -> Result<Period> {
        auto conv = converter(f);
        if (!conv)
            return conv.error();
        auto unbilled = unbilledFor(f, conv.value(), level);
        if (!unbilled)
            return unbilled.error();
        auto dir = directory();
        if (!dir)
            return dir.error();
        auto kept = exceptionFacts();
        if (!kept)
            return kept.error();
        ExceptionStats exceptions = ExceptionStats::build(*kept.value(), *dir.value(), f, conv.value());
        auto health = IntegrationHealthQuery::run(db, f.asOf);
        if (!health)
            return health.error();
        auto dso = dsoFor(f, conv.value());
        if (!dso)
            return dso.error();
        return Period { f, std::move(unbilled).value(), std::move(exceptions), std::move(health).value(),
                        std::move(dso).value() };
    };
    auto now = compute(filter, detail);
    if (!now)
        return now.error();
    auto before = compute(filter.previousPeriod(), UnbilledSummary::Detail::TotalOnly);
    if (!before)
        return before.error();

    KpiSnapshot snapshot;
    snapshot.filter = filter;
    snapshot.companyCurrency = now.value().unbilled.companyCurrency;
    snapshot.tiles = KpiTiles::build(
        filter, snapshot.companyCurrency,
        { now.value().unbilled, now.value().exceptions, now.value().health, now.value().dso },
        { before.value().unbilled, before.value().exceptions, before.value().health, before.value().dso });
    snapshot.unbilled = std::move(now.value().unbilled);
    snapshot.exceptions = std::move(now.value().exceptions);
    snapshot.health = std::move(now.value().health);
    snapshot.dso = std::move(now.value().dso);
    return snapshot;
}

} // namespace cw
