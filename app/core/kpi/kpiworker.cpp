#include "kpiworker.h"

#include "cache/database.h"

namespace cw {

KpiWorker::KpiWorker(const Database &database)
    : m_database(database)
{ }

KpiWorker::~KpiWorker()
{
    if (m_engine) {
        m_engine.reset();
        m_database.releaseThreadConnection();
    }
}

KpiEngine &KpiWorker::engine()
{
    if (!m_engine)
        m_engine = std::make_unique<KpiEngine>(m_database);
    return *m_engine;
}

} // namespace cw
