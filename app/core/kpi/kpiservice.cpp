#include "kpiservice.h"

#include "kpiworker.h"

namespace cw {

namespace {

// Runs @p compute on the worker unless a newer request superseded it, and hands the result to
// @p deliver on the service's thread unless one did by then.
template<typename Value, typename Compute, typename Deliver>
void dispatch(KpiWorker *worker, KpiService *service, std::shared_ptr<std::atomic<quint64>> latest,
              quint64 generation, Compute compute, Deliver deliver)
{
    QMetaObject::invokeMethod(worker, [=]() {
        if (latest->load() != generation)
            return;
        Result<Value> result = compute(worker->engine());
        QMetaObject::invokeMethod(service, [=]() {
            if (latest->load() == generation)
                deliver(result);
        });
    });
}

} // namespace

KpiService::KpiService(const Database &database, QObject *parent)
    : QObject(parent)
    , m_worker(new KpiWorker(database))
    , m_latestSnapshot(std::make_shared<std::atomic<quint64>>(0))
    , m_latestFinance(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<cw::KpiSnapshot>();
    qRegisterMetaType<cw::FinanceKpis>();
    qRegisterMetaType<cw::Error>();
    m_thread.setObjectName(QStringLiteral("cw-kpi"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

KpiService::~KpiService()
{
    m_latestSnapshot->store(0);
    m_latestFinance->store(0);
    m_thread.quit();
    m_thread.wait();
}

quint64 KpiService::requestSnapshot(const KpiFilter &filter)
{
    const quint64 generation = ++m_next;
    m_latestSnapshot->store(generation);
    dispatch<KpiSnapshot>(
        m_worker, this, m_latestSnapshot, generation,
        [filter](KpiEngine &engine) {
            return engine.snapshot(filter, UnbilledSummary::Detail::TopCustomers);
        },
        [this, generation](const Result<KpiSnapshot> &result) {
            if (result)
                emit snapshotReady(generation, result.value());
            else
                emit failed(generation, result.error());
        });
    return generation;
}

quint64 KpiService::requestFinance(const KpiFilter &filter)
{
    const quint64 generation = ++m_next;
    m_latestFinance->store(generation);
    dispatch<FinanceKpis>(
        m_worker, this, m_latestFinance, generation,
        [filter](KpiEngine &engine) { return engine.finance(filter); },
        [this, generation](const Result<FinanceKpis> &result) {
            if (result)
                emit financeReady(generation, result.value());
            else
                emit failed(generation, result.error());
        });
    return generation;
}

} // namespace cw
