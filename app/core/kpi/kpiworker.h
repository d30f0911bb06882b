#pragma once

#include "kpiengine.h"

#include <QObject>

#include <memory>

namespace cw {

/// KpiService's half on the worker thread: owns the KpiEngine there and releases the thread's
/// cache connection when destroyed (on that thread, when the thread finishes).
/// Internal to KpiService.
class KpiWorker : public QObject
{
    Q_OBJECT

public:
    explicit KpiWorker(const Database &database);
    ~KpiWorker() override;

    /// The engine, created on first use on the calling (worker) thread.
    KpiEngine &engine();

private:
    const Database &m_database;
    std::unique_ptr<KpiEngine> m_engine;
};

} // namespace cw
