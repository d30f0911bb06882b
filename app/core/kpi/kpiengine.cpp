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

// The date-dependent facts of one as-of date, read on whichever thread calls it (with that
// thread's connection).
struct DateFacts
{
    std::optional<Error> error;
    std::vector<UnbilledQuery::Fact> unbilled;
    std::vector<ReceivablesQuery::Fact> receivables;
};

constexpr qint64 kMappedBytes = 128 * 1024 * 1024;

// The facts of a date scan hundreds of thousands of index entries and rows; SQLite copied each
// page through a read() call, which took about a third of their CPU time. Mapping the file
// lets it read the pages in place. Mapped pages count as the process's resident memory, so the
// map is capped: a whole gigabyte pushed the desktop to 600 MB on a 577 MB demo cache, against a
// budget of 250 MB; 128 MB keeps it near 220 MB and a new as-of date under 200 ms.
// A hint only: where mapping is not available, reads work as before, so its outcome is not checked.
void mapForScans(const QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size = %1").arg(kMappedBytes));
}

DateFacts readDateFacts(const QSqlDatabase &db, const QDate &asOf)
{
    mapForScans(db);
    DateFacts facts;
    auto unbilled = UnbilledQuery::run(db, asOf);
    if (!unbilled) {
        facts.error = unbilled.error();
        return facts;
    }
    auto receivables = ReceivablesQuery::run(db, asOf, DsoFigure::kWindowDays);
    if (!receivables) {
        facts.error = receivables.error();
        return facts;
    }
    facts.unbilled = std::move(unbilled).value();
    facts.receivables = std::move(receivables).value();
    return facts;
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
    m_unbilled.clear();
    m_receivables.clear();
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

Result<void> KpiEngine::keepFacts(const QDate &current, const QDate &previous)
{
    auto missing = [this](const QDate &date) {
        return !m_unbilled.contains(date) || !m_receivables.contains(date);
    };
    const bool needCurrent = missing(current);
    const bool needPrevious = missing(previous);
    if (m_unbilled.size() + int(needCurrent) + int(needPrevious) > kKeptDates) {
        m_unbilled.clear();
        m_receivables.clear();
        return keepFacts(current, previous);
    }
    // Both dates read at once: the previous one on a pool thread with its own connection (SQLite
    // in WAL mode lets readers run side by side), while this thread reads the current one and the
    // date-independent data. On two cores this about halves the time to a first dashboard.
    QFuture<DateFacts> other;
    if (needPrevious) {
        const Database *database = &m_database;
        other = QtConcurrent::run([database, previous]() {
            DateFacts facts = readDateFacts(database->connection(), previous);
            database->releaseThreadConnection();
            return facts;
        });
    }
    std::optional<Error> failure;
    auto store = [&](const QDate &date, DateFacts facts) {
        if (facts.error) {
            failure = facts.error;
            return;
        }
        m_unbilled.insert(date, std::move(facts.unbilled));
        m_receivables.insert(date, std::move(facts.receivables));
    };
    if (needCurrent)
        store(current, readDateFacts(m_database.connection(), current));
    auto dir = directory();
    auto exceptions = exceptionFacts();
    if (needPrevious)
        store(previous, other.result());
    if (failure)
        return *failure;
    if (!dir)
        return dir.error();
    if (!exceptions)
        return exceptions.error();
    return {};
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

Result<const std::vector<UnbilledQuery::Fact> *> KpiEngine::unbilledFacts(const QDate &asOf)
{
    auto it = m_unbilled.find(asOf);
    if (it == m_unbilled.end()) {
        auto facts = UnbilledQuery::run(m_database.connection(), asOf);
        if (!facts)
            return facts.error();
        makeRoom(m_unbilled);
        it = m_unbilled.insert(asOf, std::move(facts).value());
    }
    return &it.value();
}

Result<const std::vector<ReceivablesQuery::Fact> *> KpiEngine::receivableFacts(const QDate &asOf)
{
    auto it = m_receivables.find(asOf);
    if (it == m_receivables.end()) {
        auto facts = ReceivablesQuery::run(m_database.connection(), asOf, DsoFigure::kWindowDays);
        if (!facts)
            return facts.error();
        makeRoom(m_receivables);
        it = m_receivables.insert(asOf, std::move(facts).value());
    }
    return &it.value();
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
    auto facts = receivableFacts(filter.asOf);
    if (!facts)
        return facts.error();
    return DsoFigure::build(*facts.value(), *dir.value(), filter, converter);
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
    if (auto kept = keepFacts(filter.asOf, filter.previousPeriod().asOf); !kept)
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
