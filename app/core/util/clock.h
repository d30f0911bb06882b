#pragma once

#include <QDateTime>

#include <memory>

namespace cw {

/// Source of "now" for everything in core that depends on time (retry schedules, ages, audit
/// stamps). Injected so tests can freeze or advance time.
///
/// Thread affinity: implementations must be callable from any thread.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current time in UTC.
    virtual QDateTime now() const = 0;
    /// Current date in UTC; used for "as of" defaults and ages.
    QDate today() const { return now().date(); }

    /// The wall clock. Never null; lives for the whole program.
    static std::shared_ptr<Clock> system();
};

/// A clock that only moves when told to. For tests and for deterministic demo data.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override;
    void set(const QDateTime &time);
    void advance(qint64 msecs);

private:
    QDateTime m_now;
};

} // namespace cw
