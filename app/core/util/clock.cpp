#include "clock.h"

namespace cw {

namespace {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace

std::shared_ptr<Clock> Clock::system()
{
    static const auto instance = std::make_shared<SystemClock>();
    return instance;
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::set(const QDateTime &time)
{
    m_now = time.toUTC();
}

void ManualClock::advance(qint64 msecs)
{
    m_now = m_now.addMSecs(msecs);
}

} // namespace cw
