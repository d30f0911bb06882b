#include "faultinjector.h"

#include <QMutexLocker>

#include <array>

namespace cw {

FaultInjector::FaultInjector(FaultSpec spec, quint64 seed)
    : m_spec(spec)
    , m_generator(seed)
{ }

FaultSpec FaultInjector::spec() const
{
    QMutexLocker lock(&m_mutex);
    return m_spec;
}

void FaultInjector::setSpec(const FaultSpec &spec)
{
    QMutexLocker lock(&m_mutex);
    m_spec = spec;
}

void FaultInjector::reseed(quint64 seed)
{
    QMutexLocker lock(&m_mutex);
    m_generator.seed(seed);
}

void FaultInjector::force(Fault fault, int count, const QString &method)
{
    QMutexLocker lock(&m_mutex);
    if (count > 0)
        m_forced.append({ fault, count, method });
}

void FaultInjector::clearForced()
{
    QMutexLocker lock(&m_mutex);
    m_forced.clear();
}

double FaultInjector::uniform()
{
    // Why: std::uniform_real_distribution differs between standard libraries; the 53 top bits of
    // the (fully specified) mt19937_64 give the same doubles everywhere.
    return static_cast<double>(m_generator() >> 11) * 0x1.0p-53;
}

FaultInjector::Fault FaultInjector::next(const QString &method, bool random)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_forced.size(); ++i) {
        Forced &forced = m_forced[i];
        if (forced.method.isEmpty() ? !random : forced.method != method)
            continue;
        const Fault fault = forced.fault;
        if (--forced.remaining == 0)
            m_forced.removeAt(i);
        return fault;
    }
    if (!random || m_spec.totalProbability() <= 0)
        return Fault::None;
    const std::array<std::pair<double, Fault>, 6> table { {
        { m_spec.p5xx, Fault::ServerError },
        { m_spec.p429, Fault::RateLimited },
        { m_spec.pTimeout, Fault::Timeout },
        { m_spec.pMalformed, Fault::Malformed },
        { m_spec.pDropAfterCommit, Fault::DropAfterCommit },
        { m_spec.pSerialization, Fault::SerializationFailure },
    } };
    double draw = uniform();
    for (const auto &[probability, fault] : table) {
        if (draw < probability)
            return fault;
        draw -= probability;
    }
    return Fault::None;
}

int FaultInjector::serverErrorStatus()
{
    QMutexLocker lock(&m_mutex);
    static constexpr std::array kStatuses { 502, 503, 504 };
    return kStatuses[static_cast<std::size_t>(m_generator() % kStatuses.size())];
}

QString FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::ServerError:
        return QStringLiteral("5xx");
    case Fault::RateLimited:
        return QStringLiteral("429");
    case Fault::Timeout:
        return QStringLiteral("timeout");
    case Fault::Malformed:
        return QStringLiteral("malformed");
    case Fault::DropAfterCommit:
        return QStringLiteral("drop_after_commit");
    case Fault::SerializationFailure:
        return QStringLiteral("serialization");
    }
    return QStringLiteral("none");
}

} // namespace cw
