#pragma once

#include "domain/result.h"
#include "syncflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <optional>

namespace cw {

class Database;

/// How often the desktop app runs each sync flow while it is open: minutes between two starts of
/// a flow, none (0) for a flow that runs only when asked. Kept with the Odoo system
/// (system.options, key kOption: flow name to minutes), so the CLI and a second desktop see the
/// same schedule.
///
/// A flow is due when it never ran or when its interval has passed since its last start
/// (sync_run.started_at), whichever process started it, so a scheduled run does not repeat a
/// manual one just done.
/// Thread affinity: none for the value; load/save/lastStarts use the calling thread's cache
/// connection.
class SyncSchedule
{
    Q_DECLARE_TR_FUNCTIONS(cw::SyncSchedule)

public:
    static const QString kOption;
    /// Shortest interval accepted: a sync that cannot start (no key in the keychain) is not
    /// tried again more often than this.
    static constexpr int kMinMinutes = 5;
    /// Longest interval accepted: a week.
    static constexpr int kMaxMinutes = 7 * 24 * 60;

    /// Minutes between two starts of @p flow; 0 when it runs only when asked.
    int intervalMinutes(SyncFlow flow) const { return m_minutes.value(flow, 0); }
    /// Sets the interval, clamped to kMinMinutes..kMaxMinutes (0 or less: only when asked);
    /// flows this build cannot run stay manual.
    void setIntervalMinutes(SyncFlow flow, int minutes);
    /// True when no flow is scheduled.
    bool isEmpty() const { return m_minutes.isEmpty(); }

    /// When @p flow starts next: @p lastStart plus its interval, @p now when it never ran, empty
    /// when it is not scheduled.
    std::optional<QDateTime> nextRun(SyncFlow flow, const QDateTime &lastStart, const QDateTime &now) const;
    /// The scheduled flows due at @p now, in run order.
    QList<SyncFlow> due(const QMap<SyncFlow, QDateTime> &lastStarts, const QDateTime &now) const;

    /// The schedule of the Odoo system @p systemId (empty when none was saved).
    static Result<SyncSchedule> load(const Database &database, qint64 systemId);
    /// Saves it with the system, leaving its other options as they are.
    Result<void> save(const Database &database, qint64 systemId) const;
    /// When each flow of @p systemId last started; for SyncFlow::Pull, the latest entity pull of
    /// any system (the pull writes no run of its own).
    static Result<QMap<SyncFlow, QDateTime>> lastStarts(const Database &database, qint64 systemId);

private:
    QMap<SyncFlow, int> m_minutes;
};

} // namespace cw
