#include "systemcircuit.h"

#include "domain/error.h"
#include "syncrunlog.h"
#include "util/logging.h"

#include <QLocale>

#include <algorithm>

namespace cw {

SystemCircuit::SystemCircuit(const Database &database, qint64 systemId, const PushOptions &options,
                             std::shared_ptr<Clock> clock)
    : m_systemId(systemId)
    , m_openMs(options.circuitOpenMs)
    , m_clock(clock)
    , m_breaker(options.circuitThreshold, options.circuitOpenMs, clock)
    , m_store(database, clock)
{
    m_breaker.setOnChange([this] { save(); });
}

void SystemCircuit::setRunLog(const SyncRunLog *log, qint64 runId)
{
    m_log = log;
    m_runId = runId;
}

Result<void> SystemCircuit::restore()
{
    Result<void> restored = m_store.restore(m_systemId, m_breaker);
    if (!restored || m_breaker.state() != CircuitBreaker::State::Open || !m_log)
        return restored;
    const QDateTime reopens = m_breaker.reopensAt();
    if (reopens > m_clock->now())
        m_log->note(
            m_runId, SyncRunLog::Level::Warning, QStringLiteral("odoo"), QString(),
            tr("Odoo failed again and again until recently, so Crosswalk waits until %1 before it pushes "
               "again.")
                .arg(QLocale().toString(reopens.toLocalTime().time(), QLocale::LongFormat)));
    return restored;
}

void SystemCircuit::recordFailure(const Error &error)
{
    if (error.category() == Error::Category::RateLimited)
        return;
    const bool wasOpen = m_breaker.state() == CircuitBreaker::State::Open;
    m_failure = error.userMessage();
    m_breaker.recordFailure();
    m_failure.clear();
    if (wasOpen || m_breaker.state() != CircuitBreaker::State::Open || !m_log)
        return;
    const qint64 pauseS = (m_openMs + 999) / 1000;
    m_log->note(
        m_runId, SyncRunLog::Level::Warning, QStringLiteral("odoo"), QString(),
        tr("Odoo keeps failing, so Crosswalk pauses pushing for %1 s before it tries again.").arg(pauseS),
        error.toString());
}

std::optional<QDateTime> SystemCircuit::wakeAt(const std::optional<QDateTime> &due, bool pendingNow) const
{
    if (state() != CircuitBreaker::State::Open || (!pendingNow && !(due && *due <= m_clock->now())))
        return due;
    return std::max(due.value_or(reopensAt()), reopensAt());
}

void SystemCircuit::save()
{
    if (Result<void> saved = m_store.save(m_systemId, m_breaker, m_failure); !saved)
        qCWarning(lcSync).noquote() << saved.error().toString();
}

} // namespace cw
