#pragma once

#include "syncflow.h"

#include <QMetaType>
#include <QString>

namespace cw {

/// How one flow of a sync ended: its sync_run row, status and counts. A plain value.
struct SyncFlowResult
{
    SyncFlow flow = SyncFlow::Timesheets;
    /// The sync_run row; 0 when the flow did not start (not available, cancelled before) and for
    /// the pull, whose entities each have their own.
    qint64 runId = 0;
    /// sync_run status: succeeded, partial, failed or cancelled; "unavailable" for a pull with no
    /// CRM or staffing system to read.
    QString status;
    qint64 read = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    /// One line for the run history and the command line, in the user's language.
    QString message;

    bool succeeded() const { return status == QLatin1String("succeeded"); }
};

} // namespace cw

Q_DECLARE_METATYPE(cw::SyncFlowResult)
